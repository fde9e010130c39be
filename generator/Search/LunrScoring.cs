using System.Runtime.InteropServices;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// What lunr.Builder computes before it serializes: each document field's terms, each term's lunr '_index' and
/// postings, and the BM25 score of a term in a document field. <see cref="ShardedIndexWriter"/> writes it as shards;
/// the tests' LunrIndexWriter (an oracle) writes it in lunr's JSON form to hold it equal to stock lunr's own index.
/// </summary>
internal sealed class LunrScoring
{
    // lunr.Builder's defaults.
    private const double K1 = 1.2;
    private const double B = 0.75;

    private LunrScoring(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, FieldTerms[] analysed, Term[] terms, double[] averageLengths)
    {
        Fields = fields;
        Documents = documents;
        Analysed = analysed;
        Terms = terms;
        AverageLengths = averageLengths;
    }

    public IReadOnlyList<SearchField> Fields { get; }
    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>One entry per (document, field), documents outer, fields inner: the order in which lunr.Builder adds them.</summary>
    public FieldTerms[] Analysed { get; }

    /// <summary>Every term, in ordinal order (lunr's inverted index order).</summary>
    public Term[] Terms { get; }

    public double[] AverageLengths { get; }

    /// <exception cref="ArgumentException">A field name or boost is invalid, a ref repeats, or a document names an unknown field.</exception>
    /// <param name="cache">The last build's analysis of each text (serve); null to analyse every text.</param>
    public static LunrScoring Compute(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, SearchAnalysisCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(documents);
        Validate(fields, documents);
        cache?.Begin();
        var analysed = Analyse(fields, documents, cache);
        cache?.End();
        var terms = AssignTerms(analysed, fields.Count);
        return new LunrScoring(fields, documents, analysed, terms, MeanLengths(analysed, fields.Count, documents.Count));
    }

    /// <summary>The score of the entry's t-th distinct term, as lunr stores it in the field vector.</summary>
    public double Score(int entry, int t)
    {
        var field = entry % Fields.Count;
        var terms = Analysed[entry];
        return Score(terms.Terms[t].Idf(Documents.Count), terms.Frequencies[t], terms.Length, AverageLengths[field], Fields[field].Boost);
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

    // Two fields with the same text share one FieldTerms: its terms are the same, and so is what AssignTerms gives it.
    private static FieldTerms[] Analyse(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, SearchAnalysisCache? cache)
    {
        var result = new FieldTerms[documents.Count * fields.Count];
        // Analysis is most of the work and independent per document; every result goes to its own slot, so the
        // output does not depend on scheduling.
        Parallel.For(0, documents.Count, () => (Collector: new TermCollector(cache: true), Words: new List<string>()),
            (d, _, local) =>
            {
                for (var f = 0; f < fields.Count; f++)
                {
                    var text = documents[d].Fields.GetValueOrDefault(fields[f].Name);
                    FieldTerms Analysed()
                    {
                        local.Words.Clear();
                        local.Collector.Collect(text, local.Words);
                        return FieldTerms.Count(local.Words);
                    }
                    result[d * fields.Count + f] = cache is null ? Analysed() : cache.GetOrAnalyse(text ?? "", Analysed);
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

    private static double[] MeanLengths(FieldTerms[] analysed, int fieldCount, int documentCount)
    {
        var sums = new double[fieldCount];
        for (var i = 0; i < analysed.Length; i++) sums[i % fieldCount] += analysed[i].Length;
        for (var f = 0; f < fieldCount; f++) sums[f] = documentCount == 0 ? 0 : sums[f] / documentCount;
        return sums;
    }

    // lunr.Builder#createFieldVectors, operation for operation, so the doubles come out bit for bit the same.
    private static double Score(double idf, int frequency, int length, double averageLength, double boost)
    {
        var score = idf * ((K1 + 1) * frequency) / (K1 * (1 - B + B * (length / averageLength)) + frequency);
        score *= boost;
        // JavaScript's Math.round(score * 1000) / 1000; scores are positive, where it rounds halves away from zero.
        return Math.Round(score * 1000, MidpointRounding.AwayFromZero) / 1000;
    }

    /// <summary>The terms of one field of one document: distinct terms in order of first occurrence, their counts, and the field length.</summary>
    internal sealed class FieldTerms(string[] distinct, int[] frequencies, int length)
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

    internal sealed class Term(string text, int index, int fieldCount)
    {
        private readonly List<int>?[] _documents = new List<int>?[fieldCount];
        private double _idf = double.NaN;

        public string Text { get; } = text;
        public int Index { get; } = index;

        public void AddDocument(int field, int document) => (_documents[field] ??= []).Add(document);

        /// <summary>The documents holding the term in the field, in document order.</summary>
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
