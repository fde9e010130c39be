using System.Collections.Immutable;

namespace DobraPraxe.Generator.Schema;

/// <summary>
/// A kind of content entry, declared in the generator's defaults (defaults.yml beside this file: practices, events,
/// free pages) or in site.yml under 'kinds:' in the same form. Everything a kind has — the folder read, the typed
/// parsing, its routes and pages, feed, search documents, open data, JSON Schema, the web editor's collection and the
/// scaffold — is derived from this record. What is special to a built-in kind (a practice's contest rules, an event's
/// calendars) hangs off its <see cref="Key"/>; a site's kind has only what is declared here.
/// </summary>
public sealed record KindSpec
{
    public required string Key { get; init; }
    /// <summary>The folder of content/ its files live in (content/&lt;folder&gt;/&lt;slug&gt;.md).</summary>
    public required string Folder { get; init; }
    /// <summary>The URL segment of its list (/&lt;route&gt;/) and items (/&lt;route&gt;/&lt;slug&gt;/); empty for free pages (/&lt;slug&gt;/).</summary>
    public required string Route { get; init; }
    /// <summary>The list's title; a built-in kind's comes from the theme's words instead.</summary>
    public string? Title { get; init; }
    /// <summary>How one item is named (a breadcrumb, the search's "Druh záznamu" value); defaults to <see cref="Title"/>.</summary>
    public string? ItemTitle { get; init; }
    /// <summary>The English list title and item name ('title_en', 'item_title_en'), for the site's English pages.</summary>
    public string? TitleEn { get; init; }
    public string? ItemTitleEn { get; init; }
    /// <summary>The fields a site's kind declares besides title, summary, date, slug and draft.</summary>
    public ImmutableArray<FieldSpec> Fields { get; init; } = [];
    /// <summary>Fields of taxonomies whose term pages list its items too ('themes', 'member', 'tags', a site taxonomy's field).</summary>
    public ImmutableArray<string> Taxonomies { get; init; } = [];
    /// <summary>The order of its list: "date" (newest first) or "title".</summary>
    public string Sort { get; init; } = "date";
    public bool Feed { get; init; }
    public bool Search { get; init; }
    public bool OpenData { get; init; }
    /// <summary>The layout of one item's page.</summary>
    public string Layout { get; init; } = "entry";
    public bool BuiltIn { get; init; }
    public Diagnostics.SourceLocation Location { get; init; }

    /// <summary>Where its files live, from the source root ("content/publikace/").</summary>
    public string SourceFolder => $"content/{Folder}/";
    public string ListPath => Route.Length == 0 ? "" : $"{Route}/";
    public string ItemPath(string slug) => $"{ListPath}{slug}/";
    public string FeedPath => $"{ListPath}feed.xml";
    public string Name => ItemTitle ?? Title ?? Key;
}
