using System.Text.Json;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>The built site's search files: stock lunr.js loads the index and finds entries; the store has what results and facets show.</summary>
public class SearchOutputTests
{
    private static readonly Lazy<Generator.Pipeline.BuildResult> Basic = new(() => Builds.Generate(TestPaths.Fixture("basic")));

    [Fact]
    public void the_document_store_has_every_published_practice_with_its_facets()
    {
        using var store = JsonDocument.Parse(Builds.Page(Basic.Value, "search/documents.json"));
        var docs = store.RootElement.GetProperty("docs");
        Assert.Equal(["jihlava-pesi-zona", "vysocina-zdravotni-plan", "znojmo-cyklostezky"], docs.EnumerateObject().Select(p => p.Name).Order());
        var doc = docs.GetProperty("znojmo-cyklostezky");
        Assert.Equal("/praxe/znojmo-cyklostezky/", doc.GetProperty("u").GetString());
        var facets = doc.GetProperty("f");
        Assert.Equal(["jihomoravsky"], facets.GetProperty("kraj").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["mesto"], facets.GetProperty("typ").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["doprava-a-mobilita", "zdravi"], facets.GetProperty("tema").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["2015"], facets.GetProperty("rok").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Znojmo · Jihomoravský kraj · od roku 2015 · Doprava a mobilita, Zdraví", doc.GetProperty("l").GetString());
        var region = store.RootElement.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "kraj");
        Assert.Equal("Kraj", region.GetProperty("title").GetString());
        Assert.Contains(region.GetProperty("values").EnumerateArray(), v => v[0].GetString() == "vysocina" && v[1].GetString() == "Kraj Vysočina");
    }

    [Fact]
    public void the_result_line_names_a_town_with_its_region_and_a_region_that_is_the_member_once()
    {
        using var store = JsonDocument.Parse(Builds.Page(Basic.Value, "search/documents.json"));
        var docs = store.RootElement.GetProperty("docs");
        Assert.StartsWith("Znojmo · Jihomoravský kraj · od roku", docs.GetProperty("znojmo-cyklostezky").GetProperty("l").GetString());
        Assert.StartsWith("Kraj Vysočina · od roku", docs.GetProperty("vysocina-zdravotni-plan").GetProperty("l").GetString());
    }

    [Fact]
    public void stock_lunr_loads_the_built_index_and_finds_entries_by_inflected_czech_words()
    {
        using var folder = new TempFolder();
        var index = folder.Write("index.json", Builds.Page(Basic.Value, "search/index.json"));
        var script = folder.Write("query.js", $$"""
            const lunr = require({{JsonSerializer.Serialize(NodeTools.Require("lunr/lunr.js"))}});
            const czech = require({{JsonSerializer.Serialize(Path.Combine(TestPaths.RepositoryRoot, "themes/default/assets/js/czech-lunr.js"))}});
            czech.register(lunr);
            const index = lunr.Index.load(require({{JsonSerializer.Serialize(index)}}));
            for (const q of process.argv.slice(2)) console.log(q + "=" + czech.search(index, q).map(r => r.ref).join(","));
            """);
        var (exitCode, output) = NodeTools.Run("node", script, "cyklostezkami", "pesi zonu", "zdravotnim planem", "Jihlava");
        Assert.True(exitCode == 0, output);
        var results = output.Trim().Split('\n').ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..].Split(','));
        Assert.Equal("znojmo-cyklostezky", results["cyklostezkami"][0]);
        Assert.Equal("jihlava-pesi-zona", results["pesi zonu"][0]);
        Assert.Equal("vysocina-zdravotni-plan", results["zdravotnim planem"][0]);
        Assert.Equal("jihlava-pesi-zona", results["Jihlava"][0]);
    }
}
