using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Model;

/// <summary>A conference microsite (content/conferences/&lt;slug&gt;/): its settings, pages, program and speakers.</summary>
public sealed record Conference
{
    public required string Slug { get; init; }
    /// <summary>content/conferences/&lt;slug&gt;, for diagnostics.</summary>
    public required string Folder { get; init; }
    public required string Title { get; init; }
    /// <summary>The microsite's own address, ending in '/'.</summary>
    public required Uri BaseUrl { get; init; }
    public string Description { get; init; } = "";
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public string? Venue { get; init; }
    /// <summary>The microsite's language; null means the main site's.</summary>
    public string? Language { get; init; }
    /// <summary>
    /// The microsite's own 'languages:' (its default first); empty when it names none, and it is then published in its
    /// <see cref="Language"/> only.
    /// </summary>
    public ImmutableArray<SiteLanguage> Languages { get; init; } = [];
    /// <summary>#rrggbb; the theme's brand colour on this microsite.</summary>
    public required string Accent { get; init; }
    public required SourceLocation AccentLocation { get; init; }
    public ImmutableArray<Partner> Partners { get; init; } = [];
    /// <summary>Explicit navigation; empty means the default (home, program, speakers, pages by order).</summary>
    public ImmutableArray<MenuItem> Menu { get; init; } = [];
    public ImmutableArray<Page> Pages { get; init; } = [];
    public ImmutableArray<ProgramDay> Days { get; init; } = [];
    public ImmutableArray<Speaker> Speakers { get; init; } = [];
    /// <summary>What the microsite's site.yml says of its accessibility statement (its organiser, contact…); the rest is the main site's.</summary>
    public AccessibilityStatement? Accessibility { get; init; }
    /// <summary>Its pages' translations (&lt;page&gt;.&lt;language&gt;.md in its folder), read against its pages as an entry's are.</summary>
    public ImmutableArray<Translation> Translations { get; init; } = [];
}

public sealed record Partner(string Name, Uri? Url);

/// <summary>One day of a conference program.</summary>
public sealed record ProgramDay(DateOnly Date, SourceLocation Location, ImmutableArray<Session> Sessions);

/// <summary>A program item: a talk, a workshop, a break.</summary>
public sealed record Session(TimeOnly Start, TimeOnly End, string Title, string? Room, ImmutableArray<KeyRef> Speakers, string? Description, SourceLocation Location)
{
    /// <summary>Its title and description in English ('title_en', 'description_en'), for a microsite published in English too.</summary>
    public string? TitleEn { get; init; }
    public string? DescriptionEn { get; init; }
}

/// <summary>A speaker (speakers.yml), keyed by slug.</summary>
public sealed record Speaker(string Key, string Name, string? Affiliation, string? Bio)
{
    /// <summary>The affiliation and bio in English ('affiliation_en', 'bio_en'); a name is the same in any language.</summary>
    public string? AffiliationEn { get; init; }
    public string? BioEn { get; init; }
}
