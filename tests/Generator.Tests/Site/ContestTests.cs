using System.Text.Json;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Site;

/// <summary>The NEJpraxe contest: 'nejpraxe: { year, place? }', its rules, and /nejpraxe/ with a page per year.</summary>
public class ContestTests
{
    private static readonly Lazy<Generator.Pipeline.BuildResult> Bundled = new(() => Builds.Generate(TestPaths.RepositoryRoot));
    private static AngleSharp.Html.Dom.IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Builds.Page(Bundled.Value, path));

    [Fact]
    public void the_contest_page_lists_every_year_newest_first_winners_by_place_then_participants()
    {
        Assert.True(Bundled.Value.Succeeded, Builds.Errors(Bundled.Value));
        var page = Html("nejpraxe/index.html");
        var years = page.QuerySelectorAll("section h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(years.OrderByDescending(y => y, StringComparer.Ordinal), years);
        Assert.Equal("NEJpraxe 2024", years[0]);
        var y2024 = page.QuerySelectorAll("section")[0].QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.StartsWith("1. místo", y2024[0].Trim());
        Assert.StartsWith("2. místo", y2024[1].Trim());
        Assert.StartsWith("3. místo", y2024[2].Trim());
        Assert.All(y2024.Skip(3), li => Assert.StartsWith("soutěžní praxe", li.Trim()));
        var year = Html("nejpraxe/2024/index.html");
        Assert.Equal("/praxe/opava-hospodareni-s-destovou-vodou/", year.QuerySelector(".card-title a")!.GetAttribute("href"));
    }

    [Fact]
    public void an_entry_shows_its_place_the_home_page_the_latest_winners_and_the_awards_page_both_kinds_of_prize()
    {
        var entry = Html("praxe/opava-hospodareni-s-destovou-vodou/index.html");
        Assert.Contains("NEJpraxe 2024 – 1. místo", entry.QuerySelector(".practice-header")!.TextContent);
        Assert.Equal("/nejpraxe/2024/", entry.QuerySelector(".practice-header .badge-link")!.GetAttribute("href"));
        Assert.Contains("NEJpraxe 2024 – soutěžní praxe", Html("praxe/pisek-komunitni-kompostovani/index.html").QuerySelector(".facts")!.TextContent);
        var home = Html("index.html").QuerySelector("section[aria-labelledby=nejpraxe-nadpis]")!;
        Assert.Equal("Vítězové NEJpraxe 2024", home.QuerySelector("h2")!.TextContent);
        Assert.Equal(3, home.QuerySelectorAll(".card").Length);
        var awards = Html("ocenene/index.html").Body!.TextContent;
        Assert.Contains("NEJpraxe, 1. místo", awards);
        Assert.Contains("Cena Ministerstva životního prostředí", awards);
    }

    [Fact]
    public void search_filters_by_contest_year()
    {
        using var store = JsonDocument.Parse(SearchStore.Json(Bundled.Value));
        var facet = store.RootElement.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "nejpraxe");
        Assert.Equal("2024", facet.GetProperty("values")[0][0].GetString());
        Assert.Equal(["2024"], store.RootElement.GetProperty("docs").GetProperty("pisek-komunitni-kompostovani").GetProperty("f").GetProperty("nejpraxe").EnumerateArray().Select(v => v.GetString()));
    }

    [Theory]
    [InlineData("jihlava-pesi-zona.md", "year: 2010\n", "year: 2010\nkind: stripek\nnejpraxe: { year: 2024 }\n",
        "content/practices/jihlava-pesi-zona.md:8:11: error: a střípek cannot compete in NEJpraxe; only full examples can")]
    [InlineData("jihlava-pesi-zona.md", "year: 2010\n", "year: 2010\nnejpraxe: { year: 2017 }\n",
        "content/practices/jihlava-pesi-zona.md:7:19: error: 'year' must be between 2018 and 2027, not 2017")]
    public void contest_rules_are_errors_at_their_line(string file, string line, string replacement, string expected)
    {
        using var tree = new ContentTree();
        var path = Path.Combine(tree.Root, "content/practices", file);
        tree.Write("content/practices/" + file, File.ReadAllText(path).Replace(line, replacement));
        var result = Builds.Generate(tree.Root);
        Assert.Contains(result.Diagnostics, d => d.Format().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void a_third_entry_of_one_member_in_one_year_is_an_error_at_each_naming_the_others()
    {
        using var tree = new ContentTree();
        foreach (var name in new[] { "a", "b", "c" })
            tree.Write($"content/practices/soutez-{name}.md", $"---\ntitle: Soutěž {name}\nsummary: Shrnutí.\nmember: jihlava\nthemes: [zdravi]\nyear: 2020\ndate: 2024-01-02\nnejpraxe: {{ year: 2024 }}\n---\n\nText.\n");
        var errors = Builds.Generate(tree.Root).Diagnostics.Where(d => d.Message.Contains("entries in NEJpraxe 2024")).ToList();
        Assert.Equal(3, errors.Count);
        var a = errors.Single(e => e.Location.Path == "content/practices/soutez-a.md");
        Assert.Equal(8, a.Location.Line);
        Assert.Contains("content/practices/soutez-b.md, content/practices/soutez-c.md", a.Message);
    }
}
