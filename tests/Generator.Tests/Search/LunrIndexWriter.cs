using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using DobraPraxe.Generator.Search;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>
/// A test oracle, not part of the site: the sharded index (ShardedIndexWriter) is written from LunrScoring's analysis, and
/// this writer puts the same analysis, scored as lunr.Builder scores it, into the JSON stock lunr.js reads, so LunrOracleTests can hold it equal to the index
/// lunr itself builds. (The site shipped this whole index until issue 18; at 10,000 entries it was 50 MB.)
/// Builds a search index in the JSON form of lunr.js 2.3.9's <c>lunr.Index.prototype.toJSON</c>, so the browser loads
/// it with stock <c>lunr.Index.load</c> after czech-lunr.js has registered the <see cref="CzechAnalyzer.PipelineFunction"/>
/// pipeline function. Scores are lunr.Builder's: BM25 with k1 = 1.2 and b = 0.75 per field, times the field boost,
/// rounded to three decimals; no token metadata is stored (lunr's empty metadata whitelist), which keeps the file small.
/// </summary>
public static class LunrIndexWriter
{
    /// <summary>The lunr version written into the index; lunr warns when it loads an index of another version.</summary>
    public const string LunrVersion = "2.3.9";

    // Escapes '<', '>', '&', quotes and everything outside ASCII, so the JSON is safe inside a <script> element too.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The serialized index as a string; the same fields and documents always give the same text.</summary>
    /// <exception cref="ArgumentException">A field name or boost is invalid, a ref repeats, or a document names an unknown field.</exception>
    public static string Write(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents) =>
        Encoding.UTF8.GetString(WriteUtf8(fields, documents));

    /// <summary>The serialized index as UTF-8 bytes, ready to be written to a file.</summary>
    /// <exception cref="ArgumentException">A field name or boost is invalid, a ref repeats, or a document names an unknown field.</exception>
    public static byte[] WriteUtf8(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents)
    {
        var scoring = LunrScoring.Compute(fields, documents);

        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("version", LunrVersion);
            json.WriteStartArray("fields");
            foreach (var field in fields) json.WriteStringValue(field.Name);
            json.WriteEndArray();
            WriteFieldVectors(json, scoring);
            WriteInvertedIndex(json, fields, documents, scoring);
            json.WriteStartArray("pipeline");
            json.WriteStringValue(CzechAnalyzer.PipelineFunction);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteFieldVectors(Utf8JsonWriter json, LunrScoring scoring)
    {
        var fields = scoring.Fields;
        var elements = new List<(int Index, double Score)>();
        json.WriteStartArray("fieldVectors");
        for (var i = 0; i < scoring.Analysed.Length; i++)
        {
            var (document, f) = Math.DivRem(i, fields.Count);
            var entry = scoring.Analysed[i];
            elements.Clear();
            for (var t = 0; t < entry.Ids.Length; t++) elements.Add((scoring.LunrIndex[entry.Ids[t]], scoring.Score(i, t)));
            elements.Sort((a, b) => a.Index.CompareTo(b.Index));

            json.WriteStartArray();
            json.WriteStringValue(fields[f].Name + "/" + scoring.Documents[document].Ref);
            json.WriteStartArray();
            foreach (var (index, score) in elements)
            {
                json.WriteNumberValue(index);
                json.WriteNumberValue(score);
            }
            json.WriteEndArray();
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static void WriteInvertedIndex(Utf8JsonWriter json, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, LunrScoring scoring)
    {
        // Per term id and field, the documents holding the term, in document order.
        var holders = new List<int>[scoring.Vocabulary.Count, fields.Count];
        for (var i = 0; i < scoring.Analysed.Length; i++)
            foreach (var id in scoring.Analysed[i].Ids) (holders[id, i % fields.Count] ??= []).Add(i / fields.Count);
        var terms = Enumerable.Range(0, scoring.Vocabulary.Count).Where(id => scoring.LunrIndex[id] >= 0)
            .OrderBy(id => scoring.Vocabulary[id], StringComparer.Ordinal).ToList();
        // Each ref is written once per term it holds: escape it once.
        var refs = new JsonEncodedText[documents.Count];
        for (var d = 0; d < refs.Length; d++) refs[d] = JsonEncodedText.Encode(documents[d].Ref, JsonOptions.Encoder);
        var names = fields.Select(f => JsonEncodedText.Encode(f.Name, JsonOptions.Encoder)).ToArray();
        var index = JsonEncodedText.Encode("_index");

        json.WriteStartArray("invertedIndex");
        foreach (var term in terms)
        {
            json.WriteStartArray();
            json.WriteStringValue(scoring.Vocabulary[term]);
            json.WriteStartObject();
            json.WriteNumber(index, scoring.LunrIndex[term]);
            for (var f = 0; f < names.Length; f++)
            {
                json.WriteStartObject(names[f]);
                foreach (var document in holders[term, f] ?? [])
                {
                    // lunr keeps whitelisted token metadata here; with none, each posting is an empty object.
                    json.WriteStartObject(refs[document]);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
