using System.Collections.Immutable;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>
/// Plans one conference microsite: its pages (paths relative to the microsite's own root), its
/// program calendar, and the 'site' it shows. It is published from its own base URL.
/// <paramref name="conference"/> holds only the pages <see cref="PublicationRule.Apply"/> let through; <paramref name="words"/>
/// are the words of its language.
/// </summary>
public sealed class ConferencePlanner(Conference conference, IReadOnlyDictionary<string, Shared.HtmlFragment> bodyHtml, SiteUrls mainSite, string mainSiteTitle, PublicationRule publication,
    Words words)
{
    public const string BaseLayout = "conference-base";

    /// <summary>Every layout this planner asks the theme for; the theme is checked against it when the site has a microsite.</summary>
    public static IReadOnlyList<LayoutUse> Layouts { get; } =
    [
        new(BaseLayout, "every page of a conference microsite (it wraps them)"),
        new("conference-home", "a conference's home page"),
        new("conference-program", "a conference's program /program/"),
        new("conference-speakers", "a conference's speakers /recnici/"),
        new("page", "a conference's other pages"),
        new("conference-404", "a conference's /404.html"),
        new("accessibility", "a conference's accessibility statement /prohlaseni-o-pristupnosti/ (/en/accessibility-statement/)"),
    ];

    private static readonly HashSet<string> Declared = [.. Layouts.Select(l => l.Layout)];
    public const string CalendarPath = "program.ics";
    public const string ProgramPath = "program/";
    public const string SpeakersPath = "recnici/";

    /// <summary>Its own address; the site of another of its languages is a folder of it (/en/, <see cref="ConferenceLanguage"/>).</summary>
    public SiteUrls Urls { get; init; } = new(conference.BaseUrl);

    /// <summary>The microsite's statement: its own parts over the main site's (<see cref="AccessibilityStatements.For"/>).</summary>
    public Model.AccessibilityStatement? Accessibility { get; init; }

    /// <summary>The language site.yml's texts are written in when this site is in another (the microsite's English site): null on its default's.</summary>
    public string? TextLanguage { get; init; }

    /// <summary>The language of the main site's page the footer links to, when it is not this site's (the Czech catalogue from an English microsite).</summary>
    public string? MainSiteLanguage { get; init; }

    /// <summary>The statement as its page and JSON twin show it; null when the microsite has none.</summary>
    public AccessibilityStatementView? Statement => _statement ??= AccessibilityStatementView.Of(Accessibility, conference.Title, Urls, words, TextLanguage);

    private AccessibilityStatementView? _statement;

    private ImmutableArray<ProgramDayView>? _days;
    private ImmutableArray<ProgramDayView> Days => _days ??= BuildDays();

    public static string PagePath(Page page) => page.Slug == "index" ? "" : $"{page.Slug}/";

    public IEnumerable<RenderJob> Plan()
    {
        var site = View();
        var home = conference.Pages.FirstOrDefault(p => p.Slug == "index");
        if (home is not null)
            yield return Job(site, "", "conference-home", conference.Title, home, ("entry", Entry(home)), ("days", Days));
        if (!Days.IsEmpty)
            yield return Job(site, ProgramPath, "conference-program", words[GeneratorWords.ProgramTitle], null, ("days", Days), ("calendar", CalendarPath));
        if (!conference.Speakers.IsEmpty)
            yield return Job(site, SpeakersPath, "conference-speakers", words[GeneratorWords.SpeakersTitle], null, ("speakers", Speakers()));
        foreach (var page in conference.Pages.Where(p => p.Slug != "index"))
            yield return Job(site, PagePath(page), "page", page.Title, page, ("entry", Entry(page)));
        if (Statement is { } statement)
            yield return Job(site, Routes.Accessibility(words.Code), "accessibility", words[GeneratorWords.StatementTitle], null, ("statement", statement));
        yield return Job(site, Routes.NotFound, "conference-404", words[GeneratorWords.NotFoundTitle], null);
    }

    /// <summary>Every session as an event of program.ics.</summary>
    public string Calendar()
    {
        var host = conference.BaseUrl.Host;
        var stamp = new DateTimeOffset(conference.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var entries = Days.SelectMany(d => d.Slots.SelectMany(slot => slot.Sessions.Select(s => new CalendarEntry(
            Uid: $"{s.Id}@{host}",
            Title: s.Source.Title,
            Start: PragueMoment(d.Date, s.Source.Start),
            End: PragueMoment(d.Date, s.Source.End),
            Location: string.Join(", ", new[] { s.Source.Room, conference.Venue }.Where(x => !string.IsNullOrEmpty(x))),
            Description: string.Join("\n", new[] { string.Join(", ", s.Speakers.Select(x => x.Name)), s.Source.Description }.Where(x => !string.IsNullOrEmpty(x))),
            Url: Urls.Absolute(ProgramPath + "#" + s.Id),
            Stamp: stamp))));
        return IcsWriter.Write(conference.Title, entries);
    }

    private ConferenceView View() => new(
        conference.Slug, conference.Title, conference.Description, words.Code, words.DateRange(conference.Start, conference.End), conference.Venue, Menu, conference.Partners,
        mainSite.Absolute(""), mainSiteTitle)
    {
        Accessibility = Statement is null ? null : Routes.Accessibility(words.Code), TextLanguage = TextLanguage, MainSiteLanguage = MainSiteLanguage,
    };

    /// <summary>The explicit menu, else: home, program, speakers, then the pages by 'order' and title.</summary>
    public ImmutableArray<MenuItem> Menu => _menu ??= BuildMenu();

    private ImmutableArray<MenuItem>? _menu;

    private ImmutableArray<MenuItem> BuildMenu()
    {
        if (!conference.Menu.IsEmpty) return conference.Menu;
        var at = Diagnostics.SourceLocation.File(conference.Folder + "/site.yml");
        var items = new List<MenuItem> { new(words[GeneratorWords.Home], "/", at) };
        if (!conference.Days.IsEmpty) items.Add(new(words[GeneratorWords.ProgramTitle], "/" + ProgramPath, at));
        if (!conference.Speakers.IsEmpty) items.Add(new(words[GeneratorWords.SpeakersTitle], "/" + SpeakersPath, at));
        items.AddRange(conference.Pages.Where(p => p.Slug != "index")
            .OrderBy(p => p.Order ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.Create(Czech.Culture, false))
            .Select(p => new MenuItem(p.Title, "/" + PagePath(p), at)));
        return [.. items];
    }

    private ImmutableArray<ProgramDayView> BuildDays()
    {
        var speakers = conference.Speakers.ToDictionary(s => s.Key);
        return [.. conference.Days.OrderBy(d => d.Date).Select(day => new ProgramDayView(
            day.Date,
            words.WeekdayDate(day.Date),
            $"den-{day.Date:yyyy-MM-dd}",
            [.. day.Sessions.OrderBy(s => s.Start).ThenBy(s => s.Room, StringComparer.Ordinal)
                .Select(s => new SessionView(s, SessionId(day.Date, s), words.TimeRange(s.Start, s.End),
                    [.. s.Speakers.Where(k => speakers.ContainsKey(k.Key)).Select(k => speakers[k.Key])]))
                .GroupBy(s => s.Source.Start)
                .Select(g => new TimeSlot(words.Time(g.Key),
                    $"{day.Date:yyyy-MM-dd}T{g.Key:HH\\:mm}", [.. g]))]))];
    }

    private ImmutableArray<SpeakerView> Speakers()
    {
        var sessions = Days.SelectMany(d => d.Slots).SelectMany(s => s.Sessions).ToList();
        return [.. conference.Speakers
            .OrderBy(s => LastWord(s.Name), StringComparer.Create(Czech.Culture, false)).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new SpeakerView(s, [.. sessions.Where(x => x.Speakers.Any(y => y.Key == s.Key))]))];
    }

    // Sort speakers by surname: the last word that is not a degree ("Ph.D.", "CSc.").
    private static string LastWord(string name) =>
        name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).LastOrDefault(w => !w.Contains('.')) ?? name;

    private static string SessionId(DateOnly date, Session session) =>
        $"{date:yyyy-MM-dd}-{session.Start:HHmm}" + (session.Room is { } room ? "-" + Slug.From(room) : "");

    private static DateTimeOffset PragueMoment(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Czech.Prague.GetUtcOffset(local));
    }

    private PageEntry Entry(Page page) => new() { Source = page, Url = PagePath(page), BodyHtml = bodyHtml[page.SourcePath], Unpublished = publication.IsPending(page) };

    private RenderJob Job(ConferenceView site, string path, string layout, string title, Page? source, params (string Name, object? Value)[] variables)
    {
        // A layout missing from Layouts would escape the theme check and fail while rendering.
        if (!Declared.Contains(layout)) throw new InvalidOperationException($"layout '{layout}' is not declared in ConferencePlanner.Layouts");
        var meta = new PageMeta
        {
            Title = title, Description = source?.Description ?? (conference.Description.Length > 0 ? conference.Description : conference.Title),
            Path = path, Canonical = Urls.Absolute(path), Kind = layout, NoIndex = path == Routes.NotFound,
        };
        var all = ImmutableDictionary.CreateBuilder<string, object?>();
        all["site"] = site;
        all["page"] = meta;
        foreach (var (name, value) in variables) all[name] = value;
        return new RenderJob(path, layout, all.ToImmutable(), source?.SourcePath) { BaseLayout = BaseLayout, Words = words };
    }
}
