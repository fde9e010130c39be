using System.Collections.Immutable;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>Decides every HTML page of the site: its path, layout and variables.</summary>
public sealed class PagePlanner(SiteModel site)
{
    /// <summary>Every layout this planner asks the theme for; the theme is checked against it when it loads.</summary>
    public static IReadOnlyList<LayoutUse> Layouts { get; } =
    [
        new("base", "every page of the main site (it wraps them)"),
        new("home", "the home page /"),
        new("list", "the catalogue /praxe/"),
        new("practice", "every practice page /praxe/<slug>/"),
        new("taxonomy", "the taxonomy indexes (/temata/, /kraje/, …)"),
        new("term", "every term page (/temata/<theme>/, …)"),
        new("awards", "the award winners page /ocenene/"),
        new("search", "the search page /hledat/"),
        new("events", "the events page /akce/"),
        new("event", "every event page /akce/<slug>/"),
        new("page", "every free page /<slug>/"),
        new("404", "the page /404.html"),
        new("accessibility", "the accessibility statement /prohlaseni-o-pristupnosti/, /en/accessibility-statement/ (every site with 'accessibility:')"),
        new("open-data", "the open data page /data/ (a site with 'open_data:')"),
    ];

    /// <summary>The layouts of the site's kinds: the list every kind has, and each kind's item layout.</summary>
    public static IEnumerable<LayoutUse> KindLayouts(IEnumerable<Schema.KindSpec> kinds)
    {
        var list = kinds.ToList();
        if (list.Count == 0) return [];
        return [new("entries", "the list of each item kind (/<route>/: videos, a kind declared in site.yml)"),
            .. list.GroupBy(k => k.Layout).Select(g => new LayoutUse(g.Key, string.Join(", ", g.Select(k => $"every entry /{k.Route}/<slug>/"))))];
    }

    private readonly HashSet<string> _declared = [.. Layouts.Concat(KindLayouts(site.ItemKinds)).Select(l => l.Layout)];

    private const int HomeListLength = 6;
    private readonly Words _words = site.Words;
    /// <summary>The language site.yml's texts are written in when this site is in another (the English site's: "cs"); null on the default's.</summary>
    private static string? TextLanguageOf(SiteModel site) => site.Config.Languages[0].Code == site.Config.Language ? null : site.Config.Languages[0].Code;

    private readonly SiteView _siteView = new(site.Config.Title, site.Config.Description, site.Config.Language, site.Config.Menu,
        site.Taxonomy("themes").Terms, [.. site.Taxonomies.Where(t => t.Pages)], SiteRoutes.Of(site.Taxonomies.Where(t => t.Pages)))
    {
        Accessibility = AccessibilityStatementView.Of(site.Config.Accessibility, site.Config.Title, site.Urls, site.Words) is null ? null : Routes.Accessibility(site.Config.Language),
        OpenData = site.Config.OpenData is null ? null : Routes.OpenData,
        TextLanguage = TextLanguageOf(site),
    };

    /// <summary>The page /data/ that describes the open data (planned by that stage, which makes the files): 'data' is its view.</summary>
    public RenderJob OpenDataPage(object data) =>
        Job(Routes.OpenData, "open-data", _words[GeneratorWords.OpenDataTitle], _words.Text(GeneratorWords.OpenDataDescription, ("site", site.Config.Title)),
            "open-data", null, [new Crumb(_words[GeneratorWords.OpenDataTitle], Routes.OpenData)], ("data", data));

    /// <summary>The main site's accessibility statement, as its page and JSON twin show it; null when site.yml declares none.</summary>
    public AccessibilityStatementView? Statement { get; } = AccessibilityStatementView.Of(site.Config.Accessibility, site.Config.Title, site.Urls, site.Words, TextLanguageOf(site));

    public IEnumerable<RenderJob> Plan()
    {
        yield return Home();
        foreach (var job in PracticeList()) yield return job;
        // A language's site has pages only for its translated entries (Lang null); its lists show every entry.
        foreach (var practice in site.Practices.Where(p => p.Lang is null)) yield return PracticePage(practice);
        foreach (var taxonomy in site.Taxonomies.Where(t => t.Pages))
        {
            yield return TaxonomyIndex(taxonomy);
            foreach (var term in taxonomy.Terms)
                foreach (var job in TermPages(taxonomy, term)) yield return job;
        }
        yield return Awards();
        yield return SearchPage();
        yield return EventList();
        foreach (var ev in site.Events.Where(e => e.Lang is null)) yield return EventPage(ev);
        foreach (var page in site.Pages.Where(p => p.Lang is null)) yield return FreePage(page);
        foreach (var kind in site.ItemKinds)
        {
            var items = site.ItemsOf(kind);
            foreach (var job in ItemList(kind, items)) yield return job;
            foreach (var item in items.Where(i => i.Lang is null)) yield return ItemPage(item);
        }
        if (Statement is { } statement)
            yield return Job(Routes.Accessibility(site.Config.Language), "accessibility", _words[GeneratorWords.StatementTitle], _words.Text(GeneratorWords.StatementDescription, ("site", site.Config.Title)),
                "accessibility", null, [new Crumb(_words[GeneratorWords.StatementTitle], Routes.Accessibility(site.Config.Language))], ("statement", statement));
        yield return NotFound();
    }

    private RenderJob Home() => Newest(site.Practices, Job(Routes.Home, "home", site.Config.Title, site.Config.Description, "home", null, [],
        ("latest", site.Practices.Take(HomeListLength).ToImmutableArray()),
        ("awarded", AwardedNewestFirst().Take(HomeListLength).ToImmutableArray()),
        ("contest", LatestContest()),
        ("region_map", RegionMap.Of(site)),
        ("contest_winners", LatestContest() is { } contest ? [.. contest.Practices.Where(p => p.Source.Contest!.Place is not null)] : ImmutableArray<PracticeEntry>.Empty),
        ("upcoming", Upcoming().Take(3).ToImmutableArray()),
        ("practice_count", site.Practices.Length),
        ("member_count", site.Members.Length)));

    private IEnumerable<RenderJob> PracticeList() =>
        Paginate(Routes.Practices, site.Practices, (path, slice, pagination) =>
            Newest(slice, Job(path, "list", PagedTitle(_words[GeneratorWords.CatalogueTitle], pagination), _words[GeneratorWords.CatalogueDescription],
                "list", null, [new Crumb(_words[GeneratorWords.CatalogueCrumb], Routes.Practices)],
                ("heading", _words[GeneratorWords.CatalogueTitle]), ("practices", slice), ("pagination", pagination))));

    /// <summary>The page of one practice (the preview server redoes single entries with it).</summary>
    public RenderJob PracticePage(PracticeEntry practice)
    {
        var related = practice.RelatedSlugs.Select(s => site.PracticesBySlug[s]).ToImmutableArray();
        var job = Job(practice.Url, "practice", practice.Title, practice.Summary, "practice", practice.Source.SourcePath,
            [new Crumb(_words[GeneratorWords.CatalogueCrumb], Routes.Practices), new Crumb(practice.Title, practice.Url)],
            ("practice", practice), ("related", related), ("linked", site.Links.Of(Schema.ContentSchema.PracticeKind, practice.Slug)))
            with { LastModified = practice.Source.LastModified };
        // Shared on social networks with its first photo, cropped to Open Graph's 1200 × 630.
        return practice.LeadPhoto is { } photo ? job with { Variables = job.Variables.SetItem("page", job.Meta! with { Image = photo.Set.OpenGraph }) } : job;
    }

    private RenderJob TaxonomyIndex(Taxonomy taxonomy) =>
        Job(taxonomy.Url, "taxonomy", taxonomy.Name, _words.Text(GeneratorWords.TaxonomyDescription, ("taxonomy", taxonomy.Name.ToLowerInvariant())), "taxonomy", null,
            [new Crumb(taxonomy.Name, taxonomy.Url)],
            ("taxonomy", taxonomy),
            ("members_by_region", taxonomy.Spec.Field == "member" ? MembersByRegion() : null),
            ("region_map", taxonomy.Spec.Field == "member.region" ? RegionMap.Of(site) : null));

    private IEnumerable<RenderJob> TermPages(Taxonomy taxonomy, Term term)
    {
        var member = taxonomy.Spec.Field == "member" ? site.Members.First(m => m.Key == term.Key) : null;
        var memberEvents = member is null ? [] : site.Events.Where(e => e.Members.Any(m => m.Key == member.Key)).ToImmutableArray();
        var description = term.Description is { Length: > 0 } d ? d : _words.Text(GeneratorWords.TermDescription, ("taxonomy", taxonomy.Name), ("term", term.Name));
        var feed = taxonomy.Spec.Feeds ? taxonomy.Spec.TermFeed(term.Key) : null;
        return Paginate(term.Url, term.Practices, (path, slice, pagination) =>
            Newest(slice, WithFeed(Job(path, "term", PagedTitle(term.Name, pagination), description, "term", null,
                [new Crumb(taxonomy.Name, taxonomy.Url), new Crumb(term.Name, term.Url)],
                ("taxonomy", taxonomy), ("term", term), ("practices", slice), ("pagination", pagination),
                ("member", member), ("member_region", member is null ? null : site.Taxonomy("member.region").Terms.First(r => r.Key == member.Region.Key)),
                ("member_events", memberEvents)), feed)));
    }

    private RenderJob Awards()
    {
        var byYear = site.Practices
            .SelectMany(p => p.Prizes.Select(a => (Award: a, Practice: p)))
            .GroupBy(x => x.Award.Year).OrderByDescending(g => g.Key)
            .Select(g => new AwardYear(g.Key, [.. g.OrderBy(x => x.Award.Place ?? int.MaxValue).ThenBy(x => x.Practice.Title, StringComparer.Create(Czech.Culture, false))
                .Select(x => new AwardedPractice(x.Award, x.Practice))]))
            .ToImmutableArray();
        return Job(Routes.Awards, "awards", _words[GeneratorWords.AwardsTitle], _words[GeneratorWords.AwardsDescription], "awards", null,
            [new Crumb(_words[GeneratorWords.AwardsTitle], Routes.Awards)], ("years", byYear));
    }

    private RenderJob SearchPage() =>
        Job(Routes.Search, "search", _words[GeneratorWords.SearchTitle], _words[GeneratorWords.SearchDescription], "search", null,
            [new Crumb(_words[GeneratorWords.SearchTitle], Routes.Search)]);

    private RenderJob EventList()
    {
        var past = site.Events.Where(e => e.Source.End < site.Now).Reverse()
            .GroupBy(e => Czech.ToPrague(e.Source.Start).Year)
            .Select(g => new EventYear(g.Key, [.. g])).ToImmutableArray();
        return Job(Routes.Events, "events", _words[GeneratorWords.EventsTitle], _words[GeneratorWords.EventsDescription], "events", null,
            [new Crumb(_words[GeneratorWords.EventsTitle], Routes.Events)], ("upcoming", Upcoming().ToImmutableArray()), ("past_by_year", past));
    }

    private RenderJob EventPage(EventEntry ev) =>
        Job(ev.Url, "event", ev.Title, ev.Source.Summary, "event", ev.Source.SourcePath,
            [new Crumb(_words[GeneratorWords.EventsTitle], Routes.Events), new Crumb(ev.Title, ev.Url)],
            ("event", ev), ("upcoming_event", ev.Source.End >= site.Now), ("json_ld", EventJsonLd.Build(ev, site.Urls, _words)));

    private RenderJob FreePage(PageEntry page) =>
        Job(page.Url, "page", page.Title, page.Source.Description ?? site.Config.Description, "page", page.Source.SourcePath,
            [new Crumb(page.Title, page.Url)], ("entry", page));

    /// <summary>The paginated list of a kind the site declared, with its feed when it has one.</summary>
    private IEnumerable<RenderJob> ItemList(Schema.KindSpec kind, ImmutableArray<ItemEntry> items) =>
        Paginate(kind.ListPath, items, (path, slice, pagination) =>
            WithFeed(Job(path, "entries", PagedTitle(kind.Title!, pagination), site.Words.Text(GeneratorWords.KindFeedTitle, ("kind", kind.Title!), ("site", site.Config.Title)), "entries", null,
                [new Crumb(kind.Title!, kind.ListPath)], ("kind", kind), ("items", slice), ("pagination", pagination))
                with { LastModified = slice.IsEmpty ? null : slice.Max(i => i.Date) }, kind.Feed ? kind.FeedPath : null));

    /// <summary>The page of one entry of an item kind: with the entries linked to it, and what its video brings (JSON-LD, the player's frame origin).</summary>
    public RenderJob ItemPage(ItemEntry item) =>
        ItemPageMeta.With(Job(item.Url, item.Kind.Layout, item.Title, item.Summary, "entry", item.Source.SourcePath,
            [new Crumb(item.Kind.Title!, item.Kind.ListPath), new Crumb(item.Title, item.Url)], ("entry", item), ("kind", item.Kind),
            ("linked", site.Links.Of(item.Kind.Key, item.Slug)), ("json_ld", VideoJsonLd.Of(item, site.Urls)))
            with { LastModified = item.Date }, item);

    private RenderJob NotFound() =>
        Job(Routes.NotFound, "404", _words[GeneratorWords.NotFoundTitle], _words[GeneratorWords.NotFoundDescription], "404", null, []);

    private static RenderJob WithFeed(RenderJob job, string? feed) =>
        feed is null ? job : job with { Variables = job.Variables.SetItem("page", ((PageMeta)job.Variables["page"]!) with { Feed = feed }) };

    private static RenderJob Newest(ImmutableArray<PracticeEntry> shown, RenderJob job) =>
        shown.IsEmpty ? job : job with { LastModified = shown.Max(p => p.Source.LastModified) };

    private IEnumerable<EventEntry> Upcoming() => site.Events.Where(e => e.Source.End >= site.Now);

    /// <summary>The newest NEJpraxe year that has winners (the contest's terms are years, newest first).</summary>
    private Term? LatestContest() =>
        site.Taxonomies.FirstOrDefault(t => t.Spec.Field == "nejpraxe.year")?.Terms.FirstOrDefault(t => t.Practices.Any(p => p.Source.Contest!.Place is not null));

    private IEnumerable<PracticeEntry> AwardedNewestFirst() =>
        site.Practices.Where(p => p.Awarded).OrderByDescending(p => p.Prizes.Max(a => a.Year)).ThenByDescending(p => p.Date);

    private ImmutableArray<RegionMembers> MembersByRegion()
    {
        var terms = site.Taxonomy("member").Terms.ToDictionary(t => t.Key);
        return [.. site.Regions.OrderBy(r => r.Name, StringComparer.Create(Czech.Culture, false))
            .Select(r => new RegionMembers(r, [.. site.Members.Where(m => m.Region.Key == r.Key).Select(m => new MemberTerm(m, terms[m.Key]))]))
            .Where(g => !g.Members.IsEmpty)];
    }

    private string PagedTitle(string title, Pagination pagination) =>
        pagination.Number == 1 ? title : _words.Text(GeneratorWords.PagedTitle, ("title", title), ("number", pagination.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private IEnumerable<RenderJob> Paginate<T>(string listPath, ImmutableArray<T> items, Func<string, ImmutableArray<T>, Pagination, RenderJob> page)
    {
        var perPage = site.Config.PerPage;
        var count = Math.Max(1, (items.Length + perPage - 1) / perPage);
        for (var n = 1; n <= count; n++)
        {
            var pagination = new Pagination(n, count, items.Length,
                n > 1 ? Routes.Paginated(listPath, n - 1) : null, n < count ? Routes.Paginated(listPath, n + 1) : null, Window(listPath, count, n));
            yield return page(Routes.Paginated(listPath, n), items.Slice((n - 1) * perPage, Math.Min(perPage, items.Length - (n - 1) * perPage)), pagination);
        }
    }

    /// <summary>
    /// The page numbers a list page shows: the first, the last, and two on each side of the current one.
    /// Listing every number would make each page of a long catalogue grow with the catalogue (quadratic output).
    /// </summary>
    private static ImmutableArray<PageLink> Window(string listPath, int count, int current)
    {
        var shown = new[] { 1, current - 2, current - 1, current, current + 1, current + 2, count }
            .Where(n => n >= 1 && n <= count).Distinct().Order().ToList();
        return [.. shown.Select((n, i) => new PageLink(n, Routes.Paginated(listPath, n), n == current, GapBefore: i > 0 && shown[i - 1] != n - 1))];
    }

    private RenderJob Job(string path, string layout, string title, string description, string kind, string? source,
        ImmutableArray<Crumb> crumbs, params (string Name, object? Value)[] variables)
    {
        // A layout missing from Layouts would escape the theme check and fail while rendering.
        if (!_declared.Contains(layout)) throw new InvalidOperationException($"layout '{layout}' is not declared in PagePlanner.Layouts");
        var meta = new PageMeta
        {
            Title = title, Description = description, Path = path, Canonical = site.Urls.Absolute(path), Kind = kind,
            Breadcrumbs = crumbs, NoIndex = layout == "404",
        };
        var all = ImmutableDictionary.CreateBuilder<string, object?>();
        all["site"] = _siteView;
        all["page"] = meta;
        foreach (var (name, value) in variables) all[name] = value;
        return new RenderJob(path, layout, all.ToImmutable(), source) { Words = _words };
    }
}

public sealed record AwardYear(int Year, ImmutableArray<AwardedPractice> Practices);
public sealed record AwardedPractice(Model.Award Award, PracticeEntry Practice);
public sealed record EventYear(int Year, ImmutableArray<EventEntry> Events);
public sealed record RegionMembers(Model.Region Region, ImmutableArray<MemberTerm> Members);
public sealed record MemberTerm(Model.Member Member, Term Term);
