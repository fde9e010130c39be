using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Pipeline;

/// <summary>The sample catalogue in content/ is what a newcomer sees first: it must build cleanly and be complete.</summary>
public class BundledContentTests
{
    private static readonly Lazy<Generator.Pipeline.BuildResult> Result = new(() => Builds.Generate(TestPaths.RepositoryRoot));

    [Fact]
    public void the_bundled_site_builds_without_errors_or_warnings()
    {
        Assert.True(Result.Value.Succeeded, Builds.Errors(Result.Value));
        Assert.Empty(Result.Value.Diagnostics);
    }

    [Fact]
    public void every_practice_file_has_its_page()
    {
        // Translations (<slug>.en.md) are no practices of their own (docs/languages.md).
        var slugs = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "content", "practices"), "*.md")
            .Where(f => Generator.Loading.ContentScanner.TranslationName(f) is null).Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.True(slugs.Count >= 20, $"only {slugs.Count} practices");
        foreach (var slug in slugs) Assert.Contains(Result.Value.Files, f => f.Path == $"praxe/{slug}/index.html");
    }

    [Fact]
    public void the_sample_covers_all_themes_regions_and_member_types()
    {
        var paths = Result.Value.Files.Select(f => f.Path).ToHashSet();
        foreach (var theme in new[] { "sprava-a-rozvoj", "zivotni-prostredi", "spotreba-a-vyroba", "doprava-a-mobilita", "zdravi",
                     "ekonomika-a-podnikani", "vzdelavani-a-vychova", "kultura-a-tradice", "socialni-prostredi", "globalni-odpovednost" })
        {
            Assert.Contains($"temata/{theme}/index.html", paths);
            Assert.Contains("card", Builds.Page(Result.Value, $"temata/{theme}/index.html"));
        }
        Assert.Equal(14, paths.Count(p => p.StartsWith("kraje/") && p.EndsWith("/index.html") && p.Count(c => c == '/') == 2));
        var members = new HtmlParser().ParseDocument(Builds.Page(Result.Value, "clenove/index.html"));
        var types = members.QuerySelectorAll(".term-type").Select(e => e.TextContent).ToHashSet();
        // Every declared member type (městská část included), so each label is seen in lists and facets.
        Assert.True(types.SetEquals(Generator.Schema.ContentSchema.MemberTypes.Select(t => t.Label)), string.Join(", ", types));
    }

    [Fact]
    public void the_home_page_shows_latest_and_awarded_practices_upcoming_events_and_the_ten_themes()
    {
        var home = new HtmlParser().ParseDocument(Builds.Page(Result.Value, "index.html"));
        Assert.Equal(10, home.QuerySelectorAll(".theme-tile").Length);
        Assert.Equal(6, home.QuerySelectorAll("#nejnovejsi-nadpis + .card-grid .card").Length);
        Assert.NotEmpty(home.QuerySelectorAll("#ocenene-nadpis + .card-grid .card .badge"));
        Assert.NotEmpty(home.QuerySelectorAll(".event-card"));
    }
}
