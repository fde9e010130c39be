using System.Collections.Immutable;

namespace DobraPraxe.Generator.Model;

/// <summary>Everything read from content/, each file parsed on its own; cross-file checks come later.</summary>
public sealed record ContentSet
{
    public required SiteConfig Site { get; init; }
    /// <summary>The declaration every file was read with: the generator's plus the site's own taxonomies and fields.</summary>
    public required Schema.ContentSchema Schema { get; init; }
    public required ImmutableArray<Theme> Themes { get; init; }
    public required ImmutableArray<Region> Regions { get; init; }
    public required ImmutableArray<Member> Members { get; init; }
    /// <summary>The terms of the site's own taxonomies, by data file path from content/ (data/cilove-skupiny.yml).</summary>
    public ImmutableDictionary<string, ImmutableArray<DataTerm>> Terms { get; init; } = ImmutableDictionary<string, ImmutableArray<DataTerm>>.Empty;
    public required ImmutableArray<Practice> Practices { get; init; }
    public required ImmutableArray<Event> Events { get; init; }
    public required ImmutableArray<Page> Pages { get; init; }
    /// <summary>Entries of the kinds the site declared, every kind's in one list (<see cref="Item.Kind"/> tells them apart).</summary>
    public ImmutableArray<Item> Items { get; init; } = [];
    public ImmutableArray<Conference> Conferences { get; init; } = [];
    /// <summary>The entries' translations (content/&lt;folder&gt;/&lt;slug&gt;.&lt;language&gt;.md), checked against their originals; each language's published on its site (/en/).</summary>
    public ImmutableArray<Translation> Translations { get; init; } = [];
    /// <summary>Files under content/media/ (relative to content/), copied as they are.</summary>
    public required ImmutableArray<string> MediaFiles { get; init; }

    /// <summary>
    /// The same content without the Markdown text of its practices, events and pages (path and first line stay): once
    /// the bodies are rendered nothing reads it, and at 100,000 entries it is about a gigabyte of strings (issue 18).
    /// </summary>
    public ContentSet WithoutMarkdownText() => this with
    {
        Practices = [.. Practices.Select(p => p with { Body = p.Body with { Text = "" } })],
        Events = [.. Events.Select(e => e with { Body = e.Body with { Text = "" } })],
        Pages = [.. Pages.Select(p => p with { Body = p.Body with { Text = "" } })],
        Items = [.. Items.Select(i => i with { Body = i.Body with { Text = "" } })],
        Translations = [.. Translations.Select(t => t with { Body = t.Body with { Text = "" } })],
    };

    /// <summary>The values of every declared field: the practices' own fields and every item's.</summary>
    public IEnumerable<FieldValue> DeclaredValues => Practices.SelectMany(p => p.Extra).Concat(Items.SelectMany(i => i.Fields));

    /// <summary>The entries of one of the site's kinds.</summary>
    public IEnumerable<Item> ItemsOf(string kind) => Items.Where(i => i.Kind == kind);
}
