using System.Text.Json;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>The built site's search files: the query engine finds entries in the shards; the store has what results and facets show.</summary>
public class SearchOutputTests
{
    private static readonly Lazy<Generator.Pipeline.BuildResult> Basic = new(() => Builds.Generate(TestPaths.Fixture("basic")));

    [Fact]
    public void the_document_store_has_every_published_practice_with_its_facets()
    {
        using var store = JsonDocument.Parse(SearchStore.Json(Basic.Value));
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
        using var store = JsonDocument.Parse(SearchStore.Json(Basic.Value));
        var docs = store.RootElement.GetProperty("docs");
        Assert.StartsWith("Znojmo · Jihomoravský kraj · od roku", docs.GetProperty("znojmo-cyklostezky").GetProperty("l").GetString());
        Assert.StartsWith("Kraj Vysočina · od roku", docs.GetProperty("vysocina-zdravotni-plan").GetProperty("l").GetString());
    }

    [Fact]
    public void the_query_engine_finds_entries_by_inflected_czech_words_in_the_built_shards()
    {
        using var folder = new TempFolder();
        foreach (var file in Basic.Value.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) && f.Content is not null))
            folder.Write(file.Path, System.Text.Encoding.UTF8.GetString(file.Content!));
        var script = folder.Write("query.js", $$"""
            const fs = require("fs"), path = require("path");
            const js = {{JsonSerializer.Serialize(Path.Combine(TestPaths.RepositoryRoot, "themes/default/assets/js"))}};
            const czechLunr = require(path.join(js, "czech-lunr.js")), czechSearch = require(path.join(js, "czech-search.js"));
            const load = (file) => Promise.resolve(JSON.parse(fs.readFileSync(path.join(__dirname, "search", file), "utf8")));
            (async () => {
              const index = await czechSearch.open(load, czechLunr.terms);
              for (const q of process.argv.slice(2)) {
                const hits = await index.search(q);
                const docs = await index.documents(hits.map(h => h.ref));
                console.log(q + "=" + docs.map(d => d.ref).join(","));
              }
            })();
            """);
        var (exitCode, output) = NodeTools.Run("node", script, "cyklostezkami", "pesi zonu", "zdravotnim planem", "Jihlava");
        Assert.True(exitCode == 0, output);
        var results = output.Trim().Split('\n').ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..].Split(','));
        Assert.Equal("znojmo-cyklostezky", results["cyklostezkami"][0]);
        Assert.Equal("jihlava-pesi-zona", results["pesi zonu"][0]);
        Assert.Equal("vysocina-zdravotni-plan", results["zdravotnim planem"][0]);
        Assert.Equal("jihlava-pesi-zona", results["Jihlava"][0]);
    }

    [Fact]
    public void every_search_file_has_a_gzip_sibling_with_the_same_bytes_and_none_other_and_the_whole_lunr_index_is_gone()
    {
        var search = Basic.Value.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Path);
        Assert.Contains(SearchIndexBuilder.ManifestPath, search.Keys);
        Assert.Contains(SearchIndexBuilder.FacetsPath, search.Keys);
        Assert.Contains(SearchIndexBuilder.ShardPath(0), search.Keys);
        Assert.Contains(SearchIndexBuilder.ChunkPath(0), search.Keys);
        Assert.DoesNotContain("search/index.json", search.Keys);
        var originals = search.Where(f => !f.Key.EndsWith(".gz", StringComparison.Ordinal)).ToList();
        // No .br siblings (docs/decisions/0025): a file and its .gz, nothing else.
        Assert.DoesNotContain(search.Keys, p => p.EndsWith(".br", StringComparison.Ordinal));
        Assert.Equal(originals.Count * 2, search.Count);
        foreach (var (path, file) in originals)
        {
            Assert.True(search.TryGetValue(path + ".gz", out var gz), $"{path} has no .gz sibling");
            Assert.Equal(file.Content, Inflate(new System.IO.Compression.GZipStream(new MemoryStream(gz.Content!), System.IO.Compression.CompressionMode.Decompress)));
        }
        // The same build again gives the same bytes, .gz files included (no timestamp in the gzip header).
        var again = Builds.Generate(TestPaths.Fixture("basic")).Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal));
        Assert.All(again, f => Assert.Equal(search[f.Path].Content, f.Content));
    }

    [Fact]
    public void a_build_without_precompression_as_serve_runs_it_writes_the_same_search_files_without_siblings()
    {
        var source = TestPaths.Fixture("basic");
        var plain = new SiteGenerator(new BuildOptions { SourceDirectory = source, OutputDirectory = Path.Combine(source, "site-output"), Now = Builds.Now, Precompress = false })
            .Generate().Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Path);
        var built = Basic.Value.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Path);
        Assert.DoesNotContain(plain.Keys, p => p.EndsWith(Precompressed.GzipSuffix, StringComparison.Ordinal));
        Assert.Equal(built.Count, plain.Count * 2);
        Assert.All(plain, f => Assert.Equal(built[f.Key].Content, f.Value.Content));
    }

    private static byte[] Inflate(Stream compressed)
    {
        using (compressed)
        {
            using var plain = new MemoryStream();
            compressed.CopyTo(plain);
            return plain.ToArray();
        }
    }

    [Fact]
    public void a_facet_row_holds_a_document_s_values_in_every_facet_in_fixed_width_codes()
    {
        Assert.Equal(1, FacetRows.Width(62));
        Assert.Equal(2, FacetRows.Width(63));
        var rows = new FacetRows([["a", "b", "c", "d"], [.. Enumerable.Range(0, 100).Select(i => $"v{i}")], ["x"]]);
        Assert.Equal("3.0001.0", rows.Row([["d"], ["v0", "v1"], ["x"]]));
        Assert.Equal("01.1c", rows.Row([["a", "b"], ["v74"], []]));
        Assert.Equal("", rows.Row([[], [], []]));
        Assert.Equal("..0", rows.Row([[], [], ["x"]]));
        Assert.Throws<ArgumentException>(() => rows.Row([["e"], [], []]));
        Assert.Throws<ArgumentException>(() => rows.Row([["a"], []]));
    }
}
