using System.Collections.Immutable;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.Site;

/// <summary>A practice with its references resolved and its body rendered: what templates show.</summary>
public sealed record PracticeEntry
{
    public required Practice Source { get; init; }
    public required string Url { get; init; }
    public required Member Member { get; init; }
    public required Region Region { get; init; }
    public required ImmutableArray<TermLink> Themes { get; init; }
    public required ImmutableArray<Goal> Goals { get; init; }
    public required ImmutableArray<TagLink> Tags { get; init; }
    /// <summary>Published events it was presented at: the "DobráPraxe – prověřeno" stamp when not empty.</summary>
    public ImmutableArray<EventLink> PresentedAt { get; init; } = [];
    public bool Verified => !PresentedAt.IsEmpty;
    /// <summary>The language of its page when that is not the site's: an English list links an entry without an English page to its Czech one ("cs"); null for an entry with a page here.</summary>
    public string? Lang { get; init; }
    /// <summary>The language of its title and summary when that is not the site's (an untranslated entry without 'en:'); null when they are in the site's.</summary>
    public string? TextLang { get; init; }
    /// <summary>The fields and taxonomies the site declared, as lines of the facts panel.</summary>
    public ImmutableArray<Fact> Facts { get; init; } = [];
    public required Shared.HtmlFragment BodyHtml { get; init; }
    /// <summary>The photos of its 'images:' as published (an SVG drawing is not a photo: it is shown as it is).</summary>
    public ImmutableArray<Imaging.Photo> Photos { get; init; } = [];
    /// <summary>The photo of its card and its Open Graph image: the first one.</summary>
    public Imaging.Photo? LeadPhoto => Photos.IsEmpty ? null : Photos[0];
    /// <summary>A draft or an entry dated in the future (see <see cref="PublicationRule"/>), shown only when drafts are asked for.</summary>
    public bool Unpublished { get; init; }
    /// <summary>Slugs of related practices: the explicit ones first, then the most similar.</summary>
    public ImmutableArray<string> RelatedSlugs { get; init; } = [];

    public string Slug => Source.Slug;
    public string Title => Source.Title;
    public string Summary => Source.Summary;
    public string MemberUrl => Routes.Member(Member.Key);
    public string RegionUrl => Routes.Region(Region.Key);
    /// <summary>
    /// Who and where, as cards, entry headers and search results print them: the member, then its region,
    /// unless the member is that region (a kraj), which is named once.
    /// </summary>
    public ImmutableArray<TermLink> MemberAndRegion => Member.Type.IsRegion
        ? [new(Member.Key, Member.Name, MemberUrl)]
        : [new(Member.Key, Member.Name, MemberUrl), new(Region.Key, Region.Name, RegionUrl)];
    public string YearUrl => Routes.Year(Year);
    public int Year => Source.Year;
    public DateOnly Date => Source.Date;
    /// <summary>Prizes: the NEJpraxe place (a winner's) and the other awards.</summary>
    public ImmutableArray<Award> Prizes => Source.Contest is { Place: { } place } c ? [new Award("NEJpraxe", c.Year, place), .. Source.Awards] : Source.Awards;
    public bool Awarded => !Prizes.IsEmpty;
    /// <summary>The page of its contest year (/nejpraxe/2024/), when it competed.</summary>
    public string? ContestUrl { get; init; }
    public bool IsSnippet => Source.Kind == "stripek";
    /// <summary>The kind's label ("Střípek"), from the declaration: Czech, unless a language's site names it in its language.</summary>
    public string KindLabel
    {
        get => _kindLabel ?? Schema.ContentSchema.PracticeKinds.First(k => k.Key == Source.Kind).Label;
        init => _kindLabel = value;
    }
    private readonly string? _kindLabel;
    /// <summary>"Znojmo · Jihomoravský kraj · od roku 2011 · Doprava a mobilita": a search result's line.</summary>
    public string MetaLine(Localization.Words words) => string.Join(" · ",
        [.. MemberAndRegion.Select(l => l.Name), words.Text(Localization.GeneratorWords.Since, ("year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            string.Join(", ", Themes.Select(t => t.Name))]);
}

public sealed record TagLink(string Name, string Slug, string Url);

/// <summary>A link to a term page, as shown on an entry (a theme with its colour class key).</summary>
public sealed record TermLink(string Key, string Name, string Url);

/// <summary>A UN Sustainable Development Goal (1–17); templates name it by the word 'goals.&lt;number&gt;'.</summary>
public sealed record Goal(int Number, string Url);

public sealed record EventEntry
{
    public required Event Source { get; init; }
    public required string Url { get; init; }
    public required ImmutableArray<Member> Members { get; init; }
    /// <summary>Published practices presented at this event, newest first.</summary>
    public ImmutableArray<PracticeEntry> Presented { get; init; } = [];
    /// <summary>The organising members with links to their pages.</summary>
    public ImmutableArray<TermLink> Organisers { get; init; } = [];
    public required Shared.HtmlFragment BodyHtml { get; init; }
    /// <summary>The conference microsite this event has, if any: its title and absolute URL.</summary>
    public ConferenceLink? Conference { get; init; }
    /// <summary>The language of its page when that is not the site's: an English list links an entry without an English page to its Czech one ("cs"); null for an entry with a page here.</summary>
    public string? Lang { get; init; }
    /// <summary>The language of its title and summary when that is not the site's (an untranslated entry without 'en:'); null when they are in the site's.</summary>
    public string? TextLang { get; init; }
    /// <summary>A draft (see <see cref="PublicationRule"/>), shown only when drafts are asked for.</summary>
    public bool Unpublished { get; init; }

    public string Title => Source.Title;
    public string CalendarUrl => IcsPaths.Event(Source.Slug);
}

public sealed record ConferenceLink(string Title, string Url);

public sealed record PageEntry
{
    /// <summary>The language of its page when that is not the site's: an English list links an entry without an English page to its Czech one ("cs"); null for an entry with a page here.</summary>
    public string? Lang { get; init; }
    /// <summary>The language of its title and summary when that is not the site's (an untranslated entry without 'en:'); null when they are in the site's.</summary>
    public string? TextLang { get; init; }
    public required Page Source { get; init; }
    public required string Url { get; init; }
    public required Shared.HtmlFragment BodyHtml { get; init; }
    /// <summary>A draft (see <see cref="PublicationRule"/>), shown only when drafts are asked for.</summary>
    public bool Unpublished { get; init; }

    public string Title => Source.Title;
}

/// <summary>An entry of a kind the site declared, with its taxonomies' terms and declared fields as facts.</summary>
public sealed record ItemEntry
{
    public required Item Source { get; init; }
    public required Schema.KindSpec Kind { get; init; }
    public required string Url { get; init; }
    public required Shared.HtmlFragment BodyHtml { get; init; }
    /// <summary>Its taxonomies' terms and its declared fields, as lines of the facts panel (terms linked to their pages).</summary>
    public ImmutableArray<Fact> Facts { get; init; } = [];
    /// <summary>Its terms by taxonomy field ('themes' → Zdraví), what term pages file it under and search finds it by.</summary>
    public ImmutableDictionary<string, ImmutableArray<TermLink>> Terms { get; init; } = ImmutableDictionary<string, ImmutableArray<TermLink>>.Empty;
    /// <summary>A draft or an entry dated in the future, shown only when drafts are asked for.</summary>
    public bool Unpublished { get; init; }
    /// <summary>The photos of its image fields as published, described by its title: the first is its card's picture and its Open Graph image.</summary>
    public ImmutableArray<Imaging.Photo> Photos { get; init; } = [];
    public Imaging.Photo? LeadPhoto => Photos.IsEmpty ? null : Photos[0];
    /// <summary>Its video field's video with what its player shows; null for an entry without one.</summary>
    public EntryVideo? Video { get; init; }
    /// <summary>Its long text fields (a transcript), each as a titled section of paragraphs.</summary>
    public ImmutableArray<LongText> Texts { get; init; } = [];
    /// <summary>The language of its page when that is not the site's: an English list links an entry without an English page to its Czech one ("cs"); null for an entry with a page here.</summary>
    public string? Lang { get; init; }
    /// <summary>The language of its title and summary when that is not the site's (an untranslated entry without 'en:'); null when they are in the site's.</summary>
    public string? TextLang { get; init; }

    public string Slug => Source.Slug;
    public string Title => Source.Title;
    public string Summary => Source.Summary;
    public DateOnly Date => Source.Date;
    /// <summary>The keys of its terms in the taxonomy of <paramref name="field"/>.</summary>
    public IEnumerable<string> TermKeys(string field) => Terms.GetValueOrDefault(field, []).Select(t => t.Key);

    /// <summary>How one of its kind is named ("Publikace"): a card's label.</summary>
    public string KindTitle => Kind.Name;

    /// <summary>
    /// "Video · Křižanov · Kraj Vysočina · 20. června 2024": a search result's line — its kind, who and where when it
    /// has a member (the region once when the member is the region), and its date.
    /// </summary>
    public string MetaLine(Localization.Words words) => string.Join(" · ",
        [KindTitle, .. Terms.GetValueOrDefault("member", []).Concat(Terms.GetValueOrDefault("member.region", [])).Select(l => l.Name).Distinct(), words.Date(Date)]);
}

/// <summary>
/// A video as its entry's page plays it: where from, the poster shown until the reader asks, how long it is, its captions.
/// A host's player is put in the page only when the reader asks (see the theme's video layout and video-player.js).
/// </summary>
public sealed record EntryVideo(Model.VideoSource Source, Imaging.Photo? Poster, TimeSpan? Duration, string? Captions)
{
    /// <summary>The host's name ("YouTube") for the button that says where the video loads from; null when self-hosted.</summary>
    public string? HostName => Source.Host?.Name;
    public bool SelfHosted => Source.SelfHosted;
    /// <summary>A self-hosted video's file (site path) and media type.</summary>
    public string? File => Source.File;
    public string? MimeType => Source.MimeType;
    public string? WatchUrl => Source.WatchUrl;
    public string? PlayerUrl => Source.PlayerUrl;
    /// <summary>The poster as one file, for a self-hosted video's poster attribute: the largest variant in the fallback format.</summary>
    public Imaging.ImageVariant? Still => Poster?.Set.Variants.Where(v => v.Format == Poster.Set.Fallback).MaxBy(v => v.Width);
    /// <summary>The only origin its page lets a frame come from; null when self-hosted (its page frames nothing).</summary>
    public string? FrameOrigin => Source.Host?.FrameOrigin;
    /// <summary>"3:25", "1:02:03".</summary>
    public string? DurationText => Duration is { } d ? Text(d) : null;
    /// <summary>ISO 8601 ("PT3M25S"): the datetime of its time element and JSON-LD's duration.</summary>
    public string? DurationIso => Duration is { } d ? Iso(d) : null;

    public static string Text(TimeSpan d) => d.TotalHours >= 1
        ? $"{(int)d.TotalHours}:{d.Minutes:00}:{d.Seconds:00}" : $"{d.Minutes}:{d.Seconds:00}";

    public static string Iso(TimeSpan d) => "PT" + (d.TotalHours >= 1 ? $"{(int)d.TotalHours}H" : "") + (d.Minutes > 0 ? $"{d.Minutes}M" : "") + (d.Seconds > 0 || d.TotalMinutes < 1 ? $"{d.Seconds}S" : "");
}

/// <summary>A long text field (a transcript) as a section: its title and its paragraphs (apart by an empty line).</summary>
public sealed record LongText(string Title, ImmutableArray<string> Paragraphs)
{
    public string Text => string.Join("\n\n", Paragraphs);
}

/// <summary>One value of a taxonomy (a theme, a region, a year…) and the practices filed under it, newest first.</summary>
public sealed record Term
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required string Url { get; init; }
    public required ImmutableArray<PracticeEntry> Practices { get; init; }
    /// <summary>Entries of the site's kinds filed under it (kinds whose 'taxonomies:' name this taxonomy's field), newest first.</summary>
    public ImmutableArray<ItemEntry> Items { get; init; } = [];
    public string? Color { get; init; }
    public string? Description { get; init; }
    public int Count => Practices.Length;
}

/// <summary>A way of browsing the catalogue (themes, regions, members, goals, years, tags, a site's own), as declared.</summary>
public sealed record Taxonomy(Schema.TaxonomySpec Spec, ImmutableArray<Term> Terms)
{
    public string Key => Spec.Key;
    public string Name => Spec.Title;
    public string Url => Spec.Url;
    /// <summary>False for a search filter without pages (member types).</summary>
    public bool Pages => Spec.Pages;
    public bool BuiltIn => Spec.BuiltIn;
}
