using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Pipeline;

/// <summary>
/// The English site of the 'english' fixture (languages: [cs, en]): one more output site under /en/, with pages only for
/// the translated entries, lists of every entry, and each page paired with its Czech counterpart (issue 30).
/// </summary>
public class EnglishSiteTests
{
    private const string Base = "https://example.org/";
    private static readonly Lazy<BuildResult> English = new(() => Builds.Generate(TestPaths.Fixture("english")));

    private static BuildResult Result
    {
        get
        {
            Assert.True(English.Value.Succeeded, Builds.Errors(English.Value));
            return English.Value;
        }
    }

    private static IDocument Html(string path) => new HtmlParser().ParseDocument(Builds.Page(Result, path));

    private static IEnumerable<string> HtmlPages => Result.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("admin/", StringComparison.Ordinal));

    private static bool IsMicrosite(string path) => path.StartsWith("konference-", StringComparison.Ordinal);

    /// <summary>The file an absolute URL of the site leads to: https://example.org/en/praxe/ → en/praxe/index.html.</summary>
    private static string FileOf(string url)
    {
        Assert.StartsWith(Base, url);
        var path = url[Base.Length..].Split('#')[0];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    [Fact]
    public void the_english_site_has_pages_for_the_translated_entries_only_and_its_own_404_and_search()
    {
        var files = Result.Files.Select(f => f.Path).ToHashSet();
        foreach (var page in new[] { "en/index.html", "en/praxe/index.html", "en/praxe/znojmo-cyklostezky/index.html", "en/akce/index.html", "en/akce/forum-2021/index.html",
                     "en/o-nas/index.html", "en/hledat/index.html", "en/404.html", "en/temata/index.html", "en/ocenene/index.html", "en/feed.xml", "en/akce/kalendar.ics",
                     "en/search/manifest.json", "en/search/manifest.js", "en/search/lunr.min.js", "en/search/english-lunr.js" })
            Assert.Contains(page, files);
        // Untranslated entries have no English page (their lists link to the Czech one); the shared files are not written twice.
        foreach (var missing in new[] { "en/praxe/jihlava-pesi-zona/index.html", "en/akce/skola-jaro/index.html", "en/assets/css/site.css", "en/media/mapa.svg", "en/sitemap.xml", "en/robots.txt" })
            Assert.DoesNotContain(missing, files);
        Assert.Equal("en", Html("en/404.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void a_translated_entry_shows_its_translation_in_english_words_and_links_its_untranslated_neighbours_to_their_czech_page()
    {
        var page = Html("en/praxe/znojmo-cyklostezky/index.html");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Cycle paths around Znojmo", page.QuerySelector("h1")!.TextContent.Trim());
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Cycling to school became safe.", main);
        Assert.Contains("17 February 2021", main);   // dates as English writes them
        Assert.Contains("CZK 1,250,000", main);      // money too
        Assert.Contains("Cycling safely", main);     // a translatable field of the site's own
        Assert.Contains("Target groups", main);      // a site taxonomy's English title
        Assert.Contains("South Moravian Region", main);
        // The translation's link to an untranslated practice leads to its Czech page.
        Assert.Equal(Base + "praxe/jihlava-pesi-zona/#jak-to-zacalo", page.QuerySelectorAll(".prose a").Single(a => a.TextContent == "pedestrian zone").GetAttribute("href"));
        // Shared files come from the root.
        Assert.Contains(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href") == "/assets/css/site.css");
    }

    [Fact]
    public void english_lists_name_every_entry_and_mark_the_untranslated_ones_as_czech()
    {
        var list = Html("en/praxe/index.html");
        var cards = list.QuerySelectorAll(".card").ToList();
        Assert.Equal(Result.State!.Content.Practices.Length, cards.Count);
        foreach (var card in cards)
        {
            var link = card.QuerySelector(".card-title a")!;
            var href = link.GetAttribute("href")!;
            if (href.StartsWith("/en/", StringComparison.Ordinal))
            {
                Assert.Null(link.GetAttribute("hreflang"));
                Assert.Null(card.QuerySelector(".card-language"));
                continue;
            }
            // An untranslated entry: its Czech page, marked so, with the English label saying so.
            Assert.StartsWith(Base + "praxe/", href);
            Assert.Equal("cs", link.GetAttribute("hreflang"));
            Assert.Equal("in Czech", card.QuerySelector(".card-language")!.TextContent.Trim());
        }
        // Its 'en:' title is English (no lang="cs" on it); one without shows the Czech title, marked lang="cs".
        var titled = cards.Single(c => c.QuerySelector(".card-title a")!.GetAttribute("href") == Base + "praxe/jihlava-pesi-zona/");
        Assert.Equal("A pedestrian zone in Jihlava", titled.QuerySelector(".card-title")!.TextContent.Trim());
        Assert.Null(titled.QuerySelector(".card-title")!.GetAttribute("lang"));
        var czech = cards.Single(c => c.QuerySelector(".card-title a")!.GetAttribute("href") == Base + "praxe/vysocina-zdravotni-plan/");
        Assert.Equal("cs", czech.QuerySelector(".card-title")!.GetAttribute("lang"));
        Assert.Equal("cs", czech.QuerySelector(".card-summary")!.GetAttribute("lang"));
        // The events list too.
        var events = Html("en/akce/index.html");
        Assert.Equal("cs", events.QuerySelectorAll(".card-title").Single(h => h.TextContent.Contains("jaro", StringComparison.Ordinal)).GetAttribute("lang"));
    }

    [Fact]
    public void the_english_menu_leads_to_the_english_counterparts_labelled_from_the_catalogue()
    {
        var menu = Html("en/index.html").QuerySelectorAll(".main-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([(TestWords.English[Generator.Localization.GeneratorWords.CatalogueTitle], "/en/praxe/"), ("About us", "/en/o-nas/")], menu);
    }

    [Fact]
    public void every_paired_page_names_its_counterparts_both_ways_with_the_czech_page_as_x_default()
    {
        var paired = 0;
        foreach (var path in HtmlPages.Where(p => !IsMicrosite(p)))
        {
            var alternates = Alternates(Html(path));
            if (alternates.Count == 0) continue;
            paired++;
            Assert.Equal(["cs", "en", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(alternates["cs"], alternates["x-default"]);
            Assert.Contains(path, alternates.Values.Select(FileOf));
            // Reciprocal: each alternate names the same set.
            foreach (var url in alternates.Values.Distinct())
                Assert.Equal(alternates, Alternates(Html(FileOf(url))));
        }
        Assert.True(paired > 40, $"only {paired} paired pages");
        // An untranslated entry's page has none.
        Assert.Empty(Alternates(Html("praxe/jihlava-pesi-zona/index.html")));
        Assert.Empty(Alternates(Html("404.html")));
    }

    private static Dictionary<string, string> Alternates(IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

    [Fact]
    public void every_page_s_language_switch_leads_to_a_page_that_exists_and_says_when_it_is_the_nearest_one()
    {
        var files = Result.Files.Select(f => f.Path).ToHashSet();
        foreach (var path in HtmlPages.Where(p => !IsMicrosite(p) && !Builds.Page(Result, p).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)))
        {
            var page = Html(path);
            var link = Assert.Single(page.QuerySelectorAll(".language-switch a"));
            var english = path.StartsWith("en/", StringComparison.Ordinal);
            Assert.Equal(english ? "cs" : "en", link.GetAttribute("hreflang"));
            var target = FileOf(link.GetAttribute("href")!);
            Assert.True(files.Contains(target), $"{path}: the switch leads to {target}, which does not exist");
            Assert.NotEqual(english ? "404.html" : "en/404.html", target);
            var nearest = page.QuerySelector(".language-nearest") is not null;
            Assert.Equal(!Alternates(page).ContainsKey(english ? "cs" : "en"), nearest);
        }
        // An untranslated practice's switch goes to the English catalogue, saying so.
        var untranslated = Html("praxe/jihlava-pesi-zona/index.html");
        Assert.Equal(Base + "en/praxe/", untranslated.QuerySelector(".language-switch a")!.GetAttribute("href"));
        Assert.NotNull(untranslated.QuerySelector(".language-nearest"));
        Assert.Equal("en_GB", untranslated.QuerySelector("meta[property='og:locale:alternate']")!.GetAttribute("content"));
        Assert.Equal("cs_CZ", Html("en/index.html").QuerySelector("meta[property='og:locale:alternate']")!.GetAttribute("content"));
    }

    [Fact]
    public void the_sitemap_lists_both_languages_with_the_same_alternates_as_the_pages()
    {
        var sitemap = XDocument.Parse(Builds.Page(Result, "sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(sm + "url").ToList();
        Assert.Contains(urls, u => u.Element(sm + "loc")!.Value == Base + "en/praxe/znojmo-cyklostezky/");
        Assert.DoesNotContain(urls, u => u.Element(sm + "loc")!.Value == Base + "en/404.html");
        foreach (var url in urls)
        {
            var loc = url.Element(sm + "loc")!.Value;
            var links = url.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal(Alternates(Html(FileOf(loc))), links);
        }
        Assert.True(urls.Count(u => u.Elements(xhtml + "link").Any()) > 40);
    }

    [Fact]
    public void the_english_feed_and_calendar_are_in_english()
    {
        var feed = XDocument.Parse(Builds.Page(Result, "en/feed.xml"));
        Assert.Equal("en", feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Contains("Cycle paths around Znojmo", feed.ToString(), StringComparison.Ordinal);
        Assert.Contains("Forum 2021", Builds.Page(Result, "en/akce/kalendar.ics"), StringComparison.Ordinal);
        // An entry shown in Czech says so in the feed.
        Assert.Contains(feed.Root.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")),
            e => e.Attribute(XNamespace.Xml + "lang")?.Value == "cs" && e.Element(XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value == "Zdravotní plán kraje");
    }

    [Fact]
    public void the_english_index_is_written_with_the_english_analysis_and_finds_untranslated_entries_by_their_english_titles()
    {
        var terms = IndexTerms("en/search/");
        var czech = IndexTerms("search/");
        // "Cycling" → "cycl" (lunr's Porter stemmer); the Czech index has its own stems.
        Assert.Contains(EnglishAnalyzer.Stem("cycling"), terms);
        Assert.DoesNotContain(EnglishAnalyzer.Stem("cycling"), czech);
        // An untranslated entry with an English title ('en:') is found by it; English stop words are not indexed.
        Assert.Contains(EnglishAnalyzer.Stem("pedestrian"), terms);
        Assert.DoesNotContain("the", terms);
        var manifest = JsonDocument.Parse(Builds.Page(Result, "en/search/manifest.json"));
        Assert.Equal(Result.State!.Content.Practices.Length + Result.State.Content.Items.Count(i => Result.State.Content.Schema.Kind(i.Kind).Search),
            manifest.RootElement.GetProperty("documents").GetInt32());
        var page = Html("en/hledat/index.html");
        Assert.Equal(["/en/search/manifest.js", "/assets/js/czech-search.js", "/en/search/lunr.min.js", "/en/search/english-lunr.js", "/assets/js/search.js"],
            page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
        Assert.Equal("/en/search/", page.QuerySelector("[data-search]")!.GetAttribute("data-search"));
    }

    private static HashSet<string> IndexTerms(string folder) =>
        [.. Result.Files.Where(f => f.Path.StartsWith(folder + "terms/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal))
            .SelectMany(f => JsonDocument.Parse(f.Content!).RootElement.EnumerateObject().Select(p => p.Name))];

    [Fact]
    public void a_page_may_not_take_the_english_site_s_folder()
    {
        using var site = new TempFolder();
        site.CopyFrom(TestPaths.Fixture("english"));
        File.WriteAllText(site.Combine("content", "pages", "en.md"), "---\ntitle: Anglicky\n---\n\nText.\n");
        var result = Builds.Generate(site.Path);
        Assert.Contains(result.Diagnostics, d => d.Format().StartsWith("content/pages/en.md:1:1: error: the page slug 'en' is used by the site itself (/en/)", StringComparison.Ordinal));
    }
}
