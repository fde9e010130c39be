using System.Xml.Linq;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Pipeline;

/// <summary>Browsing: taxonomies, pagination, feed, sitemap and robots, on fixture sites.</summary>
public class CatalogueTests
{
    private static readonly Lazy<BuildResult> Basic = new(() => Builds.Generate(TestPaths.Fixture("basic")));
    private static readonly HtmlParser Parser = new();

    private static string[] CardTitles(BuildResult result, string path) =>
        [.. Parser.ParseDocument(Builds.Page(result, path)).QuerySelectorAll("main .card-title a").Select(a => a.TextContent)];

    [Theory]
    [InlineData("temata/doprava-a-mobilita/index.html", new[] { "Cyklostezky kolem Znojma", "Pěší zóna v Jihlavě" })]
    [InlineData("temata/zdravi/index.html", new[] { "Cyklostezky kolem Znojma", "Zdravotní plán kraje" })]
    [InlineData("temata/zivotni-prostredi/index.html", new string[0])]
    [InlineData("kraje/vysocina/index.html", new[] { "Pěší zóna v Jihlavě", "Zdravotní plán kraje" })]
    [InlineData("kraje/jihomoravsky/index.html", new[] { "Cyklostezky kolem Znojma" })]
    [InlineData("clenove/kraj-vysocina/index.html", new[] { "Zdravotní plán kraje" })]
    [InlineData("cile/3/index.html", new[] { "Cyklostezky kolem Znojma" })]
    [InlineData("roky/2010/index.html", new[] { "Pěší zóna v Jihlavě" })]
    [InlineData("stitky/cyklistika/index.html", new[] { "Cyklostezky kolem Znojma" })]
    public void every_term_page_lists_exactly_its_published_entries_newest_first(string path, string[] titles) =>
        Assert.Equal(titles, CardTitles(Basic.Value, path));

    [Fact]
    public void taxonomy_indexes_show_each_term_with_its_count()
    {
        // The regions have tiles: their list is the map, and its table is the text with the counts.
        var regions = Parser.ParseDocument(Builds.Page(Basic.Value, "kraje/index.html"));
        Assert.Equal(["Jihomoravský kraj 1", "Kraj Vysočina 2"],
            regions.QuerySelectorAll(".map-table tbody tr").Select(tr => string.Join(' ', tr.Children.Select(cell => cell.TextContent.Trim()))));
        var members = Parser.ParseDocument(Builds.Page(Basic.Value, "clenove/index.html"));
        Assert.Equal(["Jihomoravský kraj", "Kraj Vysočina"], members.QuerySelectorAll(".member-group h2").Select(h => h.TextContent));
        Assert.Contains("kraj", members.QuerySelectorAll(".term-type").Select(e => e.TextContent));
        var goals = Parser.ParseDocument(Builds.Page(Basic.Value, "cile/index.html"));
        Assert.Contains("3. Zdraví a kvalitní život", goals.QuerySelectorAll(".term-list a").Select(a => a.TextContent));
    }

    [Fact]
    public void every_term_of_every_taxonomy_has_a_page()
    {
        var paths = Basic.Value.Files.Select(f => f.Path).ToHashSet();
        string[] expected =
        [
            "temata/zdravi/", "temata/doprava-a-mobilita/", "temata/zivotni-prostredi/", "kraje/jihomoravsky/", "kraje/vysocina/",
            "clenove/znojmo/", "clenove/jihlava/", "clenove/kraj-vysocina/", "roky/2015/", "roky/2010/", "roky/2008/",
            "stitky/cyklistika/", "stitky/bezpecnost/", "stitky/chodci/", "cile/11/", "ocenene/",
        ];
        foreach (var path in expected) Assert.Contains(path + "index.html", paths);
        Assert.Equal(17, paths.Count(p => p.StartsWith("cile/") && p != "cile/index.html"));
    }

    [Fact]
    public void a_member_page_shows_the_profile_and_the_events_naming_the_member()
    {
        var page = Parser.ParseDocument(Builds.Page(Basic.Value, "clenove/jihlava/index.html"));
        Assert.Contains("Kraj Vysočina", page.QuerySelector(".member-facts")!.TextContent);
        Assert.Equal(["Škola Zdravých měst – jaro"], page.QuerySelectorAll(".event-card .card-title").Select(e => e.TextContent));
    }

    [Theory]
    [InlineData(20, new[] { 20 })]
    [InlineData(21, new[] { 20, 1 })]
    [InlineData(40, new[] { 20, 20 })]
    [InlineData(41, new[] { 20, 20, 1 })]
    public void the_catalogue_is_split_into_pages_of_twenty(int entries, int[] perPage)
    {
        using var tree = new ContentTree();
        foreach (var file in Directory.GetFiles(Path.Combine(tree.Root, "content", "practices"))) File.Delete(file);
        tree.Write("content/pages/o-nas.md", "---\ntitle: O nás\n---\nText.\n");
        for (var i = 1; i <= entries; i++)
            tree.Write($"content/practices/praxe-{i:000}.md",
                $"---\ntitle: Praxe {i:000}\nsummary: Shrnutí.\nmember: znojmo\nthemes: [zdravi]\nyear: 2015\ndate: 2020-01-{(i % 28) + 1:00}\n---\nText.\n");
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));

        var counts = perPage.Select((_, i) => CardTitles(result, i == 0 ? "praxe/index.html" : $"praxe/strana/{i + 1}/index.html").Length);
        Assert.Equal(perPage, counts);
        Assert.DoesNotContain(result.Files, f => f.Path == $"praxe/strana/{perPage.Length + 1}/index.html");
        // Every entry is listed exactly once across the pages, and the theme's term pages split the same way.
        var all = perPage.SelectMany((_, i) => CardTitles(result, i == 0 ? "praxe/index.html" : $"praxe/strana/{i + 1}/index.html")).ToList();
        Assert.Equal(entries, all.Distinct().Count());
        Assert.Equal(perPage.Length > 1, result.Files.Any(f => f.Path == "temata/zdravi/strana/2/index.html"));

        if (perPage.Length > 1)
        {
            var second = Parser.ParseDocument(Builds.Page(result, "praxe/strana/2/index.html"));
            Assert.Equal("/praxe/", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
            Assert.Equal("2", second.QuerySelector(".pagination a[aria-current=page]")!.TextContent);
        }
    }

    [Fact]
    public void long_lists_show_a_window_of_page_numbers_not_all_of_them()
    {
        using var tree = new ContentTree();
        tree.Write("content/site.yml", File.ReadAllText(Path.Combine(tree.Root, "content/site.yml")) + "per_page: 1\n");
        for (var i = 1; i <= 7; i++)
            tree.Write($"content/practices/navic-{i}.md", $"---\ntitle: Navíc {i}\nsummary: S.\nmember: znojmo\nthemes: [zdravi]\nyear: 2015\ndate: 2019-0{i}-01\n---\nText.\n");
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var page = Parser.ParseDocument(Builds.Page(result, "praxe/strana/5/index.html"));
        Assert.Equal(["‹ Předchozí", "1", "…", "3", "4", "5", "6", "7", "…", "10", "Další ›"],
            page.QuerySelectorAll(".pagination li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void the_feed_is_well_formed_atom_with_absolute_urls_and_dates_from_content()
    {
        var feed = XDocument.Parse(Builds.Page(Basic.Value, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal("2022-03-01T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
        Assert.Equal("https://example.org/praxe/znojmo-cyklostezky/", entries[0].Element(atom + "id")!.Value);
        Assert.All(feed.Descendants(atom + "link"), l => Assert.StartsWith("https://example.org/", l.Attribute("href")!.Value));
    }

    [Fact]
    public void the_sitemap_lists_every_page_but_404_with_absolute_urls_and_lastmod()
    {
        var sitemap = XDocument.Parse(Builds.Page(Basic.Value, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        var htmlPages = Basic.Value.Files.Count(f => f.Path.EndsWith(".html") && f.Path != "404.html" && !f.Path.StartsWith("konference-"));
        Assert.Equal(htmlPages, urls.Count);
        Assert.All(urls.Keys, u => Assert.StartsWith("https://example.org/", u));
        Assert.Equal("2022-03-01", urls["https://example.org/praxe/znojmo-cyklostezky/"]);
        Assert.DoesNotContain("https://example.org/404.html", urls.Keys);
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n", Builds.Page(Basic.Value, "robots.txt"));
    }

    [Fact]
    public void feed_sitemap_and_canonical_urls_follow_a_sub_path_base_url()
    {
        var result = Builds.Generate(TestPaths.Fixture("basic"), baseUrl: new Uri("https://example.org/katalog/"));
        Assert.Contains("<loc>https://example.org/katalog/praxe/</loc>", Builds.Page(result, "sitemap.xml"));
        Assert.Contains("Sitemap: https://example.org/katalog/sitemap.xml", Builds.Page(result, "robots.txt"));
        Assert.Contains("href=\"https://example.org/katalog/feed.xml\"", Builds.Page(result, "feed.xml"));
    }

    [Fact]
    public void the_awards_page_lists_winners_by_year()
    {
        var page = Parser.ParseDocument(Builds.Page(Basic.Value, "ocenene/index.html"));
        Assert.Equal("2019", page.QuerySelector("main h2")!.TextContent);
        Assert.Contains("Cyklostezky kolem Znojma", page.QuerySelector(".award-list")!.TextContent);
    }
}
