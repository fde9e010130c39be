using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Site;

/// <summary>
/// The accessibility statement (law 99/2019 Sb. § 8, the EU model of Implementing Decision (EU) 2018/1523): on every
/// site of the bundled content, linked from every page, with every part the law asks for, and its JSON twin.
/// </summary>
public class AccessibilityStatementTests
{
    private static readonly Lazy<BuildResult> Bundled = new(() => Builds.Generate(TestPaths.RepositoryRoot));
    private const string Microsite = "konference-2021/";

    private static IDocument Html(BuildResult result, string path) => new HtmlParser().ParseDocument(Builds.Page(result, path));

    private static JsonElement Json(BuildResult result, string path) => JsonDocument.Parse(Builds.Page(result, path)).RootElement;

    [Theory]
    [InlineData("")]
    [InlineData(Microsite)]
    public void the_statement_page_has_every_part_the_law_and_the_eu_model_ask_for(string site)
    {
        Assert.True(Bundled.Value.Succeeded, Builds.Errors(Bundled.Value));
        var page = Html(Bundled.Value, site + "prohlaseni-o-pristupnosti/index.html");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Equal("Prohlášení o přístupnosti", page.QuerySelector("h1")!.TextContent);
        // The body and the website it covers.
        Assert.Contains("Národní síť Zdravých měst České republiky se zavazuje ke zpřístupnění", text);
        Assert.Contains("zákonem č. 99/2019", text);
        Assert.Contains("(EU) 2016/2102", text);
        var website = site == "" ? "https://www.dobrapraxe.cz/" : "https://konference2021.zdravamesta.cz/";
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == website);
        // Each section of the model, by its heading.
        var headings = page.QuerySelectorAll("h2").Select(h => h.Id).ToList();
        Assert.Superset(new HashSet<string> { "stav-souladu", "vypracovani", "zpetna-vazba", "vymahani" }, headings.OfType<string>().ToHashSet());
        // Preparation and review dates, machine-readable, and the method.
        var times = page.QuerySelectorAll("#vypracovani ~ p time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2026-11-20", "2026-11-20"], times);
        Assert.Equal("vlastní posouzení", page.QuerySelector(".statement-method")!.TextContent);
        // The automated checks the suite runs, each one listed.
        Assert.Equal(AutomatedChecks.All.Select(c => TestWords.Czech[c.Description]), page.QuerySelectorAll(".statement-checks li").Select(li => li.TextContent));
        // Feedback: an e-mail link; enforcement: a link to the supervising authority.
        var email = site == "" ? "info@zdravamesta.cz" : "konference@zdravamesta.cz";
        Assert.Contains(page.QuerySelectorAll(".statement-contact a"), a => a.GetAttribute("href") == "mailto:" + email);
        Assert.Equal("https://dia.gov.cz/", page.QuerySelector(".statement-enforcement")!.GetAttribute("href"));
        Assert.Equal("/prohlaseni-o-pristupnosti/prohlaseni.json", page.QuerySelector(".statement-json a")!.GetAttribute("href"));
    }

    [Fact]
    public void the_main_site_is_partially_compliant_and_names_its_non_accessible_content_with_reason_and_alternative()
    {
        var page = Html(Bundled.Value, "prohlaseni-o-pristupnosti/index.html");
        Assert.Equal("castecne", page.QuerySelector(".statement-status")!.GetAttribute("data-status"));
        Assert.Contains("částečně v souladu", page.QuerySelector(".statement-status")!.TextContent);
        var item = Assert.Single(page.QuerySelectorAll(".statement-items li"));
        Assert.Equal("nesoulad", item.GetAttribute("data-reason"));
        Assert.Contains("PDF", item.TextContent);
        Assert.Contains("Přístupná alternativa:", item.TextContent);
    }

    [Fact]
    public void the_microsite_keeps_its_own_status_and_contact_and_inherits_the_rest()
    {
        var json = Json(Bundled.Value, Microsite + "prohlaseni-o-pristupnosti/prohlaseni.json");
        Assert.Equal("plne", json.GetProperty("status").GetString());
        Assert.Equal(0, json.GetProperty("non_accessible").GetArrayLength());
        Assert.Equal("konference@zdravamesta.cz", json.GetProperty("feedback").GetProperty("email").GetString());
        Assert.Equal("Národní síť Zdravých měst České republiky", json.GetProperty("body").GetString());
        Assert.Equal("https://konference2021.zdravamesta.cz/prohlaseni-o-pristupnosti/", json.GetProperty("statement").GetString());
        Assert.Empty(Html(Bundled.Value, Microsite + "prohlaseni-o-pristupnosti/index.html").QuerySelectorAll(".statement-items"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(Microsite)]
    public void the_json_twin_says_what_the_page_says(string site)
    {
        var page = Html(Bundled.Value, site + "prohlaseni-o-pristupnosti/index.html");
        var json = Json(Bundled.Value, site + "prohlaseni-o-pristupnosti/prohlaseni.json");
        var text = page.QuerySelector("main")!.TextContent;
        foreach (var key in new[] { "body", "status_label", "method_label" }) Assert.Contains(json.GetProperty(key).GetString()!, text);
        Assert.Equal(page.QuerySelector(".statement-status")!.GetAttribute("data-status"), json.GetProperty("status").GetString());
        Assert.Equal(page.QuerySelectorAll("#vypracovani ~ p time").Select(t => t.GetAttribute("datetime")),
            [json.GetProperty("prepared").GetString(), json.GetProperty("reviewed").GetString()]);
        Assert.Equal(page.QuerySelectorAll(".statement-items li").Length, json.GetProperty("non_accessible").GetArrayLength());
        foreach (var item in json.GetProperty("non_accessible").EnumerateArray())
        {
            Assert.Contains(item.GetProperty("content").GetString()!, text);
            Assert.Contains(item.GetProperty("reason_label").GetString()!, text);
        }
        Assert.Contains("mailto:" + json.GetProperty("feedback").GetProperty("email").GetString(), page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(json.GetProperty("enforcement").GetProperty("url").GetString(), page.QuerySelector(".statement-enforcement")!.GetAttribute("href"));
        Assert.Equal(AutomatedChecks.All.Select(c => TestWords.Czech[c.Description]), json.GetProperty("automated_checks").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void every_page_of_the_main_site_and_the_microsite_links_to_its_statement_from_the_footer()
    {
        var pages = Bundled.Value.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages");
        Assert.Contains(pages, p => p.Path.StartsWith(Microsite, StringComparison.Ordinal));
        var files = Bundled.Value.Files.Select(f => f.Path).ToHashSet();
        foreach (var file in pages)
        {
            // The English site (/en/) has its own statement, in English.
            var site = file.Path.StartsWith(Microsite, StringComparison.Ordinal) ? Microsite : file.Path.StartsWith("en/", StringComparison.Ordinal) ? "en/" : "";
            var title = site == "en/" ? TestWords.English[GeneratorWords.StatementTitle] : "Prohlášení o přístupnosti";
            var links = Html(Bundled.Value, file.Path).QuerySelectorAll("footer a").Where(a => a.TextContent == title).ToList();
            var link = Assert.Single(links);
            // Each at its own address: the statement is named in the language of its site.
            var statement = site == "en/" ? "accessibility-statement/" : "prohlaseni-o-pristupnosti/";
            // A microsite is served from its own root.
            Assert.Equal(site == Microsite ? "/" + statement : "/" + site + statement, link.GetAttribute("href"));
            Assert.Contains(site + statement + "index.html", files);
        }
    }

    [Theory]
    [InlineData("sitemap.xml", "https://www.dobrapraxe.cz/prohlaseni-o-pristupnosti/")]
    [InlineData(Microsite + "sitemap.xml", "https://konference2021.zdravamesta.cz/prohlaseni-o-pristupnosti/")]
    public void the_statement_is_in_each_sites_sitemap(string sitemap, string url) =>
        Assert.Contains($"<loc>{url}</loc>", Builds.Page(Bundled.Value, sitemap));

    [Fact]
    public void the_method_section_names_only_checks_the_browser_tests_really_run()
    {
        var tests = Path.Combine(TestPaths.RepositoryRoot, "tests", "Browser.Tests");
        foreach (var check in AutomatedChecks.All)
            Assert.True(File.ReadAllText(Path.Combine(tests, check.TestFile)).Contains(check.Marker, StringComparison.Ordinal),
                $"the statement claims '{check.Description}', but {check.TestFile} no longer has '{check.Marker}'");
        // The statement pages themselves are among the page types the browser tests check (axe, Nu, keyboard, no script).
        var types = File.ReadAllText(Path.Combine(tests, "PageTypes.cs"));
        Assert.Contains("\"prohlaseni-o-pristupnosti/\", false", types);
        Assert.Contains("\"prohlaseni-o-pristupnosti/\", true", types);
    }
}
