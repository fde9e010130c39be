using DobraPraxe.Generator.Shared;


namespace DobraPraxe.Generator.SiteBuilding;

/// <summary>The main site's events as iCalendar: one file per event and one with all of them.</summary>
public static class EventCalendars
{
    public static string All(SiteModel site) => IcsWriter.Write(site.Config.Title + " – akce", site.Events.Select(e => Entry(e, site.Urls)));

    public static string One(EventEntry ev, SiteUrls urls) => IcsWriter.Write(ev.Title, [Entry(ev, urls)]);

    // The UID stays the same across builds and hosts' paths: slug plus the site's domain.
    private static CalendarEntry Entry(EventEntry ev, SiteUrls urls) => new(
        Uid: $"{ev.Source.Slug}@{urls.BaseUrl.Host}",
        Title: ev.Title,
        Start: ev.Source.Start,
        End: ev.Source.End,
        Location: ev.Source.Place ?? (ev.Source.Online ? "Online" : null),
        Description: ev.Source.Summary,
        Url: urls.Absolute(ev.Url),
        Stamp: ev.Source.Start.ToUniversalTime());
}
