namespace DobraPraxe.Generator.Schema;

/// <summary>
/// A way of browsing the catalogue, declared in the generator's defaults (defaults.yml beside this file)
/// or in site.yml under 'taxonomies:' in the same form.
/// </summary>
public sealed record TaxonomySpec
{
    /// <summary>The URL segment: /&lt;key&gt;/ and /&lt;key&gt;/&lt;term&gt;/.</summary>
    public required string Key { get; init; }
    public required string Title { get; init; }
    /// <summary>The English title ('title_en'), for the site's English pages.</summary>
    public string? TitleEn { get; init; }
    /// <summary>
    /// The practice field whose values are the terms. A path through a key reads the referenced entry
    /// (<c>member.region</c>: the region of the practice's member).
    /// </summary>
    public required string Field { get; init; }
    /// <summary>The data file listing the terms (term key → name, description), from content/; none for free values (years, tags).</summary>
    public string? Data { get; init; }
    public bool Facet { get; init; }
    /// <summary>The filter's label on the search page (singular: "Téma" where the taxonomy is "Témata").</summary>
    public string? FacetTitle { get; init; }
    /// <summary>The filter's English label ('facet_title_en').</summary>
    public string? FacetTitleEn { get; init; }
    /// <summary>The filter's parameter in the search page's URL (?tema=zdravi); defaults to <see cref="Key"/>.</summary>
    public string? FacetKey { get; init; }
    /// <summary>Each term gets an Atom feed of its practices (/&lt;key&gt;/&lt;term&gt;/feed.xml), linked from its page.</summary>
    public bool Feeds { get; init; }
    /// <summary>False for a search filter without pages of its own (member types).</summary>
    public bool Pages { get; init; } = true;
    /// <summary>Where it was declared (site.yml or the defaults), for errors that name it.</summary>
    public Diagnostics.SourceLocation Location { get; init; }
    /// <summary>Declared by the generator rather than by the site.</summary>
    public bool BuiltIn { get; init; }

    public string Url => $"{Key}/";
    public string TermUrl(string term) => $"{Key}/{term}/";
    public string TermFeed(string term) => $"{Key}/{term}/feed.xml";
}
