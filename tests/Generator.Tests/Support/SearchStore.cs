using System.Text.Json;
using System.Text.Json.Nodes;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Search;

namespace DobraPraxe.Generator.Tests.Support;

/// <summary>
/// A built site's search data read back from its manifest and document chunks as one JSON document:
/// { facets: [{ key, title, values }], docs: { slug: { u, t, s, l, f: { facet: [value…] } } } }, so tests state
/// what the store says without caring how it is split into files.
/// </summary>
public static class SearchStore
{
    public static string Json(BuildResult result)
    {
        var manifest = JsonNode.Parse(Builds.Page(result, SearchIndexBuilder.ManifestPath))!;
        var count = manifest["documents"]!.GetValue<int>();
        var chunk = manifest["chunk"]!.GetValue<int>();
        var facets = new JsonArray();
        var columns = new List<(string Key, List<string[]> Docs)>();
        foreach (var facet in manifest["facets"]!.AsArray())
        {
            var values = facet!["values"]!.AsArray().Select(v => v![0]!.GetValue<string>()).ToList();
            columns.Add((facet["key"]!.GetValue<string>(), Decode(facet["docs"]!.GetValue<string>(), values, count)));
            facets.Add(new JsonObject { ["key"] = facet["key"]!.DeepClone(), ["title"] = facet["title"]!.DeepClone(), ["values"] = facet["values"]!.DeepClone() });
        }
        var docs = new JsonObject();
        for (var n = 0; n < count; n++)
        {
            var row = JsonNode.Parse(Builds.Page(result, SearchIndexBuilder.ChunkPath(n / chunk)))!.AsArray()[n % chunk]!.AsArray();
            var f = new JsonObject();
            foreach (var (key, column) in columns) f[key] = new JsonArray([.. column[n].Select(v => (JsonNode)v)]);
            docs[row[0]!.GetValue<string>()] = new JsonObject
            {
                ["u"] = row[1]!.DeepClone(), ["t"] = row[2]!.DeepClone(), ["s"] = row[3]!.DeepClone(), ["l"] = row[4]!.DeepClone(), ["f"] = f,
            };
        }
        return new JsonObject { ["facets"] = facets, ["docs"] = docs }.ToJsonString();
    }

    // FacetColumn's format, read independently of the writer: ','-separated documents of fixed-width base-62 codes.
    private static List<string[]> Decode(string column, List<string> values, int count)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var width = FacetColumn.Width(values.Count);
        var rows = count == 0 ? [] : column.Split(',');
        Assert.Equal(count, rows.Length);
        return [.. rows.Select(row => Enumerable.Range(0, row.Length / width)
            .Select(i => values[row.Substring(i * width, width).Aggregate(0, (code, c) => code * digits.Length + digits.IndexOf(c))]).ToArray())];
    }
}
