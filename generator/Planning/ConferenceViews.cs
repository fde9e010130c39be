using System.Collections.Immutable;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.Planning;

/// <summary>What microsite templates get as 'site'.</summary>
public sealed record ConferenceView(
    string Slug, string Title, string Description, string Language, string When, string? Venue,
    ImmutableArray<MenuItem> Menu, ImmutableArray<Partner> Partners, string MainSiteUrl, string MainSiteTitle)
{
    /// <summary>The path of the microsite's accessibility statement, linked from every page's footer; null when it has none.</summary>
    public string? Accessibility { get; init; }
    /// <summary>The language of site.yml's own texts when the pages are in another (as <see cref="SiteView.TextLanguage"/>): the microsite's English site's; null on its default's.</summary>
    public string? TextLanguage { get; init; }
    /// <summary>The language of the main site's page <see cref="MainSiteUrl"/> leads to, when it is not this site's; null when the same.</summary>
    public string? MainSiteLanguage { get; init; }
}

public sealed record ProgramDayView(DateOnly Date, string Heading, string Anchor, ImmutableArray<TimeSlot> Slots);

/// <summary>Sessions starting at the same time: parallel tracks side by side.</summary>
public sealed record TimeSlot(string Time, string DateTime, ImmutableArray<SessionView> Sessions);

public sealed record SessionView(Session Source, string Id, string Time, ImmutableArray<Speaker> Speakers);

public sealed record SpeakerView(Speaker Speaker, ImmutableArray<SessionView> Sessions);
