using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Model;

/// <summary>
/// The value of a practice field the site declared in site.yml ('fields:', or the field of a site taxonomy):
/// a string, int, DateOnly, Uri, or a list of strings or <see cref="KeyRef"/>s, as its type says.
/// </summary>
public sealed record FieldValue(FieldSpec Field, object Value, SourceLocation Location);
