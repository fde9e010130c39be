using System.Text.Json;
using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>
/// The facet values the search page counts come with the shards of a query's terms (FacetRows in ShardedIndexWriter):
/// czech-search.js on the bundled site's built files knows every hit's values, equal to the model's, without fetching
/// search/facets.json; that file gives every entry's, and the manifest's counts are the whole catalogue's.
/// </summary>
public class FacetRowsTests
{
    private static readonly Lazy<Generator.Pipeline.BuildResult> Bundled = new(() => Builds.Generate(TestPaths.RepositoryRoot));

    // One word, inflected and folded words, several words whose hits overlap, a word in most entries, one in none.
    private static readonly string[] Queries = ["mobilitou", "zdravi", "cyklostezky ve Znojmě", "škola zdraví odpad energie", "město obec kraj", "xyzzy"];

    [Fact]
    public void every_hit_of_a_query_has_the_model_s_facet_values_from_the_term_shards_alone()
    {
        var (expected, report) = Run();
        var compared = 0;
        foreach (var query in report.RootElement.GetProperty("queries").EnumerateArray())
        {
            var text = query.GetProperty("query").GetString();
            Assert.False(query.GetProperty("fetchedFacets").GetBoolean(), $"'{text}' fetched search/facets.json");
            foreach (var hit in query.GetProperty("hits").EnumerateArray())
            {
                var slug = hit.GetProperty("slug").GetString()!;
                Assert.Equal(expected[slug], Values(hit.GetProperty("values")));
                compared++;
            }
        }
        Assert.True(compared > 50, $"only {compared} hits compared");
    }

    [Fact]
    public void the_facets_file_gives_every_entry_s_values_and_the_manifest_counts_the_whole_catalogue()
    {
        var (expected, report) = Run();
        var all = report.RootElement.GetProperty("all").EnumerateArray().ToList();
        Assert.Equal(expected.Count, all.Count);
        foreach (var entry in all) Assert.Equal(expected[entry.GetProperty("slug").GetString()!], Values(entry.GetProperty("values")));

        var facets = report.RootElement.GetProperty("facets").EnumerateArray().ToList();
        for (var f = 0; f < facets.Count; f++)
        {
            var values = facets[f].GetProperty("values").EnumerateArray().Select(v => v[0].GetString()!).ToList();
            var counts = facets[f].GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()).ToList();
            for (var v = 0; v < values.Count; v++)
                Assert.Equal(expected.Values.Count(e => e[f].Contains(values[v])), counts[v]);
        }
        Assert.Contains(facets, f => f.GetProperty("counts").EnumerateArray().Sum(c => c.GetInt32()) > 0);
    }

    [Fact]
    public void the_counts_of_a_query_s_hits_read_from_the_rows_as_written_are_the_model_s()
    {
        var (expected, report) = Run();
        var facets = report.RootElement.GetProperty("facets").EnumerateArray().Select(f => f.GetProperty("values").EnumerateArray().Select(v => v[0].GetString()!).ToList()).ToList();
        void Check(string what, IEnumerable<string> slugs, JsonElement counts)
        {
            var perFacet = counts.EnumerateArray().Select(c => c.EnumerateArray().Select(n => n.GetInt32()).ToList()).ToList();
            Assert.Equal(facets.Count, perFacet.Count);
            var hits = slugs.ToList();
            for (var f = 0; f < facets.Count; f++)
                for (var v = 0; v < facets[f].Count; v++)
                    Assert.True(hits.Count(slug => expected[slug][f].Contains(facets[f][v])) == perFacet[f][v], $"{what}: facet {f}, value {facets[f][v]}");
        }
        foreach (var query in report.RootElement.GetProperty("queries").EnumerateArray())
            Check(query.GetProperty("query").GetString()!, query.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("slug").GetString()!), query.GetProperty("counts"));
        Check("the whole catalogue", report.RootElement.GetProperty("all").EnumerateArray().Select(e => e.GetProperty("slug").GetString()!), report.RootElement.GetProperty("allCounts"));
    }

    private static List<string[]> Values(JsonElement perFacet) => [.. perFacet.EnumerateArray().Select(v => v.EnumerateArray().Select(k => k.GetString()!).ToArray())];

    // Per entry slug, per facet (the manifest's order: the facet taxonomies in declaration order), its value keys.
    private static (Dictionary<string, List<string[]>> Expected, JsonDocument Report) Run()
    {
        var result = Bundled.Value;
        Assert.True(result.Succeeded, Builds.Errors(result));
        var site = result.State!.Site;
        var facets = site.Taxonomies.Where(t => t.Spec.Facet).ToList();
        var expected = site.Practices.ToDictionary(p => p.Slug, p => facets.Select(f => TaxonomyBuilder.KeysOf(p, f.Spec.Field).ToArray()).ToList());
        // An entry of an item kind (the bundled videos) is found by '<kind>/<slug>', its kind the value of the kind facet.
        foreach (var item in site.Items.Where(i => i.Kind.Search))
            expected[$"{item.Kind.Key}/{item.Slug}"] = [.. facets.Select(f => f.Spec.Field == "kind" ? new[] { item.Kind.Key } : item.TermKeys(f.Spec.Field).ToArray())];

        using var folder = new TempFolder();
        foreach (var file in result.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal)))
            folder.Write(file.Path, System.Text.Encoding.UTF8.GetString(file.Content!));
        var script = folder.Write("facets.js", $$"""
            const fs = require("fs"), path = require("path");
            const js = {{JsonSerializer.Serialize(Path.Combine(TestPaths.RepositoryRoot, "themes/default/assets/js"))}};
            const czechLunr = require(path.join(js, "czech-lunr.js")), czechSearch = require(path.join(js, "czech-search.js"));
            const fetched = [];
            const load = (file) => { fetched.push(file); return Promise.resolve(JSON.parse(fs.readFileSync(path.join(__dirname, "search", file), "utf8"))); };
            (async () => {
              const index = await czechSearch.open(load, czechLunr.terms);
              const queries = [];
              for (const query of JSON.parse(process.argv[2])) {
                const hits = await index.search(query);
                // Counted from the rows as written, before any hit's values are decoded.
                const counts = index.countValues(hits.map(h => h.ref)).map(c => Array.from(c));
                const docs = await index.documents(hits.map(h => h.ref));
                queries.push({ query, fetchedFacets: fetched.includes("facets.json"), counts, hits: hits.map((h, i) => ({ slug: docs[i].ref, values: index.valuesOf(h.ref) })) });
              }
              await index.allValues();
              const numbers = [...Array(index.size).keys()];
              const docs = await index.documents(numbers);
              const all = numbers.map(n => ({ slug: docs[n].ref, values: index.valuesOf(n) }));
              // The whole catalogue: rows of the terms searched and of facets.json together.
              const allCounts = index.countValues(numbers).map(c => Array.from(c));
              console.log(JSON.stringify({ queries, all, allCounts, facets: index.facets }));
            })().catch(e => { console.error(e); process.exit(1); });
            """);
        var (exitCode, output) = NodeTools.Run("node", script, JsonSerializer.Serialize(Queries));
        Assert.True(exitCode == 0, output);
        return (expected, JsonDocument.Parse(output));
    }
}
