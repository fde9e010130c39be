using System.Collections.Immutable;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>One HTML page to render: which layout, with which variables, published at which site path.</summary>
public sealed record RenderJob(string SitePath, string Layout, ImmutableDictionary<string, object?> Variables, string? SourcePath)
{
    /// <summary>When the content shown changed last, for the sitemap; null when the page has no date of its own.</summary>
    public DateOnly? LastModified { get; init; }

    /// <summary>The words the page is written in (its site's language).</summary>
    public required Localization.Words Words { get; init; }

    /// <summary>The layout that wraps the page: the main site's, or a microsite's.</summary>
    public string BaseLayout { get; init; } = "base";

    public PageMeta? Meta => Variables.TryGetValue("page", out var meta) ? meta as PageMeta : null;
}

/// <summary>What every page template gets as 'page'.</summary>
public sealed record PageMeta
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Path { get; init; }
    public required string Canonical { get; init; }
    /// <summary>A CSS hook and the kind of page for Open Graph: home, list, practice, term, event, page…</summary>
    public required string Kind { get; init; }
    public ImmutableArray<Crumb> Breadcrumbs { get; init; } = [];
    public bool NoIndex { get; init; }
    /// <summary>The page's own Atom feed (a term's), linked in its head and shown as a link; null for none.</summary>
    public string? Feed { get; init; }
    /// <summary>The page's Open Graph image (site path, width, height); null for none.</summary>
    public Imaging.ImageVariant? Image { get; init; }
    /// <summary>
    /// The origins a frame on this page may come from (a video host's player, put in by the reader's click): its policy's
    /// frame-src, in the meta tag and in _headers. Empty for every page that frames nothing, which keeps the site's policy.
    /// </summary>
    public ImmutableArray<string> FrameSources { get; init; } = [];
    /// <summary>The page in every language it exists in, x-default the default's (hreflang); empty for a page in one language only.</summary>
    public ImmutableArray<Alternate> Alternates { get; init; } = [];
    /// <summary>The language switcher: for each other language of the site, this page's counterpart or the nearest page that exists.</summary>
    public ImmutableArray<LanguageLink> Languages { get; init; } = [];
}

/// <summary>A page's version in a language (or "x-default"), as an absolute URL.</summary>
public sealed record Alternate(string Language, string Url);

/// <summary>
/// A link of the language switcher: to <paramref name="Url"/> in <paramref name="Language"/>, named in that language;
/// <paramref name="Nearest"/> when the page has no counterpart there and the link leads to the nearest page that does exist.
/// </summary>
public sealed record LanguageLink(string Language, string Name, string Locale, string Url, bool Nearest);

public sealed record Crumb(string Title, string Path);

/// <summary>Navigation between the pages of a paginated list.</summary>
public sealed record Pagination(int Number, int Count, int TotalItems, string? Previous, string? Next, ImmutableArray<PageLink> Pages);

/// <summary>A page number in the pagination; <see cref="GapBefore"/> when numbers are left out before it.</summary>
public sealed record PageLink(int Number, string Path, bool Current, bool GapBefore = false);

/// <summary>What every page template gets as 'site'.</summary>
public sealed record SiteView(string Title, string Description, string Language, ImmutableArray<Model.MenuItem> Menu, ImmutableArray<Term> Themes,
    ImmutableArray<Taxonomy> Taxonomies, SiteRoutes Routes)
{
    /// <summary>The path of the accessibility statement, linked from every page's footer; null when the site has none.</summary>
    public string? Accessibility { get; init; }
    /// <summary>The path of the open data page /data/, linked from the footer; null when the site publishes none.</summary>
    public string? OpenData { get; init; }
    /// <summary>
    /// The language site.yml's own texts are written in (the statement's items) when the pages are in another (the English
    /// site): they are marked so; null on the default language's site.
    /// </summary>
    public string? TextLanguage { get; init; }
}

/// <summary>The site paths templates link to, so that no layout spells a URL of its own.</summary>
public sealed record SiteRoutes(string Practices, string Events, string Awards, string Search, string Feed, string Calendar,
    ImmutableDictionary<string, string> Taxonomies)
{
    public static SiteRoutes Of(IEnumerable<Taxonomy> taxonomies) =>
        new(Routes.Practices, Routes.Events, Routes.Awards, Routes.Search, Routes.Feed, IcsPaths.AllEvents,
            taxonomies.ToImmutableDictionary(t => t.Key, t => t.Url));
}
