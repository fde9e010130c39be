using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Model;

/// <summary>
/// The value of a practice field the site declared in site.yml ('fields:', or the field of a site taxonomy), or of an
/// item's field: a string, int, DateOnly, Uri, TimeSpan, <see cref="VideoSource"/>, or a list of strings or
/// <see cref="KeyRef"/>s, as its type says.
/// </summary>
public sealed record FieldValue(FieldSpec Field, object Value, SourceLocation Location)
{
    /// <summary>The file of content/media/ it names ("media/plakat.jpg"), for a field that takes one; null for any other (a video's address too).</summary>
    public string? MediaPath => Field.Upload == UploadKind.None ? null : Value switch
    {
        string path => path,
        VideoSource { File: { } file } => file,
        _ => null,
    };
}
