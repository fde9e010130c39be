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
/// each exactly, and the query engine's sums come out as lunr's do. With facet rows (<see cref="FacetRows"/>), a term
/// also carries the rows of its documents (every document in any of its postings, by ascending number, rows joined
/// by ','), so the page counts a query's facets from the shards it fetched anyway: the bytes follow the query's
/// results, not the catalogue.
/// </summary>
public static class ShardedIndexWriter
{
    /// <summary>
    /// About how many bytes of JSON a shard holds before the next term starts a new one. A term's postings are
    /// never split, so a term found in most documents makes a shard of its own.
    /// </summary>
    public const int ShardBytes = 24 * 1024;

    private const int TermBatch = 4096;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The shards in term order, and the first term of each (the first shard's is "", so every term has a shard).</summary>
    /// <param name="facetRows">Per document, in <paramref name="documents"/>' order, its facet row; null writes none.</param>
    /// <exception cref="ArgumentException">A field name or boost is invalid, a ref repeats, or a document names an unknown field.</exception>
    public static (IReadOnlyList<string> FirstTerms, IReadOnlyList<byte[]> Shards) Write(
        IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, int shardBytes = ShardBytes, IReadOnlyList<string>? facetRows = null,
        SearchAnalysisCache? cache = null)
    {
        if (facetRows is not null && facetRows.Count != documents.Count) throw new ArgumentException("one facet row per document", nameof(facetRows));
        var scoring = LunrScoring.Compute(fields, documents, cache);
        var postings = Postings(scoring);
        var terms = scoring.Terms;

        // Each term's value — ['_index', postings per field, rows] — made on every core, a batch of terms at a time (all
        // at once would hold the whole index twice: at 100,000 entries a quarter of a gigabyte more); the shards are then
        // cut from them in term order, byte for byte as one writer going through the terms would.
        var values = new byte[]?[terms.Length];
        void MakeValues(int from) => Parallel.For(from, Math.Min(from + TermBatch, terms.Length), () => new TermWriter(), (i, _, writer) =>
        {
            values[i] = writer.Value(terms[i].Index, fields.Count, postings, facetRows);
            return writer;
        }, writer => writer.Dispose());

        var firstTerms = new List<string>();
        var shards = new List<byte[]>();
        var buffer = new ArrayBufferWriter<byte>(shardBytes * 2);
        var json = new Utf8JsonWriter(buffer, JsonOptions);
        json.WriteStartObject();
        for (var i = 0; i < terms.Length; i++)
        {
            if (i % TermBatch == 0) MakeValues(i);
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
            if (firstTerms.Count == shards.Count) firstTerms.Add(shards.Count == 0 ? "" : terms[i].Text);
            json.WritePropertyName(terms[i].Text);
            json.WriteRawValue(values[i]!, skipInputValidation: true);
            // Each value once in memory: in its shard, or still waiting for it.
            values[i] = null;
        }
        json.WriteEndObject();
        json.Flush();
        if (firstTerms.Count == 0) firstTerms.Add("");
        shards.Add(buffer.WrittenSpan.ToArray());
        json.Dispose();
        return (firstTerms, shards);
    }

    /// <summary>Writes terms' values, one after another, with buffers of its own (one per thread).</summary>
    private sealed class TermWriter : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(4096);
        private readonly List<int> _documents = [];
        private readonly System.Text.StringBuilder _row = new();
        private readonly Utf8JsonWriter _json;

        public TermWriter() => _json = new Utf8JsonWriter(_buffer, JsonOptions);

        public byte[] Value(int term, int fieldCount, List<(int Document, int Score)>?[] postings, IReadOnlyList<string>? facetRows)
        {
            _buffer.Clear();
            _json.Reset(_buffer);
            _json.WriteStartArray();
            _json.WriteNumberValue(term);
            for (var f = 0; f < fieldCount; f++)
            {
                _json.WriteStartArray();
                var previous = 0;
                foreach (var (document, score) in postings[term * fieldCount + f] ?? [])
                {
                    _json.WriteNumberValue(document - previous);
                    _json.WriteNumberValue(score);
                    previous = document;
                }
                _json.WriteEndArray();
            }
            if (facetRows is not null) _json.WriteStringValue(Rows(postings, term, fieldCount, facetRows, _documents, _row));
            _json.WriteEndArray();
            _json.Flush();
            return _buffer.WrittenSpan.ToArray();
        }

        public void Dispose() => _json.Dispose();
    }

    // The rows of the term's documents, each once, by ascending document number: the order czech-search.js rebuilds from the postings.
    private static string Rows(List<(int Document, int Score)>?[] postings, int term, int fieldCount, IReadOnlyList<string> facetRows, List<int> documents, System.Text.StringBuilder text)
    {
        documents.Clear();
        for (var f = 0; f < fieldCount; f++)
            foreach (var (document, _) in postings[term * fieldCount + f] ?? []) documents.Add(document);
        documents.Sort();
        text.Clear();
        for (var i = 0; i < documents.Count; i++)
        {
            if (i > 0 && documents[i] == documents[i - 1]) continue;
            if (i > 0) text.Append(',');
            text.Append(facetRows[documents[i]]);
        }
        return text.ToString();
    }

    // Per (term '_index', field): the documents holding the term with their scores × 1000, in the order lunr meets
    // them: JavaScript lists an object's keys that are array indices ("7", "2021") first, ascending, then the others
    // in insertion (document) order, and lunr walks a posting with Object.keys. Tie order depends on it; gaps may be negative.
    private static List<(int Document, int Score)>?[] Postings(LunrScoring scoring)
    {
        var arrayIndex = new long?[scoring.Documents.Count];
        var anyIndex = false;
        for (var d = 0; d < arrayIndex.Length; d++) anyIndex |= (arrayIndex[d] = ArrayIndex(scoring.Documents[d].Ref)) is not null;
        var fieldCount = scoring.Fields.Count;
        var postings = new List<(int Document, int Score)>?[scoring.Terms.Length * fieldCount];
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
        if (anyIndex)
            foreach (var list in postings)
                if (list is not null)
                {
                    var ordered = list.OrderBy(p => arrayIndex[p.Document] is null ? 1 : 0).ThenBy(p => arrayIndex[p.Document] ?? 0).ThenBy(p => p.Document).ToList();
                    list.Clear();
                    list.AddRange(ordered);
                }
        return postings;
    }

    // ECMAScript's array index: the canonical decimal form of an integer below 2^32 - 1.
    private static long? ArrayIndex(string key)
    {
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0') || !key.All(char.IsAsciiDigit)) return null;
        var value = long.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
        return value < uint.MaxValue ? value : null;
    }
}
