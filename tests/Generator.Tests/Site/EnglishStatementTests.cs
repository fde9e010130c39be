using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Site;

/// <summary>
/// The accessibility statement of a site in English too (issue 30): its own address, /en/accessibility-statement/, in the
/// EU model's English words, with the English texts of 'accessibility: en:' and, where it gives none, the Czech texts
/// marked lang="cs"; paired with the Czech statement both ways. And the errors of the 'en:' section, at their lines.
/// </summary>
public class EnglishStatementTests
{
    private static readonly Lazy<BuildResult> Bundled = new(() => Builds.Generate(TestPaths.RepositoryRoot));
    private static readonly Lazy<BuildResult> Fixture = new(() => Builds.Generate(TestPaths.Fixture("english")));

    private static IDocument Html(BuildResult result, string path)
    {
        Assert.True(result.Succeeded, Builds.Errors(result));
        return new HtmlParser().ParseDocument(Builds.Page(result, path));
    }

    [Fact]
    public void the_statement_is_named_in_each_language_once_for_every_language_the_generator_writes()
    {
        Assert.Equal("prohlaseni-o-pristupnosti/", Routes.Accessibility("cs"));
        Assert.Equal("accessibility-statement/", Routes.Accessibility("en"));
        Assert.Equal("accessibility-statement/statement.json", Routes.AccessibilityJson("en"));
        foreach (var language in LanguageRules.Supported) Assert.True(Routes.NamesStatementIn(language.Code), language.Code);
        Assert.Equal("accessibility-statement/", Routes.Counterpart("prohlaseni-o-pristupnosti/", "cs", "en"));
        Assert.Equal("prohlaseni-o-pristupnosti/prohlaseni.json", Routes.Counterpart("accessibility-statement/statement.json", "en", "cs"));
        Assert.Equal("praxe/", Routes.Counterpart("praxe/", "cs", "en"));
    }

    [Fact]
    public void the_english_statement_has_its_own_address_and_the_eu_model_s_english_words_with_site_yml_s_english_texts()
    {
        var files = Bundled.Value.Files.Select(f => f.Path).ToHashSet();
        Assert.Contains("en/accessibility-statement/index.html", files);
        Assert.Contains("en/accessibility-statement/statement.json", files);
        Assert.DoesNotContain("en/prohlaseni-o-pristupnosti/index.html", files);
        var page = Html(Bundled.Value, "en/accessibility-statement/index.html");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Accessibility statement", page.QuerySelector("h1")!.TextContent);
        var text = page.QuerySelector("main")!.TextContent;
        // The model statement of Implementing Decision (EU) 2018/1523, in its English words, with 'en: body'.
        Assert.Contains("Healthy Cities of the Czech Republic is committed to making its website accessible, in accordance with Act No. 99/2019 Coll.", text);
        Assert.Contains("Directive (EU) 2016/2102", text);
        Assert.Contains("This website is partially compliant with Act No. 99/2019 Coll. due to the non-compliances and exemptions listed below.", text);
        Assert.Contains("The content listed below is non-accessible for the following reasons:", text);
        Assert.Contains("This statement was prepared on 20 November 2026.", text);
        Assert.Equal(["Compliance status", "Non-accessible content", "Preparation of this accessibility statement", "Feedback and contact information", "Enforcement procedure"],
            page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        // Every text of site.yml has its English ('en:'), so nothing is marked Czech; the authority has its English name.
        Assert.Empty(page.QuerySelectorAll("main [lang]"));
        Assert.Contains("Some attachments in PDF", page.QuerySelector(".statement-items")!.TextContent);
        Assert.Equal("Office of the Healthy Cities of the Czech Republic", page.QuerySelector(".statement-contact li")!.TextContent);
        Assert.Equal("Digital and Information Agency", page.QuerySelector(".statement-enforcement")!.TextContent);
        Assert.Equal("/en/accessibility-statement/statement.json", page.QuerySelector(".statement-json a")!.GetAttribute("href"));
        Assert.Equal("statement.json", page.QuerySelector(".statement-json a")!.TextContent);
        // Its JSON twin says the same, in English.
        var json = JsonDocument.Parse(Builds.Page(Bundled.Value, "en/accessibility-statement/statement.json")).RootElement;
        Assert.Equal("https://www.dobrapraxe.cz/en/accessibility-statement/", json.GetProperty("statement").GetString());
        Assert.Equal("Healthy Cities of the Czech Republic", json.GetProperty("body").GetString());
        Assert.Equal("partially compliant", json.GetProperty("status_label").GetString());
        Assert.Equal("Digital and Information Agency", json.GetProperty("enforcement").GetProperty("name").GetString());
    }

    [Fact]
    public void the_two_statements_pair_both_ways_and_each_footer_links_to_its_own()
    {
        var czech = Html(Bundled.Value, "prohlaseni-o-pristupnosti/index.html");
        var english = Html(Bundled.Value, "en/accessibility-statement/index.html");
        var alternates = new Dictionary<string, string>
        {
            ["cs"] = "https://www.dobrapraxe.cz/prohlaseni-o-pristupnosti/", ["en"] = "https://www.dobrapraxe.cz/en/accessibility-statement/",
            ["x-default"] = "https://www.dobrapraxe.cz/prohlaseni-o-pristupnosti/",
        };
        foreach (var page in new[] { czech, english })
            Assert.Equal(alternates, page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!));
        Assert.Equal(alternates["en"], czech.QuerySelector(".language-switch a")!.GetAttribute("href"));
        Assert.Equal(alternates["cs"], english.QuerySelector(".language-switch a")!.GetAttribute("href"));
        Assert.Null(english.QuerySelector(".language-nearest"));
        Assert.Equal("/en/accessibility-statement/", Html(Bundled.Value, "en/index.html").QuerySelector("footer .footer-accessibility")!.GetAttribute("href"));
        var sitemap = Builds.Page(Bundled.Value, "sitemap.xml");
        Assert.Contains("<loc>https://www.dobrapraxe.cz/en/accessibility-statement/</loc>", sitemap);
    }

    [Fact]
    public void without_english_texts_the_czech_ones_are_shown_marked_as_czech_and_the_authority_has_its_english_name()
    {
        var page = Html(Fixture.Value, "en/accessibility-statement/index.html");
        Assert.Equal("""<span lang="cs">Město Testov</span> is committed to making its website accessible""",
            page.QuerySelector(".lead")!.InnerHtml[..("<span lang=\"cs\">Město Testov</span> is committed to making its website accessible".Length)]);
        var item = page.QuerySelector(".statement-items li")!;
        Assert.Equal("cs", item.QuerySelector("p")!.GetAttribute("lang"));
        Assert.Equal("Mapa je obrázek", item.QuerySelector("p")!.TextContent);
        Assert.Equal("cs", item.QuerySelector("span[lang]")!.GetAttribute("lang"));
        Assert.Equal("cs", page.QuerySelector(".statement-contact li")!.GetAttribute("lang"));
        Assert.Equal("Digital and Information Agency", page.QuerySelector(".statement-enforcement")!.TextContent);
        Assert.Null(page.QuerySelector(".statement-enforcement")!.GetAttribute("lang"));
        // The Czech statement marks nothing: it is in its own language.
        Assert.Empty(Html(Fixture.Value, "prohlaseni-o-pristupnosti/index.html").QuerySelectorAll("main [lang]"));
    }

    private static List<string> Errors(string siteYmlAddition, string fixture = "english", string file = "content/site.yml")
    {
        using var tree = new ContentTree(fixture);
        var path = Path.Combine(tree.Root, file);
        File.WriteAllText(path, File.ReadAllText(path) + siteYmlAddition);
        var result = Builds.Generate(tree.Root);
        return [.. result.Diagnostics.Where(d => d.IsError).Select(d => d.Format().Split('\n')[0])];
    }

    [Fact]
    public void english_texts_of_a_site_not_published_in_english_yet_are_checked_and_wait()
    {
        // As a translation (x.en.md) does: written before English is switched on, read and checked, published once it is.
        using var tree = new ContentTree();
        tree.Write("content/site.yml", File.ReadAllText(Path.Combine(tree.Root, "content/site.yml")) +
            "accessibility:\n  body: Město Testov\n  status: plne\n  prepared: 2026-01-15\n  contact: { email: podatelna@testov.cz }\n  en: { body: Testov, contact: { name: Office } }\n");
        var lines = File.ReadAllLines(Path.Combine(tree.Root, "content/site.yml")).Length;
        var result = Builds.Generate(tree.Root);
        Assert.Equal([$"content/site.yml:{lines}:40: error: 'en: contact: name' is the English of 'contact: name', which this statement does not set"],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.Format().Split('\n')[0]));
        tree.Write("content/site.yml", File.ReadAllText(Path.Combine(tree.Root, "content/site.yml")).Replace(", contact: { name: Office }", "", StringComparison.Ordinal));
        var clean = Builds.Generate(tree.Root);
        Assert.True(clean.Succeeded, Builds.Errors(clean));
        Assert.Empty(clean.Diagnostics);
        Assert.DoesNotContain(clean.Files, f => f.Path.StartsWith("en/", StringComparison.Ordinal));
    }

    [Fact]
    public void an_english_text_without_its_czech_one_and_a_different_number_of_items_are_errors_at_their_lines()
    {
        var errors = Errors(
            "  en:\n" +                                                         // line 30
            "    non_accessible:\n" +
            "      - { content: The map is an image, alternative: The table }\n" +
            "      - { content: A second item }\n" +                             // line 33
            "    enforcement: { name: Digital and Information Agency }\n");      // line 34
        Assert.Equal(
        [
            "content/site.yml:32:7: error: 'en: non_accessible' has 2 item(s), 'non_accessible' 1",
            "content/site.yml:34:26: error: 'en: enforcement: name' is the English of 'enforcement: name', which this statement does not set",
        ], errors);
        // A microsite's: its English body without a body of its own (it takes the main site's, with the main site's English).
        var microsite = Errors("accessibility:\n  contact: { email: b@testov.cz }\n  en: { body: Conference B }\n", file: "content/conferences/konference-b/site.yml");
        var line = File.ReadAllLines(Path.Combine(TestPaths.Fixture("english"), "content/conferences/konference-b/site.yml")).Length + 3;
        Assert.Equal([$"content/conferences/konference-b/site.yml:{line}:15: error: 'en: body' is the English of 'body', which this statement does not set"], microsite);
    }
}
