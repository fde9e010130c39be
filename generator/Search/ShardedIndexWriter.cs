using System.Buffers;
using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// The postings of a lunr index, cut into shards of consecutive terms, so the search page fetches only the shards
/// holding its query's terms (czech-search.js). A shard is a JSON object: term → [lunr '_index', then per field the
/// postings as a flat list of (document-number gap, the term's count in the field, the field's length)]. From these,
/// the document count and each field's total length (the manifest's), czech-search.js computes the BM25 scores
/// lunr.Builder would store, operation for operation. Scores are not stored: they move with every field's average
/// length, so one edited title would change every shard; counts and lengths change only in the edited entry's terms.
/// With facet rows (<see cref="FacetRows"/>), a term also carries the rows of its documents (every document in any of
/// its postings, by ascending number, rows joined by ','), so the page counts a query's facets from the shards it
/// fetched anyway: the bytes follow the query's results, not the catalogue.
/// </summary>
public static class ShardedIndexWriter
{
    /// <summary>
    /// About how many bytes of JSON a shard holds before the next term starts a new one. A term's postings are
    /// never split, so a term found in most documents makes a shard of its own.
    /// </summary>
    public const int ShardBytes = 24 * 1024;

    private const int TermBatch = 4096;

    // A term's value is written with '_index' 0 and kept without these three bytes, so it does not depend on the
    // '_index', which moves for many terms when one entry gains or loses a term of its own.
    private static readonly byte[] IndexZero = "[0,"u8.ToArray();

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="facetRows">Per document, in <paramref name="documents"/>' order, its facet row; null writes none.</param>
    /// <param name="cache">The last index written (serve): only the terms of what changed are written again.</param>
    /// <exception cref="ArgumentException">A field name or boost is invalid, a ref repeats, or a document names an unknown field.</exception>
    public static ShardedIndex Write(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, int shardBytes = ShardBytes,
        IReadOnlyList<string>? facetRows = null, SearchIndexCache? cache = null, SearchAnalyzer? analyzer = null)
    {
        var table = new ShardTable();
        List<byte[]> shards = [.. Stream(fields, documents, table, shardBytes, facetRows, cache, analyzer)];
        return new ShardedIndex(table.FirstTerms, shards, table.LengthSums, table.FirstHits);
    }

    /// <summary>
    /// The shards one at a time, as they are cut, so that a build writes each before the next is made (at 100,000
    /// entries the shards are about a hundred megabytes); <paramref name="table"/> is complete once the last one is out.
    /// </summary>
    /// <inheritdoc cref="Write"/>
    public static IEnumerable<byte[]> Stream(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, ShardTable table,
        int shardBytes = ShardBytes, IReadOnlyList<string>? facetRows = null, SearchIndexCache? cache = null, SearchAnalyzer? analyzer = null)
    {
        if (facetRows is not null && facetRows.Count != documents.Count) throw new ArgumentException("one facet row per document", nameof(facetRows));
        var scoring = LunrScoring.Compute(fields, documents, cache, analyzer);
        var last = cache?.Written;
        var dirty = Changed(scoring, facetRows, last);
        var sorted = Sorted(scoring, last);
        var postings = Postings(scoring, dirty);
        var order = LunrOrder(documents);
        var tails = new byte[]?[scoring.Vocabulary.Count];

        // Each term's value, but for its '_index', made on every core a batch of terms at a time (all at once would hold
        // the whole index twice: at 100,000 entries a quarter of a gigabyte more), or the last build's when nothing it
        // comes from changed; the shards are then cut in term order, byte for byte as one writer through the terms would.
        void MakeTails(int from) => Parallel.For(from, Math.Min(from + TermBatch, sorted.Length), () => new TermWriter(), (i, _, writer) =>
        {
            var id = sorted[i];
            // A term nothing changed in was in the last index, with its value kept; its postings were not collected.
            tails[id] = dirty?[id] != false ? writer.Tail(id, scoring, postings, order, facetRows)
                : id < last!.Tails.Length && last.Tails[id] is { } kept ? kept
                : throw new InvalidOperationException($"the search index kept no value for the unchanged term '{scoring.Vocabulary[id]}'");
            return writer;
        }, writer => writer.Dispose());

        var firstTerms = table.FirstTerms;
        var shards = 0;
        var buffer = new ArrayBufferWriter<byte>(shardBytes * 2);
        var value = new ArrayBufferWriter<byte>(4096);
        var json = new Utf8JsonWriter(buffer, JsonOptions);
        json.WriteStartObject();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i % TermBatch == 0) MakeTails(i);
            json.Flush();
            if (buffer.WrittenCount > shardBytes)
            {
                json.WriteEndObject();
                json.Flush();
                yield return buffer.WrittenSpan.ToArray();
                shards++;
                buffer.Clear();
                json.Reset(buffer);
                json.WriteStartObject();
            }
            var id = sorted[i];
            var text = scoring.Vocabulary[id];
            if (firstTerms.Count == shards) firstTerms.Add(shards == 0 ? "" : text);
            json.WritePropertyName(text);
            json.WriteRawValue(Value(value, scoring.LunrIndex[id], tails[id]!), skipInputValidation: true);
            // Each value once in memory, in its shard, unless serve keeps it for the next build.
            if (cache is null) tails[id] = null;
        }
        json.WriteEndObject();
        json.Flush();
        if (firstTerms.Count == 0) firstTerms.Add("");
        json.Dispose();
        yield return buffer.WrittenSpan.ToArray();
        // What the shards were made from is not needed for the first hits: let it go before they are ranked.
        postings = null!;
        if (cache is not null)
        {
            cache.Written = new WrittenIndex([.. documents.Select(d => d.Ref)], fields.Count, scoring.Analysed, facetRows?.ToArray(), tails, sorted);
            // The index is the last thing a build asks of the cache.
            cache.EndBuild();
        }
        var first = FirstResults.Of(scoring, order);
        table.LengthSums = scoring.LengthSums;
        table.FirstHits = [.. sorted.Select(id => (scoring.Vocabulary[id], first[id]!))];
    }

    private static ReadOnlySpan<byte> Value(ArrayBufferWriter<byte> value, int lunrIndex, byte[] tail)
    {
        value.Clear();
        value.GetSpan(1)[0] = (byte)'[';
        value.Advance(1);
        Utf8Formatter.TryFormat(lunrIndex, value.GetSpan(11), out var written);
        value.Advance(written);
        value.GetSpan(1)[0] = (byte)',';
        value.Advance(1);
        value.Write(tail);
        return value.WrittenSpan;
    }

    /// <summary>
    /// By term id, whether the term's value may differ from the last build's: it is in a field that changed (before or
    /// after), or in a document whose facet row changed. Null when everything may: no last build, or other documents.
    /// </summary>
    private static bool[]? Changed(LunrScoring scoring, IReadOnlyList<string>? rows, WrittenIndex? last)
    {
        var documents = scoring.Documents;
        var fieldCount = scoring.Fields.Count;
        if (last is null || last.FieldCount != fieldCount || last.Refs.Length != documents.Count || (last.Rows is null) != (rows is null)) return null;
        for (var d = 0; d < documents.Count; d++)
            if (last.Refs[d] != documents[d].Ref) return null;

        var changed = new bool[scoring.Vocabulary.Count];
        void Mark(LunrScoring.FieldTerms terms)
        {
            foreach (var id in terms.Ids) changed[id] = true;
        }
        for (var d = 0; d < documents.Count; d++)
        {
            var rowChanged = rows is not null && last.Rows![d] != rows[d];
            for (var i = d * fieldCount; i < (d + 1) * fieldCount; i++)
                if (rowChanged || !Same(last.Analysed[i], scoring.Analysed[i]))
                {
                    Mark(last.Analysed[i]);
                    Mark(scoring.Analysed[i]);
                }
        }
        return changed;
    }

    // An edited entry's fields are analysed anew, but most of them say what they said.
    private static bool Same(LunrScoring.FieldTerms a, LunrScoring.FieldTerms b) => ReferenceEquals(a, b)
        || (a.Length == b.Length && a.Ids.AsSpan().SequenceEqual(b.Ids) && a.Frequencies.AsSpan().SequenceEqual(b.Frequencies));

    // The ids of the terms the documents have, by text: the last build's order when they have the same terms.
    private static int[] Sorted(LunrScoring scoring, WrittenIndex? last)
    {
        var present = scoring.LunrIndex.Count(i => i >= 0);
        if (last is not null && last.Sorted.Length == present && last.Sorted.All(id => id < scoring.LunrIndex.Length && scoring.LunrIndex[id] >= 0))
            return last.Sorted;
        var sorted = new int[present];
        var next = 0;
        for (var id = 0; id < scoring.LunrIndex.Length; id++)
            if (scoring.LunrIndex[id] >= 0) sorted[next++] = id;
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(scoring.Vocabulary[a], scoring.Vocabulary[b]));
        return sorted;
    }

    // Per (term id, field): the documents holding the term and its place among the field's distinct terms, as pairs,
    // in document order; only for the terms to be written (all when changed is null). Counted first, so that each list
    // is an array of its own size (lists grown by doubling held up to twice the postings: 10⁷ pairs at 100,000 entries).
    private static int[]?[] Postings(LunrScoring scoring, bool[]? changed)
    {
        var fieldCount = scoring.Fields.Count;
        var counts = new int[scoring.Vocabulary.Count * fieldCount];
        for (var i = 0; i < scoring.Analysed.Length; i++)
            foreach (var id in scoring.Analysed[i].Ids)
                if (changed?[id] != false) counts[id * fieldCount + i % fieldCount] += 2;
        var postings = new int[]?[counts.Length];
        for (var i = 0; i < scoring.Analysed.Length; i++)
        {
            var (document, field) = Math.DivRem(i, fieldCount);
            var ids = scoring.Analysed[i].Ids;
            for (var t = 0; t < ids.Length; t++)
            {
                if (changed?[ids[t]] == false) continue;
                var slot = ids[t] * fieldCount + field;
                var list = postings[slot] ??= new int[counts[slot]];
                // counts[slot] is what is still to come, so the next free place is the length minus it.
                var at = list.Length - counts[slot];
                list[at] = document;
                list[at + 1] = t;
                counts[slot] -= 2;
            }
        }
        return postings;
    }

    // The order in which lunr meets a posting's documents: JavaScript lists an object's keys that are array indices
    // ("7", "2021") first, ascending, then the others in insertion (document) order, and lunr walks a posting with
    // Object.keys. Tie order depends on it; gaps may be negative. Null when no ref is an array index (document order).
    private static long[]? LunrOrder(IReadOnlyList<SearchDocument> documents)
    {
        var keys = new long[documents.Count];
        var anyIndex = false;
        for (var d = 0; d < keys.Length; d++)
        {
            var index = ArrayIndex(documents[d].Ref);
            anyIndex |= index is not null;
            keys[d] = index ?? uint.MaxValue + (long)d;
        }
        return anyIndex ? keys : null;
    }

    // ECMAScript's array index: the canonical decimal form of an integer below 2^32 - 1.
    private static long? ArrayIndex(string key)
    {
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0') || !key.All(char.IsAsciiDigit)) return null;
        var value = long.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
        return value < uint.MaxValue ? value : null;
    }

    /// <summary>Writes terms' values, one after another, with buffers of its own (one per thread).</summary>
    private sealed class TermWriter : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(4096);
        private readonly List<int> _documents = [];
        private readonly List<(long Key, int Document, int Place)> _ordered = [];
        private readonly System.Text.StringBuilder _row = new();
        private readonly Utf8JsonWriter _json;

        public TermWriter() => _json = new Utf8JsonWriter(_buffer, JsonOptions);

        /// <summary>The term's value, from its first posting list on: [0, postings per field, rows] without "[0,".</summary>
        public byte[] Tail(int id, LunrScoring scoring, int[]?[] postings, long[]? order, IReadOnlyList<string>? facetRows)
        {
            var fieldCount = scoring.Fields.Count;
            _buffer.Clear();
            _json.Reset(_buffer);
            _json.WriteStartArray();
            _json.WriteNumberValue(0);
            for (var f = 0; f < fieldCount; f++)
            {
                _json.WriteStartArray();
                var previous = 0;
                foreach (var (_, document, place) in Ordered(postings[id * fieldCount + f], order))
                {
                    var terms = scoring.Analysed[document * fieldCount + f];
                    _json.WriteNumberValue(document - previous);
                    _json.WriteNumberValue(terms.Frequencies[place]);
                    _json.WriteNumberValue(terms.Length);
                    previous = document;
                }
                _json.WriteEndArray();
            }
            if (facetRows is not null) _json.WriteStringValue(Rows(postings, id, fieldCount, facetRows));
            _json.WriteEndArray();
            _json.Flush();
            return _buffer.WrittenSpan[IndexZero.Length..].ToArray();
        }

        public void Dispose() => _json.Dispose();

        private List<(long Key, int Document, int Place)> Ordered(int[]? pairs, long[]? order)
        {
            _ordered.Clear();
            for (var i = 0; pairs is not null && i < pairs.Length; i += 2) _ordered.Add((order?[pairs[i]] ?? pairs[i], pairs[i], pairs[i + 1]));
            if (order is not null) _ordered.Sort((a, b) => a.Key.CompareTo(b.Key));
            return _ordered;
        }

        // The rows of the term's documents, each once, by ascending document number: the order czech-search.js rebuilds from the postings.
        private string Rows(int[]?[] postings, int id, int fieldCount, IReadOnlyList<string> facetRows)
        {
            _documents.Clear();
            for (var f = 0; f < fieldCount; f++)
                if (postings[id * fieldCount + f] is { } pairs)
                    for (var i = 0; i < pairs.Length; i += 2) _documents.Add(pairs[i]);
            _documents.Sort();
            _row.Clear();
            for (var i = 0; i < _documents.Count; i++)
            {
                if (i > 0 && _documents[i] == _documents[i - 1]) continue;
                if (i > 0) _row.Append(',');
                _row.Append(facetRows[_documents[i]]);
            }
            return _row.ToString();
        }
    }
}
