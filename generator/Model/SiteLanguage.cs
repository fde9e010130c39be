using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Model;

/// <summary>
/// One language a site (or a microsite) is published in (site.yml 'languages:'): its code, and the title, description and
/// menu of its pages. The first language of a site is its default, published at the root with site.yml's own title,
/// description and menu; another takes them from its section ('en: { title, description, menu }'), and where the
/// section says nothing, the default's title and description. A null <see cref="Menu"/> means the section sets none:
/// the menu is the default's, each item pointing at its counterpart in this language (see docs/languages.md).
/// </summary>
/// <param name="Location">Where the code is written ('languages:' or 'language:'), for a language the generator or the theme lacks.</param>
public sealed record SiteLanguage(string Code, string Title, string Description, ImmutableArray<MenuItem>? Menu, SourceLocation Location);
