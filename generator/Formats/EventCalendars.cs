using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Formats;

/// <summary>The main site's events as iCalendar: one file per event and one with all of them.</summary>
public static class EventCalendars
{
    /// <param name="reuse">The last build's calendars (serve's incremental rebuild), or <see cref="NoReuse"/>.</param>
    public static string All(SiteModel site, ITextReuse reuse) =>
        Write(IcsPaths.AllEvents, site.Words.Text(GeneratorWords.EventsCalendar, ("site", site.Config.Title)), [.. site.Events.Select(e => Entry(e, site.Urls, site.Words))], reuse);

    public static string One(EventEntry ev, SiteUrls urls, Words words, ITextReuse reuse) => Write(IcsPaths.Event(ev.Source.Slug), ev.Title, [Entry(ev, urls, words)], reuse);

    private static string Write(string path, string name, CalendarEntry[] entries, ITextReuse reuse) =>
        reuse.Text(path, name, entries, EqualityComparer<CalendarEntry>.Default, () => IcsWriter.Write(name, entries));

    // The UID stays the same across builds and hosts' paths: slug plus the site's domain.
    private static CalendarEntry Entry(EventEntry ev, SiteUrls urls, Words words) => new(
        Uid: $"{ev.Source.Slug}@{urls.BaseUrl.Host}",
        Title: ev.Title,
        Start: ev.Source.Start,
        End: ev.Source.End,
        Location: ev.Source.Place ?? (ev.Source.Online ? words[GeneratorWords.Online] : null),
        Description: ev.Source.Summary,
        Url: urls.Absolute(ev.Url),
        Stamp: ev.Source.Start.ToUniversalTime());
}
