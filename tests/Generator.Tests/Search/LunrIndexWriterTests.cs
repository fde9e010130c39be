using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DobraPraxe.Generator.Search;
using Xunit.Abstractions;

namespace DobraPraxe.Generator.Tests.Search;

public class LunrIndexWriterTests(ITestOutputHelper output)
{
    private static readonly SearchField[] TitleAndBody = [new("title", 10), new("body")];

    private static SearchDocument Doc(string id, string title, string body) => new(id, new Dictionary<string, string> { ["title"] = title, ["body"] = body });

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    // Term → score in one field vector, through the term's _index as lunr resolves it.
    private static Dictionary<string, double> Vector(JsonElement index, string fieldRef)
    {
        var terms = index.GetProperty("invertedIndex").EnumerateArray().ToDictionary(e => e[1].GetProperty("_index").GetInt32(), e => e[0].GetString()!);
        var elements = index.GetProperty("fieldVectors").EnumerateArray().Single(v => v[0].GetString() == fieldRef)[1].EnumerateArray().ToArray();
        var vector = new Dictionary<string, double>();
        for (var i = 0; i < elements.Length; i += 2) vector[terms[elements[i].GetInt32()]] = elements[i + 1].GetDouble();
        return vector;
    }

    [Fact]
    public void the_index_has_lunrs_serialized_shape_and_names_the_czech_pipeline()
    {
        var index = Parse(LunrIndexWriter.Write(TitleAndBody, [Doc("a", "Cyklostezky", "Město staví cyklostezky."), Doc("b", "Zdraví", "Zdravé město.")]));
        Assert.Equal(["version", "fields", "fieldVectors", "invertedIndex", "pipeline"], index.EnumerateObject().Select(p => p.Name));
        Assert.Equal(LunrIndexWriter.LunrVersion, index.GetProperty("version").GetString());
        Assert.Equal(["title", "body"], index.GetProperty("fields").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([CzechAnalyzer.PipelineFunction], index.GetProperty("pipeline").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["title/a", "body/a", "title/b", "body/b"], index.GetProperty("fieldVectors").EnumerateArray().Select(v => v[0].GetString()));

        var posting = index.GetProperty("invertedIndex").EnumerateArray().Single(e => e[0].GetString() == CzechAnalyzer.Terms("města")[0])[1];
        Assert.Equal(["_index", "title", "body"], posting.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["a", "b"], posting.GetProperty("body").EnumerateObject().Select(p => p.Name));
        Assert.Empty(posting.GetProperty("title").EnumerateObject());
    }

    [Fact]
    public void terms_are_unique_in_ordinal_order_and_indexes_follow_first_occurrence()
    {
        var index = Parse(LunrIndexWriter.Write(TitleAndBody, [Doc("a", "Zelená města", "Alej, zeleň a stromy."), Doc("b", "Ábel", "Říčany a Zlín")]));
        var entries = index.GetProperty("invertedIndex").EnumerateArray().Select(e => (Term: e[0].GetString()!, Index: e[1].GetProperty("_index").GetInt32())).ToList();
        var terms = entries.Select(e => e.Term).ToList();
        Assert.Equal(terms.Order(StringComparer.Ordinal), terms);
        Assert.Equal(terms.Count, terms.Distinct().Count());

        var firstOccurrence = new[] { "Zelená města", "Alej, zeleň a stromy.", "Ábel", "Říčany a Zlín" }.SelectMany(CzechAnalyzer.Terms).Distinct().ToList();
        Assert.Equal(firstOccurrence, entries.OrderBy(e => e.Index).Select(e => e.Term));
    }

    [Fact]
    public void the_same_documents_always_give_the_same_bytes()
    {
        var documents = SampleCorpus.Documents();
        var first = LunrIndexWriter.WriteUtf8(SampleCorpus.Fields, documents);
        for (var i = 0; i < 3; i++) Assert.Equal(first, LunrIndexWriter.WriteUtf8(SampleCorpus.Fields, documents));
        Assert.Equal(Encoding.UTF8.GetString(first), LunrIndexWriter.Write(SampleCorpus.Fields, documents));
    }

    [Fact]
    public void no_ref_or_text_can_close_the_script_element_it_is_embedded_in()
    {
        var json = LunrIndexWriter.Write(TitleAndBody, [Doc("</script><script>alert(1)</script>", "<!-- x", "Tom & Jerry's \u2028 \"quoted\" ďábel ł")]);
        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        Assert.DoesNotContain("'", json);
        Assert.True(json.All(c => c < 0x7F), "non-ASCII characters are escaped");
        Assert.Equal("</script><script>alert(1)</script>", Parse(json).GetProperty("fieldVectors")[0][0].GetString()!["title/".Length..]);
    }

    [Fact]
    public void a_rarer_term_scores_higher_and_the_field_boost_multiplies()
    {
        var documents = new List<SearchDocument> { Doc("target", "radnice", "radnice park") };
        for (var i = 0; i < 20; i++) documents.Add(Doc($"d{i}", "náměstí", i < 15 ? "park" : "kašna"));
        var index = Parse(LunrIndexWriter.Write(TitleAndBody, documents));

        var (radnice, park) = (CzechAnalyzer.Terms("radnice")[0], CzechAnalyzer.Terms("park")[0]);
        var body = Vector(index, "body/target");
        Assert.True(body[radnice] > body[park], "radnice is in one document, park in sixteen");
        Assert.True(Vector(index, "title/target")[radnice] > body[radnice]);

        // The same term once in a one-word field, with a title boost of 10: ten times the body score of a
        // same-length field, up to the rounding to three decimals.
        var single = Parse(LunrIndexWriter.Write(TitleAndBody, [Doc("x", "radnice", "radnice"), Doc("y", "park", "park")]));
        Assert.Equal(10 * Vector(single, "body/x")[radnice], Vector(single, "title/x")[radnice], 0.006);
    }

    [Fact]
    public void scores_follow_bm25_with_lunrs_parameters_and_three_decimals()
    {
        // lunr's documented scoring, computed here independently: idf = ln(1 + |(N − df + 0.5) / (df + 0.5)|),
        // where df counts a document once per field holding the term; score = idf · (k1 + 1) · tf /
        // (k1 · (1 − b + b · length / average length) + tf) · boost, with k1 = 1.2 and b = 0.75.
        string[] bodies = ["obec obec škola", "škola park", "obec", "les les les les"];
        var documents = bodies.Select((b, i) => Doc($"d{i}", "", b)).ToList();
        var index = Parse(LunrIndexWriter.Write(TitleAndBody, documents));

        var analysed = bodies.Select(b => CzechAnalyzer.Terms(b).ToList()).ToList();
        var average = analysed.Average(a => a.Count);
        for (var d = 0; d < bodies.Length; d++)
        {
            var vector = Vector(index, $"body/d{d}");
            foreach (var term in analysed[d].Distinct())
            {
                var df = analysed.Count(a => a.Contains(term));
                var idf = Math.Log(1 + Math.Abs((bodies.Length - df + 0.5) / (df + 0.5)));
                var tf = analysed[d].Count(t => t == term);
                var expected = idf * 2.2 * tf / (1.2 * (0.25 + 0.75 * analysed[d].Count / average) + tf);
                Assert.Equal(Math.Round(expected, 3, MidpointRounding.AwayFromZero), vector[term], 9);
            }
            Assert.Equal(analysed[d].Distinct().Count(), vector.Count);
        }
        Assert.Empty(Vector(index, "title/d0"));
    }

    [Fact]
    public void a_missing_field_counts_as_empty()
    {
        var withEmpty = LunrIndexWriter.Write(TitleAndBody, [Doc("a", "", "park"), Doc("b", "les", "")]);
        var withMissing = LunrIndexWriter.Write(TitleAndBody,
            [new("a", new Dictionary<string, string> { ["body"] = "park" }), new("b", new Dictionary<string, string> { ["title"] = "les" })]);
        Assert.Equal(withEmpty, withMissing);
    }

    [Fact]
    public void an_empty_catalogue_gives_an_empty_index()
    {
        var index = Parse(LunrIndexWriter.Write(TitleAndBody, []));
        Assert.Empty(index.GetProperty("fieldVectors").EnumerateArray());
        Assert.Empty(index.GetProperty("invertedIndex").EnumerateArray());
    }

    [Theory]
    [InlineData("title/x", 1)]
    [InlineData("", 1)]
    [InlineData("_index", 1)]
    [InlineData("title", 0)]
    [InlineData("title", -2)]
    [InlineData("title", double.NaN)]
    public void invalid_fields_are_refused_with_a_message(string name, double boost)
    {
        var error = Assert.Throws<ArgumentException>(() => LunrIndexWriter.Write([new(name, boost)], []));
        Assert.Contains("search field", error.Message);
    }

    [Fact]
    public void repeated_fields_refs_and_unknown_field_names_are_refused_with_a_message()
    {
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => LunrIndexWriter.Write([new("title"), new("title")], [])).Message);
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => LunrIndexWriter.Write(TitleAndBody, [Doc("a", "x", "y"), Doc("a", "z", "w")])).Message);
        var unknown = Assert.Throws<ArgumentException>(() => LunrIndexWriter.Write(TitleAndBody,
            [new("a", new Dictionary<string, string> { ["tilte"] = "x" })]));
        Assert.Contains("'tilte'", unknown.Message);
    }

    [Fact]
    public void ten_thousand_documents_are_indexed_in_seconds()
    {
        var documents = GeneratedCatalogue(10_000);
        LunrIndexWriter.WriteUtf8(SampleCorpus.Fields, documents.Take(200).ToList()); // warm-up

        var watch = Stopwatch.StartNew();
        var bytes = LunrIndexWriter.WriteUtf8(SampleCorpus.Fields, documents);
        watch.Stop();

        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        var index = Parse(Encoding.UTF8.GetString(bytes));
        output.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Fields.Values.Sum(v => v.Length)):N0} characters of text → " +
                         $"{index.GetProperty("invertedIndex").GetArrayLength():N0} terms, {bytes.Length:N0} bytes of JSON, " +
                         $"{gzipped.Length:N0} gzipped, written in {watch.ElapsedMilliseconds} ms on {Environment.ProcessorCount} cores");
        Assert.Equal(documents.Count * SampleCorpus.Fields.Count, index.GetProperty("fieldVectors").GetArrayLength());
        // Generous for a two-core CI machine; the point is that the work grows linearly, not quadratically.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    // A catalogue the size the network may reach: each entry recombines titles, summaries and paragraphs of
    // the sample entries and adds a few rarer words (names, places), so the vocabulary keeps growing as in
    // real text.
    internal static List<SearchDocument> GeneratedCatalogue(int count)
    {
        var sample = SampleCorpus.Documents();
        var paragraphs = sample.SelectMany(d => d.Fields["body"].Split("\n\n")).Where(p => p.Length > 40).ToArray();
        var rare = CzechVocabulary.All;
        var random = new Random(2021);
        string Pick(string field) => sample[random.Next(sample.Count)].Fields.GetValueOrDefault(field) ?? "";

        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var body = new StringBuilder();
            for (var p = 0; p < 5; p++) body.Append(paragraphs[random.Next(paragraphs.Length)]).Append("\n\n");
            for (var w = 0; w < 15; w++) body.Append(rare[random.Next(rare.Count)]).Append(' ');
            documents.Add(new SearchDocument($"praxe-{i:D5}", new Dictionary<string, string>
            {
                ["title"] = Pick("title") + " " + rare[random.Next(rare.Count)],
                ["summary"] = Pick("summary"),
                ["member"] = Pick("member"),
                ["themes"] = Pick("themes"),
                ["tags"] = Pick("tags"),
                ["body"] = body.ToString(),
            }));
        }
        return documents;
    }
}
