using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// The postings of a lunr index, cut into shards of consecutive terms, so the search page fetches only the shards
/// holding its query's terms (czech-search.js). A shard is a JSON object: term → [lunr '_index', then per field the
/// postings as a flat list of document-number gaps and scores × 1000]. The scores are the ones lunr.Builder puts in
/// its field vectors (<see cref="LunrScoring"/>): lunr stores them rounded to three decimals, so an integer holds
/// each exactly, and the query engine's sums come out as lunr's do.
/// </summary>
public static class ShardedIndexWriter
{
    /// <summary>
    /// About how many bytes of JSON a shard holds before the next term starts a new one. A term's postings are
    /// never split, so a term found in most documents makes a shard of its own.
    /// </summary>
    public const int ShardBytes = 24 * 1024;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The shards in term order, and the first term of each (the first shard's is "", so every term has a shard).</summary>
    /// <exception cref="ArgumentException">A field name or boost is invalid, a ref repeats, or a document names an unknown field.</exception>
    public static (IReadOnlyList<string> FirstTerms, IReadOnlyList<byte[]> Shards) Write(
        IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, int shardBytes = ShardBytes)
    {
        var scoring = LunrScoring.Compute(fields, documents);
        var postings = Postings(scoring);

        var firstTerms = new List<string>();
        var shards = new List<byte[]>();
        var buffer = new ArrayBufferWriter<byte>(shardBytes * 2);
        var json = new Utf8JsonWriter(buffer, JsonOptions);
        json.WriteStartObject();
        foreach (var term in scoring.Terms)
        {
            json.Flush();
            if (buffer.WrittenCount > shardBytes)
            {
                json.WriteEndObject();
                json.Flush();
                shards.Add(buffer.WrittenSpan.ToArray());
                buffer.Clear();
                json.Reset(buffer);
                json.WriteStartObject();
            }
            if (firstTerms.Count == shards.Count) firstTerms.Add(shards.Count == 0 ? "" : term.Text);

            json.WriteStartArray(term.Text);
            json.WriteNumberValue(term.Index);
            for (var f = 0; f < fields.Count; f++)
            {
                json.WriteStartArray();
                var previous = 0;
                foreach (var (document, score) in postings[term.Index * fields.Count + f] ?? [])
                {
                    json.WriteNumberValue(document - previous);
                    json.WriteNumberValue(score);
                    previous = document;
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.Flush();
        if (firstTerms.Count == 0) firstTerms.Add("");
        shards.Add(buffer.WrittenSpan.ToArray());
        json.Dispose();
        return (firstTerms, shards);
    }

    // Per (term '_index', field): the documents holding the term, in document order, with their scores × 1000.
    private static List<(int Document, int Score)>?[] Postings(LunrScoring scoring)
    {
        var fieldCount = scoring.Fields.Count;
        var postings = new List<(int, int)>?[scoring.Terms.Length * fieldCount];
        for (var i = 0; i < scoring.Analysed.Length; i++)
        {
            var (document, field) = Math.DivRem(i, fieldCount);
            var entry = scoring.Analysed[i];
            for (var t = 0; t < entry.Terms.Length; t++)
            {
                // The score is k / 1000 for an integer k (lunr's rounding); k / 1000 in JavaScript is the same double.
                var thousandths = (int)Math.Round(scoring.Score(i, t) * 1000);
                (postings[entry.Terms[t].Index * fieldCount + field] ??= []).Add((document, thousandths));
            }
        }
        return postings;
    }
}
