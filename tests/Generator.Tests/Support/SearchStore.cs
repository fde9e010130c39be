using System.Text.Json;
using System.Text.Json.Nodes;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Search;

namespace DobraPraxe.Generator.Tests.Support;

/// <summary>
/// A built site's search data read back from its manifest, its facet rows (search/facets.json) and document chunks as one JSON document:
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
        var declared = new List<(string Key, List<string> Values)>();
        foreach (var facet in manifest["facets"]!.AsArray())
        {
            declared.Add((facet!["key"]!.GetValue<string>(), [.. facet["values"]!.AsArray().Select(v => v![0]!.GetValue<string>())]));
            facets.Add(new JsonObject { ["key"] = facet["key"]!.DeepClone(), ["title"] = facet["title"]!.DeepClone(), ["values"] = facet["values"]!.DeepClone(), ["counts"] = facet["counts"]!.DeepClone() });
        }
        var rows = Rows(JsonNode.Parse(Builds.Page(result, SearchIndexBuilder.FacetsPath))!.GetValue<string>(), declared, count);
        var docs = new JsonObject();
        for (var n = 0; n < count; n++)
        {
            var row = JsonNode.Parse(Builds.Page(result, SearchIndexBuilder.ChunkPath(n / chunk)))!.AsArray()[n % chunk]!.AsArray();
            var f = new JsonObject();
            for (var i = 0; i < declared.Count; i++) f[declared[i].Key] = new JsonArray([.. rows[n][i].Select(v => (JsonNode)v)]);
            docs[row[0]!.GetValue<string>()] = new JsonObject
            {
                ["u"] = row[1]!.DeepClone(), ["t"] = row[2]!.DeepClone(), ["s"] = row[3]!.DeepClone(), ["l"] = row[4]!.DeepClone(), ["f"] = f,
            };
        }
        return new JsonObject { ["facets"] = facets, ["docs"] = docs }.ToJsonString();
    }

    /// <summary>
    /// FacetRows' format, read independently of the writer: documents separated by ',', in each the facets separated
    /// by '.' (trailing empty ones left out), in each facet fixed-width base-62 codes. Per document, per facet, its values.
    /// </summary>
    public static List<string[][]> Rows(string rows, IReadOnlyList<(string Key, List<string> Values)> facets, int count)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var list = count == 0 ? [] : rows.Split(',');
        Assert.Equal(count, list.Length);
        return [.. list.Select(row =>
        {
            var parts = row.Split('.');
            Assert.True(parts.Length <= facets.Count, $"row '{row}' has more facets than the manifest");
            return facets.Select((facet, f) =>
            {
                var part = f < parts.Length ? parts[f] : "";
                var width = FacetRows.Width(facet.Values.Count);
                Assert.Equal(0, part.Length % width);
                return Enumerable.Range(0, part.Length / width)
                    .Select(i => facet.Values[part.Substring(i * width, width).Aggregate(0, (code, c) => code * digits.Length + digits.IndexOf(c))]).ToArray();
            }).ToArray();
        })];
    }
}
