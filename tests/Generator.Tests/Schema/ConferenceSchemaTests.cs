using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Schema;

/// <summary>Conference site.yml read through the declaration: partners as names or groups, the microsite's language.</summary>
public class ConferenceSchemaTests
{
    private const string SiteYml = "content/conferences/konference-a/site.yml";

    [Fact]
    public void partners_may_be_plain_names_or_name_and_url_groups()
    {
        using var tree = new ContentTree();
        var text = File.ReadAllText(Path.Combine(tree.Root, SiteYml));
        tree.Write(SiteYml, text.Replace("  - { name: Kraj }", "  - Masarykova univerzita\n  - Kraj"));
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var partners = new HtmlParser().ParseDocument(Builds.Page(result, "konference-a/index.html")).QuerySelectorAll(".partners li");
        Assert.Equal(["Univerzita", "Masarykova univerzita", "Kraj"], partners.Select(p => p.TextContent.Trim()));
        Assert.Equal("https://www.example.edu/", partners[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void a_partner_that_is_a_list_gets_a_hint_for_partners_not_for_images()
    {
        using var tree = new ContentTree();
        var text = File.ReadAllText(Path.Combine(tree.Root, SiteYml));
        tree.Write(SiteYml, text.Replace("  - { name: Kraj }", "  - [Kraj, Město]"));
        var result = Builds.Generate(tree.Root);
        var error = Assert.Single(result.Diagnostics, d => d.Location.Path == SiteYml);
        Assert.Equal($"{SiteYml}:10:5: error: each item of 'partners' must be a group of fields", error.Format().Split('\n')[0]);
        Assert.Contains("name: Masarykova univerzita", error.Hint);
        Assert.Contains("or just the name", error.Hint);
        Assert.DoesNotContain("src", error.Hint);
    }

    [Fact]
    public void a_microsite_speaks_the_main_site_s_language_unless_its_site_yml_names_one()
    {
        using var tree = new ContentTree();
        // A theme with English words (markers of each Czech one) beside its Czech ones.
        PseudoTheme.Write(tree.Root, LanguageRules.English);
        var text = File.ReadAllText(Path.Combine(tree.Root, SiteYml));
        tree.Write(SiteYml, text + "language: en\n");
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        AngleSharp.Dom.IDocument Page(string path) => new HtmlParser().ParseDocument(Builds.Page(result, path));
        Assert.Equal("en", Page("konference-a/index.html").DocumentElement.GetAttribute("lang"));
        Assert.Equal("cs", Page("konference-b/index.html").DocumentElement.GetAttribute("lang"));
        // Each microsite in its own language's words: the skip link, the menu the planner makes.
        Assert.Equal(PseudoTheme.Marker("chrome.skip_link"), Page("konference-a/index.html").QuerySelector(".skip-link")!.TextContent);
        Assert.Equal("Přejít na obsah", Page("konference-b/index.html").QuerySelector(".skip-link")!.TextContent);
        Assert.Equal(PseudoTheme.Marker("nav.home"), Page("konference-a/index.html").QuerySelector(".main-nav a")!.TextContent);
    }
}
