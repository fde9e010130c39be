using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Builds a search index in the JSON form of lunr.js 2.3.9's <c>lunr.Index.prototype.toJSON</c>, so the browser loads
/// it with stock <c>lunr.Index.load</c> after czech-lunr.js has registered the <see cref="CzechAnalyzer.PipelineFunction"/>
/// pipeline function. Scores are lunr.Builder's: BM25 with k1 = 1.2 and b = 0.75 per field, times the field boost,
/// rounded to three decimals; no token metadata is stored (lunr's empty metadata whitelist), which keeps the file small.
/// </summary>
public static class LunrIndexWriter
{
    /// <summary>The lunr version written into the index; lunr warns when it loads an index of another version.</summary>
    public const string LunrVersion = "2.3.9";

    // lunr.Builder's defaults.
    private const double K1 = 1.2;
    private const double B = 0.75;

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
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(documents);
        Validate(fields, documents);

        var analysed = Analyse(fields, documents);
        var terms = AssignTerms(analysed, fields.Count);
        var averageLengths = AverageLengths(analysed, fields.Count, documents.Count);

        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("version", LunrVersion);
            json.WriteStartArray("fields");
            foreach (var field in fields) json.WriteStringValue(field.Name);
            json.WriteEndArray();
            WriteFieldVectors(json, fields, documents, analysed, averageLengths);
            WriteInvertedIndex(json, fields, documents, terms);
            json.WriteStartArray("pipeline");
            json.WriteStringValue(CzechAnalyzer.PipelineFunction);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Validate(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field is null) throw new ArgumentException("a search field is null", nameof(fields));
            if (string.IsNullOrEmpty(field.Name) || field.Name.Contains('/') || field.Name == "_index")
                throw new ArgumentException($"search field name '{field.Name}' is empty, contains '/' or is '_index'", nameof(fields));
            if (!double.IsFinite(field.Boost) || field.Boost <= 0)
                throw new ArgumentException($"search field '{field.Name}' has boost {field.Boost}; it must be a positive number", nameof(fields));
            if (!names.Add(field.Name)) throw new ArgumentException($"search field '{field.Name}' is defined twice", nameof(fields));
        }

        var refs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document?.Ref is null || document.Fields is null)
                throw new ArgumentException("a search document, its ref or its fields are null", nameof(documents));
            if (!refs.Add(document.Ref)) throw new ArgumentException($"search document ref '{document.Ref}' occurs twice", nameof(documents));
            foreach (var name in document.Fields.Keys)
                if (!names.Contains(name))
                    throw new ArgumentException($"search document '{document.Ref}' has field '{name}', which is not among the index fields", nameof(documents));
        }
    }

    // One entry per (document, field), documents outer, fields inner: the order in which lunr.Builder adds them.
    private static FieldTerms[] Analyse(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents)
    {
        var result = new FieldTerms[documents.Count * fields.Count];
        // Analysis is most of the work and independent per document; every result goes to its own slot, so the
        // output does not depend on scheduling.
        Parallel.For(0, documents.Count, () => (Collector: new TermCollector(cache: true), Words: new List<string>()),
            (d, _, local) =>
            {
                for (var f = 0; f < fields.Count; f++)
                {
                    local.Words.Clear();
                    local.Collector.Collect(documents[d].Fields.GetValueOrDefault(fields[f].Name), local.Words);
                    result[d * fields.Count + f] = FieldTerms.Count(local.Words);
                }
                return local;
            },
            _ => { });
        return result;
    }

    // Gives each term its lunr '_index' (the order of first occurrence) and lists, per field, the documents holding it.
    private static Term[] AssignTerms(FieldTerms[] analysed, int fieldCount)
    {
        var terms = new Dictionary<string, Term>(StringComparer.Ordinal);
        for (var i = 0; i < analysed.Length; i++)
        {
            var entry = analysed[i];
            var (document, field) = Math.DivRem(i, fieldCount);
            var resolved = new Term[entry.Distinct.Length];
            for (var t = 0; t < entry.Distinct.Length; t++)
            {
                ref var term = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, entry.Distinct[t], out _);
                term ??= new Term(entry.Distinct[t], terms.Count - 1, fieldCount);
                term.AddDocument(field, document);
                resolved[t] = term;
            }
            entry.Terms = resolved;
        }
        var sorted = terms.Values.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Text, b.Text));
        return sorted;
    }

    private static double[] AverageLengths(FieldTerms[] analysed, int fieldCount, int documentCount)
    {
        var sums = new double[fieldCount];
        for (var i = 0; i < analysed.Length; i++) sums[i % fieldCount] += analysed[i].Length;
        for (var f = 0; f < fieldCount; f++) sums[f] = documentCount == 0 ? 0 : sums[f] / documentCount;
        return sums;
    }

    private static void WriteFieldVectors(Utf8JsonWriter json, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents,
        FieldTerms[] analysed, double[] averageLengths)
    {
        var elements = new List<(int Index, double Score)>();
        json.WriteStartArray("fieldVectors");
        for (var i = 0; i < analysed.Length; i++)
        {
            var (document, f) = Math.DivRem(i, fields.Count);
            var entry = analysed[i];
            elements.Clear();
            for (var t = 0; t < entry.Terms.Length; t++)
            {
                var term = entry.Terms[t];
                elements.Add((term.Index, Score(term.Idf(documents.Count), entry.Frequencies[t], entry.Length, averageLengths[f], fields[f].Boost)));
            }
            elements.Sort((a, b) => a.Index.CompareTo(b.Index));

            json.WriteStartArray();
            json.WriteStringValue(fields[f].Name + "/" + documents[document].Ref);
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

    // lunr.Builder#createFieldVectors, operation for operation, so the doubles come out bit for bit the same.
    private static double Score(double idf, int frequency, int length, double averageLength, double boost)
    {
        var score = idf * ((K1 + 1) * frequency) / (K1 * (1 - B + B * (length / averageLength)) + frequency);
        score *= boost;
        // JavaScript's Math.round(score * 1000) / 1000; scores are positive, where it rounds halves away from zero.
        return Math.Round(score * 1000, MidpointRounding.AwayFromZero) / 1000;
    }

    private static void WriteInvertedIndex(Utf8JsonWriter json, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, Term[] terms)
    {
        // Each ref is written once per term it holds: escape it once.
        var refs = new JsonEncodedText[documents.Count];
        for (var d = 0; d < refs.Length; d++) refs[d] = JsonEncodedText.Encode(documents[d].Ref, JsonOptions.Encoder);
        var names = fields.Select(f => JsonEncodedText.Encode(f.Name, JsonOptions.Encoder)).ToArray();
        var index = JsonEncodedText.Encode("_index");

        json.WriteStartArray("invertedIndex");
        foreach (var term in terms)
        {
            json.WriteStartArray();
            json.WriteStringValue(term.Text);
            json.WriteStartObject();
            json.WriteNumber(index, term.Index);
            for (var f = 0; f < names.Length; f++)
            {
                json.WriteStartObject(names[f]);
                foreach (var document in term.DocumentsIn(f))
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

    /// <summary>The terms of one field of one document: distinct terms in order of first occurrence, their counts, and the field length.</summary>
    private sealed class FieldTerms(string[] distinct, int[] frequencies, int length)
    {
        public string[] Distinct { get; } = distinct;
        public int[] Frequencies { get; } = frequencies;
        public int Length { get; } = length;
        public Term[] Terms { get; set; } = [];

        public static FieldTerms Count(List<string> words)
        {
            if (words.Count == 0) return new FieldTerms([], [], 0);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var word in words)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out var exists);
                if (!exists) order.Add(word);
                count++;
            }
            var distinct = order.ToArray();
            return new FieldTerms(distinct, Array.ConvertAll(distinct, w => counts[w]), words.Count);
        }
    }

    private sealed class Term(string text, int index, int fieldCount)
    {
        private readonly List<int>?[] _documents = new List<int>?[fieldCount];
        private double _idf = double.NaN;

        public string Text { get; } = text;
        public int Index { get; } = index;

        public void AddDocument(int field, int document) => (_documents[field] ??= []).Add(document);

        public IReadOnlyList<int> DocumentsIn(int field) => _documents[field] ?? (IReadOnlyList<int>)[];

        // lunr.idf: a document counts once for each field the term occurs in.
        public double Idf(int documentCount)
        {
            if (double.IsNaN(_idf))
            {
                var withTerm = 0;
                foreach (var list in _documents) withTerm += list?.Count ?? 0;
                var x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
                _idf = Math.Log(1 + Math.Abs(x));
            }
            return _idf;
        }
    }
}
