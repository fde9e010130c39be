using System.Text.Json;
using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Tests.Support;
using Xunit.Abstractions;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>
/// Oracle 1: the index LunrIndexWriter writes for the bundled catalogue against the index stock lunr.js 2.3.9
/// builds from the same documents with czech-lunr.js (lunr-oracle.js), structure and query results both.
/// </summary>
public class LunrOracleTests(ITestOutputHelper output)
{
    // Plain words as readers type them: inflected, without diacritics, in capitals, several at once, stop words only.
    private static readonly string[] PlainQueries =
    [
        "cyklostezky", "cyklostezka", "cyklostezkami", "Cyklostezky ve Znojmě", "mobilita", "mobility", "mobilitou",
        "zdraví", "zdravi", "ZDRAVÍ", "zdravého města", "zdraveho mesta", "participativní rozpočet",
        "participativni rozpocet", "škola", "skola", "školní fórum", "skolni forum", "odpad", "odpady", "bez odpadu",
        "Kopřivnice", "koprivnice", "Jihlava", "energie", "energetický management", "dobrovolníci", "dobrovolnik",
        "senioři", "klima", "zeleň", "zelen", "doprava", "plán udržitelné mobility", "a že", "", "</script>",
        "C++ & <b>", "2021", "Škola Zdravých měst",
    ];

    // lunr's query syntax through idx.search: the two indexes must agree here too.
    private static readonly string[] SyntaxQueries = ["mobil*", "zdraví^10 mobilita", "+zdraví -odpad", "title:cyklostezky", "cyklostezka~1"];

    private static readonly Lazy<JsonDocument> Report = new(() => RunOracle(SampleCorpus.Documents()));

    private static JsonDocument RunOracle(IReadOnlyList<SearchDocument> documents)
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("corpus.json", JsonSerializer.Serialize(new
        {
            fields = SampleCorpus.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
            documents = documents.Select(d => new { @ref = d.Ref, fields = d.Fields }),
            queries = PlainQueries.Concat(SyntaxQueries),
        }));
        var index = temp.Write("index.json", LunrIndexWriter.Write(SampleCorpus.Fields, documents));
        return JsonDocument.Parse(Node.Run("lunr-oracle.js", corpus, index));
    }

    private static JsonElement Root => Report.Value.RootElement;

    [Fact]
    public void the_sample_corpus_has_about_thirty_czech_documents_with_every_field()
    {
        var documents = SampleCorpus.Documents();
        Assert.InRange(documents.Count, 30, 60);
        foreach (var field in SampleCorpus.Fields)
            Assert.True(documents.Count(d => d.Fields.GetValueOrDefault(field.Name) is { Length: > 0 }) >= 10, $"field {field.Name} is mostly empty");
    }

    [Fact]
    public void lunr_loads_the_csharp_index_without_warnings()
    {
        Assert.Empty(Root.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public void the_csharp_index_has_the_terms_postings_and_field_vectors_lunr_builds()
    {
        var differences = Root.GetProperty("differences").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(differences.Count == 0, string.Join('\n', differences));

        var scores = Root.GetProperty("scores").GetInt32();
        var exact = Root.GetProperty("exactScores").GetInt32();
        output.WriteLine($"{Root.GetProperty("terms").GetInt32()} terms, {scores} scores, {exact} bit-identical, " +
                         $"largest difference {Root.GetProperty("largestScoreDifference").GetDouble()}, " +
                         $"same JSON after parsing: {Root.GetProperty("sameTextAfterParsing").GetBoolean()}");
        Assert.True(Root.GetProperty("terms").GetInt32() > 1000, "too few terms for a meaningful comparison");
        Assert.True(scores > 2000, "too few scores for a meaningful comparison");
        // Same operations in the same order on IEEE doubles: a differing score would take a log() differing in
        // the last bit that also lands on a rounding edge; allow for one in a thousand, never more than 0.001.
        Assert.True(exact >= scores * 0.999, $"only {exact} of {scores} scores are identical");
    }

    [Fact]
    public void every_query_returns_the_same_refs_in_the_same_order_with_the_same_scores()
    {
        foreach (var query in Root.GetProperty("queries").EnumerateArray())
        {
            var text = query.GetProperty("query").GetString();
            AssertSameResults(text, query.GetProperty("lunr"), query.GetProperty("csharp"));
            AssertSameResults(text + " (lunr search)", query.GetProperty("lunrViaSearch"), query.GetProperty("csharpViaSearch"));
        }
    }

    [Fact]
    public void lunr_search_through_the_serialized_pipeline_finds_what_the_czech_query_finds()
    {
        foreach (var query in Queries().Where(q => PlainQueries.Contains(q.GetProperty("query").GetString())))
        {
            var text = query.GetProperty("query").GetString()!;
            // Query syntax means something else to lunr's parser; and for a query without terms lunr's search
            // lists every document with score 0, where czechLunr.search deliberately returns nothing.
            if (text.IndexOfAny([':', '^', '~', '*', '+', '-']) >= 0 || query.GetProperty("terms").GetArrayLength() == 0) continue;
            AssertSameResults(text, query.GetProperty("csharp"), query.GetProperty("csharpViaSearch"));
        }
    }

    [Fact]
    public void inflected_and_diacritic_free_queries_find_the_same_documents()
    {
        string Refs(string query) => string.Join(' ', Results(query).Select(r => r.Ref));
        foreach (var group in new[]
                 {
                     new[] { "mobilita", "mobility", "mobilitou" }, ["zdraví", "zdravi", "ZDRAVÍ"], ["cyklostezky", "cyklostezka", "cyklostezkami"],
                     ["participativní rozpočet", "participativni rozpocet"], ["škola", "skola"], ["zdravého města", "zdraveho mesta"],
                 })
        {
            Assert.NotEmpty(Results(group[0]));
            foreach (var other in group.Skip(1)) Assert.True(Refs(group[0]) == Refs(other), $"'{group[0]}' and '{other}' find different documents");
        }
        Assert.Empty(Results("a že"));
        Assert.Empty(Results(""));
        Assert.True(PlainQueries.Count(q => Results(q).Count > 0) >= PlainQueries.Length * 3 / 4, "most queries find nothing");
    }

    [Fact]
    public void in_a_page_czech_lunr_js_registers_itself_with_the_global_lunr_and_finds_the_same_results()
    {
        using var temp = new TempFolder();
        var index = temp.Write("index.json", LunrIndexWriter.Write(SampleCorpus.Fields, SampleCorpus.Documents()));
        string[] queries = ["cyklostezky", "zdravi", "participativní rozpočet"];
        using var page = JsonDocument.Parse(Node.Run("browser-smoke.js", [index, .. queries]));

        Assert.Equal("object", page.RootElement.GetProperty("global").GetString());
        Assert.Empty(page.RootElement.GetProperty("warnings").EnumerateArray());
        foreach (var query in queries)
        {
            var found = page.RootElement.GetProperty("results").GetProperty(query);
            Assert.NotEmpty(found.EnumerateArray());
            AssertSameResults(query, Queries().Single(q => q.GetProperty("query").GetString() == query).GetProperty("csharp"), found);
        }
    }

    [Fact]
    public void numeric_refs_which_javascript_orders_differently_give_the_same_index_and_results()
    {
        // Refs such as "12" are integer-like keys, which JavaScript objects list in numeric order, not in
        // insertion order; an integrator may use positions in the document store as refs to save bytes.
        var documents = SampleCorpus.Documents().Select((d, i) => d with { Ref = ((i * 7) % 40).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .DistinctBy(d => d.Ref).ToList();
        using var report = RunOracle(documents);
        var root = report.RootElement;
        Assert.Empty(root.GetProperty("differences").EnumerateArray());
        Assert.Empty(root.GetProperty("warnings").EnumerateArray());
        foreach (var query in root.GetProperty("queries").EnumerateArray())
            AssertSameResults(query.GetProperty("query").GetString(), query.GetProperty("lunr"), query.GetProperty("csharp"));
        Assert.NotEmpty(root.GetProperty("queries")[0].GetProperty("csharp").EnumerateArray());
    }

    private static IEnumerable<JsonElement> Queries() => Root.GetProperty("queries").EnumerateArray();

    private static List<(string Ref, double Score)> Results(string query) =>
        Parse(Queries().Single(q => q.GetProperty("query").GetString() == query).GetProperty("csharp"));

    private static List<(string Ref, double Score)> Parse(JsonElement results) =>
        results.EnumerateArray().Select(r => (r[0].GetString()!, r[1].GetDouble())).ToList();

    private static void AssertSameResults(string? query, JsonElement expected, JsonElement actual)
    {
        if (expected.ValueKind == JsonValueKind.String || actual.ValueKind == JsonValueKind.String)
        {
            Assert.True(expected.GetRawText() == actual.GetRawText(), $"'{query}': lunr {expected}, C# {actual}");
            return;
        }
        var (a, b) = (Parse(expected), Parse(actual));
        Assert.True(a.Select(r => r.Ref).SequenceEqual(b.Select(r => r.Ref)), $"'{query}': lunr [{string.Join(", ", a)}], C# [{string.Join(", ", b)}]");
        for (var i = 0; i < a.Count; i++)
            Assert.True(Math.Abs(a[i].Score - b[i].Score) <= 1e-9 * Math.Max(1, a[i].Score), $"'{query}' {a[i].Ref}: lunr {a[i].Score}, C# {b[i].Score}");
    }
}
