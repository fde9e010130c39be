namespace DobraPraxe.Generator.Producers;

/// <summary>
/// Every producer of the files beside the pages, registered once, in the order the build makes them: the files every
/// site has, then the main site's own or a microsite's. One after another, each file to the sink as it is made: made
/// side by side (feeds and calendars beside the search index) the 100,000-entry build's peak memory was 0.2-0.35 GB
/// higher, for a few tenths of a second less at 10,000.
/// </summary>
public static class Outputs
{
    public static readonly IReadOnlyList<IOutputProducer> EverySite =
        [new SitemapOutput(), new RobotsOutput(), new HeadersOutput(), new ThemeAssetsOutput(), new StatementJsonOutput(), new RedirectsOutput()];

    public static readonly IReadOnlyList<IOutputProducer> Main =
        [new AtomFeedsOutput(), new JsonFeedOutput(), new ThemeStylesheetOutput(), new EventCalendarsOutput(), new MediaOutput(), new SearchIndexOutput(), new OpenDataOutput(), new EditorOutput()];

    public static readonly IReadOnlyList<IOutputProducer> Microsite = [new AccentStylesheetOutput(), new ProgramCalendarOutput()];

    /// <summary>
    /// A language's site in a folder of the main one (/en/): its own statement's JSON, feeds, calendars and search index; the
    /// rest (assets, media, open data, sitemap, robots, headers) is the main site's, which serves both (its sitemap lists both with their alternates).
    /// </summary>
    public static readonly IReadOnlyList<IOutputProducer> Language = [new StatementJsonOutput(), new AtomFeedsOutput(), new EventCalendarsOutput(), new SearchIndexOutput()];

    /// <summary>
    /// A microsite's other language's site in a folder of it (&lt;slug&gt;/en/): its statement's JSON and its program's calendar
    /// in its words; the rest (assets, sitemap, robots, headers) is the microsite's, whose sitemap lists both.
    /// </summary>
    public static readonly IReadOnlyList<IOutputProducer> MicrositeLanguage = [new StatementJsonOutput(), new ProgramCalendarOutput()];

    /// <summary>The producers of the site a plan is for, in order.</summary>
    public static IReadOnlyList<IOutputProducer> Of(OutputPlan plan) =>
        plan.Language is not null ? plan.Conference is null ? Language : MicrositeLanguage : [.. EverySite, .. plan.Conference is null ? Main : Microsite];

    /// <summary>The first segments a language's site under the main one takes from it: what the main site writes and the language's does not.</summary>
    public static IReadOnlySet<string> SharedSegments(OutputPlan main, OutputPlan language) =>
        Segments(main).Except(Segments(language)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every path the site's producers declare.</summary>
    public static IReadOnlyList<OwnedPath> Paths(OutputPlan plan) => [.. Of(plan).SelectMany(p => p.Paths(plan))];

    /// <summary>The first path segments the site's producers take whole (feed.xml, search, admin …): no page, taxonomy, kind or conference may be named so.</summary>
    public static IReadOnlySet<string> Segments(OutputPlan plan) => Paths(plan).Select(p => p.Segment).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
