using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.Site;

/// <summary>
/// The one rule for what a build publishes, used by the main site, the conference microsites and the
/// preview's fast path: a draft, or a practice dated after today, is pending; a pending entry is published
/// only when drafts were asked for (--drafts), and then carries the draft banner.
/// </summary>
public sealed record PublicationRule(DateTimeOffset Now, bool IncludeDrafts)
{
    public DateOnly Today => DateOnly.FromDateTime(Now.Date);

    public bool IsPending(Practice practice) => practice.Draft || practice.Date > Today;
    // An event's date is when it happens, not when it is published: only 'draft' holds it back.
    public bool IsPending(Event ev) => ev.Draft;
    public bool IsPending(Page page) => page.Draft;
    public bool IsPending(Item item) => item.Draft || item.Date > Today;
    // A microsite whose home page is a draft is not ready as a whole: its other pages would have no home.
    public bool IsPending(Conference conference) => conference.Pages.Any(p => p.Slug == "index" && IsPending(p));

    public bool Publishes(Practice practice) => IncludeDrafts || !IsPending(practice);
    public bool Publishes(Event ev) => IncludeDrafts || !IsPending(ev);
    public bool Publishes(Page page) => IncludeDrafts || !IsPending(page);
    public bool Publishes(Item item) => IncludeDrafts || !IsPending(item);
    public bool Publishes(Conference conference) => IncludeDrafts || !IsPending(conference);

    /// <summary>What this build publishes: every kind of entry, microsites and their pages filtered by the same rule.</summary>
    public ContentSet Apply(ContentSet content) => content with
    {
        Practices = [.. content.Practices.Where(Publishes)],
        Events = [.. content.Events.Where(Publishes)],
        Pages = [.. content.Pages.Where(Publishes)],
        Items = [.. content.Items.Where(Publishes)],
        Conferences = [.. content.Conferences.Where(Publishes).Select(c => c with { Pages = [.. c.Pages.Where(Publishes)] })],
    };
}
