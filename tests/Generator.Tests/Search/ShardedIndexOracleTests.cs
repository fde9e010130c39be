using System.Text;
using System.Text.Json;
using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Tests.Support;
using Xunit.Abstractions;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>
/// Oracle 3: czech-search.js on the shards ShardedIndexWriter writes against stock lunr.js 2.3.9 (czechLunr.search,
/// what the page ran before) on the same documents: the same hits in the same order with bit-identical scores, on
/// the bundled catalogue and on a generated corpus of a few hundred entries (shard-oracle.js).
/// </summary>
public class ShardedIndexOracleTests(ITestOutputHelper output)
{
    // Inflected and folded words, several at once, repeated, stop words only, unknown words, words in most entries.
    private static readonly string[] Queries =
    [
        "cyklostezky", "cyklostezkami", "Cyklostezky ve Znojmě", "mobilita", "mobilitou", "zdraví", "zdravi", "ZDRAVÍ",
        "zdraví zdraví", "zdravého města", "participativní rozpočet", "škola", "skolni forum", "odpad", "bez odpadu",
        "Kopřivnice", "Jihlava", "energie", "energetický management", "dobrovolníci", "senioři", "klima", "zeleň",
        "doprava", "plán udržitelné mobility", "a že", "", "</script>", "C++ & <b>", "2021", "Škola Zdravých měst",
        "xyzzy", "město obec kraj region projekt", "kompostárny",
    ];

    public static TheoryData<string> Corpora => new() { "bundled", "generated", "numeric refs" };

    private static IReadOnlyList<SearchDocument> Corpus(string name) => name switch
    {
        "bundled" => SampleCorpus.Documents(),
        "generated" => Generated(400, seed: 42),
        // Refs that JavaScript treats as array indices ("17", a page called 2021.md) come first in lunr's postings.
        _ => [.. Generated(300, seed: 5).Select((d, i) => i % 3 == 0 ? d with { Ref = ((300 - i) * 7).ToString(System.Globalization.CultureInfo.InvariantCulture) } : d)],
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void every_query_returns_lunr_s_hits_in_lunr_s_order_with_lunr_s_scores(string corpus)
    {
        var documents = Corpus(corpus);
        // Small shards, so queries span several of them and shard boundaries are exercised.
        var report = RunOracle(documents, Queries.Concat(SampledWords(documents, 60)).ToArray(), shardBytes: 2048);
        var shards = report.RootElement.GetProperty("shards").GetInt32();
        Assert.True(shards >= 5, $"only {shards} shards");
        var buckets = report.RootElement.GetProperty("buckets").GetInt32();
        Assert.True(buckets >= 5, $"only {buckets} first-result buckets");
        var compared = 0;
        var hits = 0;
        var (severalWords, severalWithoutChunks) = (0, 0);
        foreach (var query in report.RootElement.GetProperty("queries").EnumerateArray())
        {
            var text = query.GetProperty("query").GetString();
            var lunr = Hits(query.GetProperty("lunr"));
            var ours = Hits(query.GetProperty("ours"));
            Assert.True(lunr.SequenceEqual(ours), $"'{text}': lunr {Show(lunr)}\n ours {Show(ours)}");
            // The first results' records are the hits' own, from the buckets or (where they miss) the chunks; a one-term
            // query finds them all in its bucket (FirstResults ranks as lunr does), so it fetches no chunk before showing them.
            Assert.True(query.GetProperty("firstRight").GetBoolean(), $"'{text}': a first result shows another document's record");
            Assert.True(query.GetProperty("firstHitsAsWritten").GetBoolean(), $"'{text}': the first hits differ from the ones the writer chose for its term");
            var chunks = query.GetProperty("chunksForFirst").GetInt32();
            if (query.GetProperty("terms").GetInt32() == 1) Assert.True(chunks == 0, $"'{text}': {chunks} chunks fetched for the first results");
            else if (lunr.Count > 0) (severalWords, severalWithoutChunks) = (severalWords + 1, severalWithoutChunks + (chunks == 0 ? 1 : 0));
            compared++;
            hits += lunr.Count;
        }
        output.WriteLine($"{corpus}: {documents.Count} documents, {shards} shards, {buckets} buckets, {compared} queries, {hits} hits, all identical; " +
            $"{severalWithoutChunks} of {severalWords} queries of several terms showed their first results without a chunk");
        Assert.True(hits > 200, $"only {hits} hits: too few for a meaningful comparison");
    }

    // English as readers abroad type it: inflected, several words, stop words, punctuation that the trimmer empties.
    private static readonly string[] EnglishQueries =
    [
        "cycling", "cycle paths", "Cycle Paths", "participatory budget", "budgeting", "health", "healthy cities", "the", "the and of",
        "community garden", "gardens", "composting", "compost", "walking bus", "school", "–", "C++ & <b>", "", "xyzzy", "2024",
        "Healthy Cities Network", "mobility", "energy management", "Fairtrade town", "housing first",
    ];

    /// <summary>
    /// The English site's index (<see cref="SearchAnalyzer.English"/>): the same writer and engine against stock lunr() with
    /// its own English pipeline, on English documents made of the bundled translations and the English catalogue.
    /// </summary>
    [Fact]
    public void the_english_index_returns_stock_lunr_s_hits_in_lunr_s_order_with_lunr_s_scores()
    {
        var documents = EnglishGenerated(300, seed: 11);
        var report = RunOracle(documents, EnglishQueries.Concat(SampledWords(documents, 60)).ToArray(), shardBytes: 2048, SearchAnalyzer.English);
        var (compared, hits) = (0, 0);
        foreach (var query in report.RootElement.GetProperty("queries").EnumerateArray())
        {
            var text = query.GetProperty("query").GetString();
            var lunr = Hits(query.GetProperty("lunr"));
            var ours = Hits(query.GetProperty("ours"));
            Assert.True(lunr.SequenceEqual(ours), $"'{text}': lunr {Show(lunr)}\n ours {Show(ours)}");
            Assert.True(query.GetProperty("firstRight").GetBoolean(), $"'{text}': a first result shows another document's record");
            compared++;
            hits += lunr.Count;
        }
        output.WriteLine($"english: {documents.Count} documents, {compared} queries, {hits} hits, all identical");
        Assert.True(hits > 200, $"only {hits} hits: too few for a meaningful comparison");
    }

    /// <summary>English entries drawn from the bundled translations' and the English catalogue's words, punctuation kept.</summary>
    private static IReadOnlyList<SearchDocument> EnglishGenerated(int count, int seed)
    {
        var texts = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "content"), "*.en.md", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Append(File.ReadAllText(TestWords.Catalogue("en")));
        var words = texts.SelectMany(t => t.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)).Where(w => !w.Contains('{')).Distinct().Order(StringComparer.Ordinal).ToArray();
        return Drawn(words, count, seed, "Transport and mobility", "Health");
    }

    [Fact]
    public void a_one_word_query_fetches_one_shard_and_one_bucket_and_no_chunk_for_its_first_results()
    {
        var documents = Generated(400, seed: 7);
        var report = RunOracle(documents, ["mobilitou", "cyklostezky"], shardBytes: 2048);
        foreach (var query in report.RootElement.GetProperty("queries").EnumerateArray())
        {
            Assert.Equal(1, query.GetProperty("shardsFetched").GetInt32());
            Assert.Equal(1, query.GetProperty("bucketsFetched").GetInt32());
            Assert.Equal(0, query.GetProperty("chunksForFirst").GetInt32());
        }
    }

    private static List<(int Ref, double Score)> Hits(JsonElement list) =>
        [.. list.EnumerateArray().Select(h => (h[0].GetInt32(), h[1].GetDouble()))];

    private static string Show(List<(int Ref, double Score)> hits) => string.Join(", ", hits.Take(12).Select(h => $"{h.Ref}:{h.Score:R}"));

    internal static JsonDocument RunOracle(IReadOnlyList<SearchDocument> documents, string[] queries, int shardBytes, SearchAnalyzer? analyzer = null)
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("corpus.json", JsonSerializer.Serialize(new
        {
            fields = SampleCorpus.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
            documents = documents.Select(d => new { @ref = d.Ref, fields = d.Fields }),
            queries,
        }));
        var index = ShardedIndexWriter.Write(SampleCorpus.Fields, documents, shardBytes, analyzer: analyzer);
        for (var i = 0; i < index.Shards.Count; i++) temp.Write($"search/terms/{i}.json", Encoding.UTF8.GetString(index.Shards[i]));
        // Records as the store holds them, their first value the document's ref: in chunks of 4 and in the first-result buckets.
        byte[] Record(int n) => JsonSerializer.SerializeToUtf8Bytes(new[] { documents[n].Ref, "u", "t", "s", "l" });
        for (var c = 0; c * 4 < documents.Count; c++)
            temp.Write($"search/docs/{c}.json", "[" + string.Join(",", Enumerable.Range(c * 4, Math.Min(4, documents.Count - c * 4)).Select(n => Encoding.UTF8.GetString(Record(n)))) + "]");
        // Small buckets too, so that terms fall into different ones and the page must find a term's bucket as the writer chose it.
        var buckets = SearchIndexBuilder.FirstBuckets(index.FirstHits, Record, bucketBytes: 1024);
        for (var b = 0; b < buckets.Count; b++) temp.Write($"search/first/{b}.json", Encoding.UTF8.GetString(buckets[b]));
        temp.Write("search/first-hits.json", JsonSerializer.Serialize(index.FirstHits.ToDictionary(h => h.Term, h => h.Documents)));
        temp.Write("search/manifest.json", JsonSerializer.Serialize(new
        {
            format = SearchIndexBuilder.Format, v = "test", documents = documents.Count, chunk = 4,
            first = new { results = FirstResults.Count, buckets = buckets.Count },
            fields = SampleCorpus.Fields.Zip(index.LengthSums).Select(f => new { name = f.First.Name, boost = f.First.Boost, length = f.Second }),
            shards = index.FirstTerms, facets = Array.Empty<object>(),
        }));
        return JsonDocument.Parse(analyzer == SearchAnalyzer.English
            ? Node.Run("shard-oracle.js", corpus, temp.Combine("search"), "english")
            : Node.Run("shard-oracle.js", corpus, temp.Combine("search")));
    }

    // Words of the corpus itself as one-, two- and three-word queries, chosen with a fixed seed.
    private static IEnumerable<string> SampledWords(IReadOnlyList<SearchDocument> documents, int count)
    {
        var words = documents.SelectMany(d => d.Fields.Values).SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var random = new Random(1);
        for (var i = 0; i < count; i++)
            yield return string.Join(' ', Enumerable.Range(0, 1 + i % 3).Select(_ => words[random.Next(words.Length)]));
    }

    /// <summary>
    /// Entries made of the bundled catalogue's words, drawn with a skewed distribution (a few words in most entries,
    /// most in a few), the fields of different lengths, so scores vary and equal scores (ties) occur too.
    /// </summary>
    internal static IReadOnlyList<SearchDocument> Generated(int count, int seed)
    {
        var words = SampleCorpus.Documents().SelectMany(d => d.Fields.Values)
            .SelectMany(t => t.Split([' ', ',', '.', '\n', '(', ')', ':'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 2).Distinct().Order(StringComparer.Ordinal).ToArray();
        return Drawn(words, count, seed, "Doprava a mobilita", "Zdraví");
    }

    /// <summary>
    /// <paramref name="count"/> entries of <paramref name="words"/> drawn with a skewed distribution (a few words in most
    /// entries, most in a few), the fields of different lengths; every fourth entry in <paramref name="oftenTheme"/>.
    /// </summary>
    private static IReadOnlyList<SearchDocument> Drawn(string[] words, int count, int seed, string oftenTheme, string otherTheme)
    {
        var random = new Random(seed);
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[(int)(words.Length * Math.Pow(random.NextDouble(), 3))]));
        return [.. Enumerable.Range(0, count).Select(i => new SearchDocument($"entry-{i:D4}", new Dictionary<string, string>
        {
            ["title"] = Words(3 + random.Next(6)),
            ["summary"] = Words(10 + random.Next(25)),
            ["member"] = Words(1 + random.Next(2)),
            ["themes"] = i % 4 == 0 ? oftenTheme : otherTheme,
            ["tags"] = i % 3 == 0 ? "" : Words(random.Next(4)),
            ["body"] = Words(random.Next(100)),
        }))];
    }
}
