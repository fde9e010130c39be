using System.Text.Json;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;
using Ical.Net;

namespace DobraPraxe.Generator.Tests.Pipeline;

/// <summary>Events, calendars and the two conference microsites of the basic fixture site.</summary>
public class EventsAndConferencesTests
{
    private static readonly Lazy<BuildResult> Basic = new(() => Builds.Generate(TestPaths.Fixture("basic")));
    private static readonly HtmlParser Parser = new();

    private static AngleSharp.Html.Dom.IHtmlDocument Html(string path) => Parser.ParseDocument(Builds.Page(Basic.Value, path));

    [Fact]
    public void the_events_page_lists_upcoming_events_first_and_past_ones_by_year()
    {
        var page = Html("akce/index.html");
        Assert.Equal(["Škola Zdravých měst – jaro"], page.QuerySelectorAll("#nadchazejici ~ .event-list .card-title").Select(e => e.TextContent));
        Assert.Equal("2021", page.QuerySelector("#probehle ~ h3")!.TextContent);
        Assert.Contains("Fórum 2021", page.QuerySelector(".event-list-past")!.TextContent);
        Assert.Contains("středa 24. března 2027, 9:00–15:30", page.QuerySelector(".event-when")!.TextContent);
    }

    [Fact]
    public void registration_is_offered_only_while_an_event_is_upcoming()
    {
        Assert.NotNull(Html("akce/skola-jaro/index.html").QuerySelector("a.button[href='https://example.org/registrace']"));
        var past = Builds.Generate(TestPaths.Fixture("basic"));
        var later = new SiteGenerator(new BuildOptions
        {
            SourceDirectory = TestPaths.Fixture("basic"), OutputDirectory = "unused", Now = new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero),
        }).Generate();
        Assert.True(later.Succeeded, Builds.Errors(later));
        Assert.Null(Parser.ParseDocument(Builds.Page(later, "akce/skola-jaro/index.html")).QuerySelector("a.button[href='https://example.org/registrace']"));
        Assert.NotEqual(Builds.Page(past, "index.html"), Builds.Page(later, "index.html"));
    }

    [Fact]
    public void an_event_page_carries_schema_org_event_json_ld()
    {
        var script = Html("akce/skola-jaro/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);
        var root = json.RootElement;
        Assert.Equal("Event", root.GetProperty("@type").GetString());
        Assert.Equal("2027-03-24T09:00:00+01:00", root.GetProperty("startDate").GetString());
        Assert.Equal("2027-03-24T15:30:00+01:00", root.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", root.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("Place", root.GetProperty("location")[0].GetProperty("@type").GetString());
        Assert.Equal("Organization", root.GetProperty("organizer").GetProperty("@type").GetString());

        using var online = JsonDocument.Parse(Html("akce/forum-2021/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", online.RootElement.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("VirtualLocation", online.RootElement.GetProperty("location")[0].GetProperty("@type").GetString());
    }

    [Fact]
    public void event_calendars_parse_back_with_stable_uids_prague_times_and_crlf()
    {
        var text = Builds.Page(Basic.Value, "akce/kalendar.ics");
        Assert.Contains("\r\n", text);
        Assert.DoesNotMatch("[^\r]\n", text);
        var calendar = Calendar.Load(text)!;
        Assert.Equal(["forum-2021@example.org", "skola-jaro@example.org"], calendar.Events.Select(e => e.Uid).Order());
        var school = calendar.Events.Single(e => e.Uid == "skola-jaro@example.org");
        Assert.Equal("Europe/Prague", school.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 3, 24, 8, 0, 0), school.DtStart.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 24, 8, 0, 0), school.DtStamp!.AsUtc);
        Assert.Single(calendar.TimeZones);

        var one = Calendar.Load(Builds.Page(Basic.Value, "akce/skola-jaro/udalost.ics"))!;
        Assert.Equal("Škola Zdravých měst – jaro", one.Events.Single().Summary);
        Assert.Equal(Builds.Page(Basic.Value, "akce/kalendar.ics"), Builds.Page(Builds.Generate(TestPaths.Fixture("basic")), "akce/kalendar.ics"));
    }

    [Fact]
    public void calendars_carry_fixed_prague_rules_so_far_future_and_summer_events_work_whatever_the_clock()
    {
        using var tree = new ContentTree();
        tree.Write("content/events/leto-2035.md",
            "---\ntitle: Letní akce\nkind: jine\nstart: 2035-07-01T10:00:00+02:00\nend: 2035-07-01T12:00:00+02:00\nplace: Brno\nsummary: S.\n---\nText.\n");
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var text = Builds.Page(result, "akce/leto-2035/udalost.ics");
        Assert.Contains("BEGIN:DAYLIGHT", text);
        Assert.Contains("TZOFFSETTO:+0200", text);
        var summer = Calendar.Load(text)!.Events.Single();
        Assert.Equal(new DateTime(2035, 7, 1, 8, 0, 0), summer.DtStart!.AsUtc);
    }

    [Fact]
    public void each_conference_is_a_complete_site_in_its_own_folder()
    {
        var paths = Basic.Value.Files.Select(f => f.Path).ToHashSet();
        foreach (var path in new[] { "index.html", "program/index.html", "recnici/index.html", "registrace/index.html", "404.html",
                     "sitemap.xml", "robots.txt", "program.ics", "assets/css/site.css", "assets/css/accent.css", "assets/favicon.svg" })
            Assert.Contains($"konference-a/{path}", paths);
        foreach (var path in new[] { "index.html", "kontakt/index.html", "404.html", "sitemap.xml", "assets/css/accent.css" })
            Assert.Contains($"konference-b/{path}", paths);
        Assert.DoesNotContain("konference-b/program/index.html", paths);
        Assert.DoesNotContain("konference-b/program.ics", paths);
    }

    [Fact]
    public void microsite_links_stay_inside_the_microsite_and_point_back_to_the_main_site_absolutely()
    {
        var home = Parser.ParseDocument(Builds.Page(Basic.Value, "konference-a/index.html"));
        var links = home.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/registrace/#poplatky", links);
        Assert.Contains("https://example.org/", links);
        Assert.All(links.Where(l => l.StartsWith('/')), l => Assert.DoesNotContain("konference-a", l));
        Assert.Equal("https://konference-a.example.org/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        // Konference B lives under a path of its domain: its links carry that path.
        var b = Parser.ParseDocument(Builds.Page(Basic.Value, "konference-b/index.html"));
        Assert.Equal(["/konference-b/", "/konference-b/kontakt/"], b.QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Sitemap: https://example.net/konference-b/sitemap.xml", Builds.Page(Basic.Value, "konference-b/robots.txt"));
    }

    [Fact]
    public void the_default_microsite_menu_is_home_program_speakers_then_pages_by_order()
    {
        var home = Parser.ParseDocument(Builds.Page(Basic.Value, "konference-a/index.html"));
        Assert.Equal(["Úvod", "Program", "Řečníci", "Registrace"], home.QuerySelectorAll(".main-nav a").Select(a => a.TextContent));
        Assert.Contains(":root { --brand: #5b2a86;", Builds.Page(Basic.Value, "konference-a/assets/css/accent.css"));
    }

    [Fact]
    public void the_program_shows_days_times_rooms_and_speakers_linked_to_their_entries()
    {
        var program = Parser.ParseDocument(Builds.Page(Basic.Value, "konference-a/program/index.html"));
        Assert.Equal(["čtvrtek 10. června 2021", "pátek 11. června 2021"], program.QuerySelectorAll(".program-day h2").Select(h => h.TextContent));
        var workshop = program.GetElementById("2021-06-10-1000-aula")!;
        Assert.Contains("10:00–11:00 · Aula", workshop.TextContent);
        Assert.Equal(["/recnici/#novakova", "/recnici/#dvorak"], workshop.QuerySelectorAll(".session-speakers a").Select(a => a.GetAttribute("href")));
        // Parallel sessions share a time slot.
        Assert.Equal(2, program.QuerySelectorAll(".slot")[1].QuerySelectorAll(".session").Length);

        var speakers = Parser.ParseDocument(Builds.Page(Basic.Value, "konference-a/recnici/index.html"));
        Assert.Equal(["Ing. Tomáš Dvořák", "doc. Mgr. Jana Nováková, Ph.D."], speakers.QuerySelectorAll(".speaker-name").Select(e => e.TextContent));
        Assert.Equal("/program/#2021-06-11-0930", speakers.GetElementById("dvorak")!.QuerySelectorAll(".speaker-sessions a")[1].GetAttribute("href"));
    }

    [Fact]
    public void the_program_calendar_has_every_session_in_prague_time()
    {
        var calendar = Calendar.Load(Builds.Page(Basic.Value, "konference-a/program.ics"))!;
        Assert.Equal(4, calendar.Events.Count);
        var first = calendar.Events.Single(e => e.Summary == "Zahájení");
        Assert.Equal(new DateTime(2021, 6, 10, 7, 0, 0), first.DtStart!.AsUtc);
        Assert.Equal("2021-06-10-0900-aula@konference-a.example.org", first.Uid);
        Assert.Contains("Nováková", first.Description);
    }

    [Fact]
    public void the_main_site_event_page_links_to_its_microsite()
    {
        Assert.NotNull(Html("akce/forum-2021/index.html").QuerySelector("a[href='https://konference-a.example.org/']"));
    }

    [Theory]
    [InlineData("speakers: [novakova]", "speakers: [novakovaa]", "content/conferences/konference-a/program.yml:4:84: error: unknown speaker 'novakovaa'; did you mean 'novakova'?")]
    [InlineData("{ time: \"10:00\", end: \"11:30\", title: \"Workshop 2\", room: \"Učebna B\" }", "{ time: \"09:30\", end: \"10:30\", title: \"Workshop 2\", room: \"Aula\" }",
        "content/conferences/konference-a/program.yml:6:9: error: 'Workshop 2' (09:30) overlaps 'Zahájení' (until 10:00) in room 'Aula'")]
    [InlineData("- date: 2021-06-11", "- date: 2021-06-12", "content/conferences/konference-a/program.yml:7:11: error: the day 2021-06-12 is outside the conference (2021-06-10 – 2021-06-11)")]
    [InlineData("end: \"10:00\", title: \"Zahájení\"", "end: \"08:00\", title: \"Zahájení\"", "content/conferences/konference-a/program.yml:4:31: error: the session ends (08:00) before it starts (09:00)")]
    public void program_mistakes_are_reported_precisely(string find, string replace, string expected)
    {
        using var tree = new ContentTree();
        var path = Path.Combine(tree.Root, "content/conferences/konference-a/program.yml");
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        tree.Write("content/conferences/konference-a/program.yml", text[..at] + replace + text[(at + find.Length)..]);
        var result = Builds.Generate(tree.Root);
        Assert.Contains(expected, Builds.Errors(result).Split('\n'));
    }

    [Fact]
    public void conference_settings_are_validated()
    {
        using var tree = new ContentTree();
        tree.Write("content/conferences/konference-b/site.yml", "title: B\nbase_url: /relativni/\nstart: 2027-05-05\nend: 2027-05-04\naccent: \"#a0d0ff\"\n");
        tree.Write("content/events/forum-2021.md", File.ReadAllText(Path.Combine(tree.Root, "content/events/forum-2021.md")).Replace("konference-a", "konference-c"));
        var errors = Builds.Errors(Builds.Generate(tree.Root));
        Assert.Contains("content/conferences/konference-b/site.yml:2:11: error: 'base_url' must be a full web address starting with https://, not '/relativni/'", errors);
        Assert.Contains("content/conferences/konference-b/site.yml:4:6: error: the conference ends before it starts: 'end' must not be before 'start'", errors);
        Assert.Contains("content/events/forum-2021.md:7:13: error: unknown conference 'konference-c'; did you mean 'konference-a'?", errors);
    }

    [Fact]
    public void an_accent_too_light_for_white_text_is_an_error()
    {
        using var tree = new ContentTree();
        var path = "content/conferences/konference-a/site.yml";
        tree.Write(path, File.ReadAllText(Path.Combine(tree.Root, path)).Replace("#5b2a86", "#a0d0ff"));
        Assert.Contains("content/conferences/konference-a/site.yml:7:9: error: accent '#a0d0ff' is too light for white text (contrast 1.6:1, at least 4.5:1 is needed)",
            Builds.Errors(Builds.Generate(tree.Root)).Split('\n'));
    }
}
