using System.Text.Json;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Site;

/// <summary>Střípky ('kind: stripek'): short inspirations listed and searched with full examples, labelled as such.</summary>
public class SnippetTests
{
    private static readonly Lazy<Generator.Pipeline.BuildResult> Bundled = new(() => Builds.Generate(TestPaths.RepositoryRoot));

    [Fact]
    public void a_stripek_is_labelled_on_its_page_and_on_its_card_and_a_full_example_is_not()
    {
        var result = Bundled.Value;
        Assert.True(result.Succeeded, Builds.Errors(result));
        var entry = new HtmlParser().ParseDocument(Builds.Page(result, "praxe/hlinsko-stripek-vymenik-hracek/index.html"));
        Assert.Equal("Střípek", entry.QuerySelector(".practice-header .eyebrow")!.TextContent);
        var catalogue = new HtmlParser().ParseDocument(Builds.Page(result, "praxe/index.html"));
        var cards = catalogue.QuerySelectorAll(".card").ToList();
        var snippet = cards.Single(c => c.QuerySelector(".card-title a")!.GetAttribute("href") == "/praxe/hlinsko-stripek-vymenik-hracek/");
        Assert.Equal("Střípek", snippet.QuerySelector(".card-kind")!.TextContent);
        Assert.Contains("card-snippet", snippet.ClassName);
        Assert.All(cards.Where(c => !c.QuerySelector(".card-title a")!.GetAttribute("href")!.Contains("stripek")), c => Assert.Null(c.QuerySelector(".card-kind")));
        Assert.Null(new HtmlParser().ParseDocument(Builds.Page(result, "praxe/pisek-komunitni-kompostovani/index.html")).QuerySelector(".practice-header .eyebrow"));
    }

    [Fact]
    public void search_documents_offer_the_kind_as_a_facet()
    {
        using var store = JsonDocument.Parse(SearchStore.Json(Bundled.Value));
        var facet = store.RootElement.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "druh");
        // The practices' two kinds, then the kinds of entries with search documents (the bundled site's videos).
        Assert.Equal(["praxe", "stripek", "video"], facet.GetProperty("values").EnumerateArray().Select(v => v[0].GetString()));
        var kinds = store.RootElement.GetProperty("docs").EnumerateObject()
            .ToDictionary(d => d.Name, d => d.Value.GetProperty("f").GetProperty("druh")[0].GetString());
        Assert.Equal(3, kinds.Count(k => k.Value == "stripek"));
        Assert.All(kinds.Where(k => k.Value == "stripek"), k => Assert.Contains("stripek", k.Key));
    }

    [Fact]
    public void a_long_stripek_is_warned_about_at_its_kind_line()
    {
        using var tree = new ContentTree();
        var path = "content/practices/jihlava-pesi-zona.md";
        var text = File.ReadAllText(Path.Combine(tree.Root, path));
        tree.Write(path, text.Replace("year: 2010\n", "year: 2010\nkind: stripek\n") + string.Concat(Enumerable.Repeat(" slovo", 301)) + "\n");
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var warning = Assert.Single(result.Diagnostics, d => d.Location.Path == path);
        Assert.StartsWith($"{path}:7:7: warning: this střípek has ", warning.Format());
        Assert.Equal("Shorten it, or make it a full example: remove 'kind: stripek'.", warning.Hint);
    }

    [Fact]
    public void an_unknown_kind_is_an_error_with_the_allowed_ones()
    {
        using var tree = new ContentTree();
        var path = "content/practices/jihlava-pesi-zona.md";
        tree.Write(path, File.ReadAllText(Path.Combine(tree.Root, path)).Replace("year: 2010\n", "year: 2010\nkind: stripk\n"));
        var error = Assert.Single(Builds.Generate(tree.Root).Diagnostics, d => d.Location.Path == path);
        Assert.Equal($"{path}:7:7: error: unknown kind 'stripk'; did you mean 'stripek'?", error.Format().Split('\n')[0]);
        Assert.Equal("Use one of: praxe, stripek.", error.Hint);
    }
}
