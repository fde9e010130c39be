using System.Text;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Pipeline;

/// <summary>The whole pipeline on the small fixture site, compared with golden files in expected/.</summary>
public class FixtureSiteTests
{
    private static readonly string Basic = TestPaths.Fixture("basic");

    [Theory]
    [InlineData("index.html")]
    [InlineData("praxe/index.html")]
    [InlineData("praxe/znojmo-cyklostezky/index.html")]
    [InlineData("o-nas/index.html")]
    [InlineData("assets/css/themes.css")]
    public void pages_match_their_golden_files(string path)
    {
        var result = Builds.Generate(Basic);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Golden.AssertMatches(Path.Combine(Basic, "expected", path), Builds.Page(result, path));
    }

    [Fact]
    public void builds_one_page_per_published_practice_and_leaves_out_drafts_and_future_entries()
    {
        var result = Builds.Generate(Basic);
        var practicePages = result.Files.Select(f => f.Path).Where(p => p.StartsWith("praxe/") && !p.StartsWith("praxe/strana/")).Order();
        Assert.Equal(["praxe/index.html", "praxe/jihlava-pesi-zona/index.html", "praxe/vysocina-zdravotni-plan/index.html", "praxe/znojmo-cyklostezky/index.html"], practicePages);
    }

    [Fact]
    public void drafts_and_future_entries_are_built_when_asked_for()
    {
        var result = Builds.Generate(Basic, drafts: true);
        Assert.Contains(result.Files, f => f.Path == "praxe/rozpracovana/index.html");
        Assert.Contains(result.Files, f => f.Path == "praxe/budouci/index.html");
    }

    [Fact]
    public void an_entry_page_shows_every_front_matter_fact()
    {
        var html = Builds.Page(Builds.Generate(Basic), "praxe/znojmo-cyklostezky/index.html");
        var document = new HtmlParser().ParseDocument(html);
        var facts = document.QuerySelector(".facts")!.TextContent;
        foreach (var expected in new[] { "Znojmo", "město", "Jihomoravský kraj", "Doprava a mobilita", "Zdraví", "3. Zdraví a kvalitní život",
                     "11. Udržitelná města a obce", "2015", "17. února 2021", "1. března 2022", "cyklistika", "Jana Nováková",
                     "jana@example.org", "+420 123 456 789", "Mapa ke stažení", "NEJpraxe 2019 – 1. místo" })
            Assert.Contains(expected, facts);
        Assert.Equal("Mapa cyklostezek", document.QuerySelector(".prose img")!.GetAttribute("alt"));
        Assert.Equal("/praxe/jihlava-pesi-zona/", document.QuerySelector(".related .card-title a")!.GetAttribute("href"));
        Assert.Equal("/praxe/jihlava-pesi-zona/#jak-to-zacalo", document.QuerySelector(".prose p a")!.GetAttribute("href"));
        Assert.Equal("https://example.org/praxe/znojmo-cyklostezky/", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("cs", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void tags_spelled_differently_share_one_term_page()
    {
        var result = Builds.Generate(Basic);
        var html = Builds.Page(result, "stitky/bezpecnost/index.html");
        Assert.Contains("Cyklostezky kolem Znojma", html);
        Assert.Contains("Pěší zóna v Jihlavě", html);
    }

    [Fact]
    public void two_builds_of_the_same_content_are_byte_identical()
    {
        var first = Builds.Generate(Basic);
        var second = Builds.Generate(Basic);
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        foreach (var (a, b) in first.Files.Zip(second.Files))
            Assert.True(a.Content is null ? a.CopyFrom == b.CopyFrom : a.Content.AsSpan().SequenceEqual(b.Content), a.Path);
    }

    [Fact]
    public void a_site_under_a_sub_path_links_only_inside_it()
    {
        // The link checker runs inside the build: success means every internal link resolved under /katalog/.
        var result = Builds.Generate(Basic, baseUrl: new Uri("https://example.org/katalog/"));
        Assert.True(result.Succeeded, Builds.Errors(result));
        var home = Builds.Page(result, "index.html");
        Assert.Contains("href=\"/katalog/praxe/\"", home);
        Assert.Contains("href=\"/katalog/assets/css/site.css\"", home);
        Assert.DoesNotContain("href=\"/praxe/", home);
    }

    [Fact]
    public void every_page_is_html_with_a_title_a_main_landmark_and_a_skip_link()
    {
        var result = Builds.Generate(Basic);
        var parser = new HtmlParser();
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html")))
        {
            var document = parser.ParseDocument(Encoding.UTF8.GetString(file.Content!));
            Assert.False(string.IsNullOrWhiteSpace(document.Title), file.Path);
            Assert.NotNull(document.QuerySelector("main#obsah"));
            Assert.Equal("#obsah", document.QuerySelector("a.skip-link")!.GetAttribute("href"));
            Assert.Single(document.QuerySelectorAll("h1"));
        }
    }
}
