using System.Collections.Immutable;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Site;

/// <summary>The whole site, resolved and sorted: what the page plan is made from.</summary>
public sealed record SiteModel
{
    public required SiteConfig Config { get; init; }
    public required SiteUrls Urls { get; init; }
    /// <summary>The site's words in its language: page titles, feeds, dates (templates get them through their functions).</summary>
    public required Localization.Words Words { get; init; }
    public required DateTimeOffset Now { get; init; }
    public required ImmutableArray<Theme> Themes { get; init; }
    public required ImmutableArray<Region> Regions { get; init; }
    public required ImmutableArray<Member> Members { get; init; }
    /// <summary>Published practices, newest first.</summary>
    public required ImmutableArray<PracticeEntry> Practices { get; init; }
    /// <summary>Published events, by start.</summary>
    public required ImmutableArray<EventEntry> Events { get; init; }
    public required ImmutableArray<PageEntry> Pages { get; init; }
    /// <summary>Published entries of the item kinds, each kind's in its declared order, kinds in declaration order.</summary>
    public ImmutableArray<ItemEntry> Items { get; init; } = [];
    public required ImmutableArray<Taxonomy> Taxonomies { get; init; }
    public required ImmutableArray<string> MediaFiles { get; init; }
    /// <summary>The published photos (the preview's single-entry update resolves an entry's photos with them).</summary>
    public Imaging.ImageCatalog Images { get; init; } = Imaging.ImageCatalog.Empty;

    /// <summary>The taxonomy declared with this practice field ("themes", "member.region", a site's own field).</summary>
    public Taxonomy Taxonomy(string field) => Taxonomies.First(t => t.Spec.Field == field);

    /// <summary>The kinds whose entries are <see cref="Items"/>: the site's own (site.yml 'kinds:') and the generator's declared ones (video).</summary>
    public ImmutableArray<Schema.KindSpec> ItemKinds { get; init; } = [];

    /// <summary>Entries linked through fields declared with 'references:', for each entry's page.</summary>
    public EntryLinks Links { get; init; } = EntryLinks.Empty;

    /// <summary>The published entries of one of the item kinds.</summary>
    public ImmutableArray<ItemEntry> ItemsOf(Schema.KindSpec kind) => [.. Items.Where(i => i.Kind.Key == kind.Key)];

    public ImmutableDictionary<string, PracticeEntry> PracticesBySlug { get; init; } = ImmutableDictionary<string, PracticeEntry>.Empty;
}
