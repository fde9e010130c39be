using System.Runtime.InteropServices;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// What lunr.Builder knows before it scores: each document field's terms with their counts and the field's length,
/// each term's lunr '_index' (the order in which the documents first meet it), and each field's total length.
/// <see cref="ShardedIndexWriter"/> writes it as shards, from which czech-search.js computes lunr's BM25 scores in the
/// browser; <see cref="Score"/> computes them here as lunr.Builder does, for the tests' LunrIndexWriter (an oracle
/// that holds this analysis equal to stock lunr's own index).
/// </summary>
internal sealed class LunrScoring
{
    // lunr.Builder's defaults (czech-search.js has the same).
    private const double K1 = 1.2;
    private const double B = 0.75;

    private int[]? _documentFrequencies;

    private LunrScoring(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, FieldTerms[] analysed, TermVocabulary vocabulary, int[] lunrIndex, long[] lengthSums)
    {
        Fields = fields;
        Documents = documents;
        Analysed = analysed;
        Vocabulary = vocabulary;
        LunrIndex = lunrIndex;
        LengthSums = lengthSums;
    }

    public IReadOnlyList<SearchField> Fields { get; }
    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>One entry per (document, field), documents outer, fields inner: the order in which lunr.Builder adds them.</summary>
    public FieldTerms[] Analysed { get; }

    /// <summary>The term of each id in <see cref="FieldTerms.Ids"/>; it may know terms no document has any more (serve keeps it).</summary>
    public TermVocabulary Vocabulary { get; }

    /// <summary>By term id: the term's lunr '_index', or -1 when no document has the term.</summary>
    public int[] LunrIndex { get; }

    /// <summary>Per field, the sum of its lengths over all documents: lunr's average field length times the document count.</summary>
    public long[] LengthSums { get; }

    /// <exception cref="ArgumentException">A field name or boost is invalid, a ref repeats, or a document names an unknown field.</exception>
    /// <param name="cache">The last build's analyses and vocabulary (serve); null to analyse every document.</param>
    /// <param name="analyzer">The text analysis of the index's language; null for Czech.</param>
    public static LunrScoring Compute(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, SearchIndexCache? cache = null, SearchAnalyzer? analyzer = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(documents);
        Validate(fields, documents);
        var vocabulary = cache?.Vocabulary ?? new TermVocabulary();
        var analysed = Analyse(fields, documents, vocabulary, cache, analyzer ?? SearchAnalyzer.Czech);
        return new LunrScoring(fields, documents, analysed, vocabulary, IndexTerms(analysed, vocabulary.Count), SumLengths(analysed, fields.Count));
    }

    /// <summary>The score of the entry's t-th distinct term, as lunr.Builder stores it in the field vector.</summary>
    public double Score(int entry, int t)
    {
        // Scores are asked for from several threads (FirstResults): the counts are made once for all.
        LazyInitializer.EnsureInitialized(ref _documentFrequencies, CountDocuments);
        var field = entry % Fields.Count;
        var terms = Analysed[entry];
        var withTerm = _documentFrequencies[terms.Ids[t]];
        // lunr.idf: a document counts once for each field the term occurs in.
        var x = (Documents.Count - withTerm + 0.5) / (withTerm + 0.5);
        var idf = Math.Log(1 + Math.Abs(x));
        return Score(idf, terms.Frequencies[t], terms.Length, (double)LengthSums[field] / Documents.Count, Fields[field].Boost);
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

    // With a cache, a document that is the same object as in the last build keeps its analysis.
    private static FieldTerms[] Analyse(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, TermVocabulary vocabulary, SearchIndexCache? cache,
        SearchAnalyzer analyzer)
    {
        var result = new FieldTerms[documents.Count * fields.Count];
        // Analysis is most of the work and independent per document; every result goes to its own slot, so the
        // output does not depend on scheduling.
        Parallel.For(0, documents.Count, () => (Collector: analyzer.NewCollector(), Words: new List<string>()),
            (d, _, local) =>
            {
                FieldTerms[] Document()
                {
                    var terms = new FieldTerms[fields.Count];
                    for (var f = 0; f < fields.Count; f++)
                    {
                        var text = documents[d].Fields.GetValueOrDefault(fields[f].Name);
                        local.Words.Clear();
                        local.Collector.Collect(text, local.Words);
                        terms[f] = FieldTerms.Count(local.Words, vocabulary);
                    }
                    return terms;
                }
                var analysed = cache is null ? Document() : cache.Document(documents[d], Document);
                analysed.CopyTo(result, d * fields.Count);
                return local;
            },
            _ => { });
        return result;
    }

    // lunr's '_index' of each term: the order of first occurrence, documents outer, fields inner.
    private static int[] IndexTerms(FieldTerms[] analysed, int vocabularySize)
    {
        var index = new int[vocabularySize];
        Array.Fill(index, -1);
        var next = 0;
        foreach (var entry in analysed)
            foreach (var id in entry.Ids)
                if (index[id] < 0) index[id] = next++;
        return index;
    }

    private static long[] SumLengths(FieldTerms[] analysed, int fieldCount)
    {
        var sums = new long[fieldCount];
        for (var i = 0; i < analysed.Length; i++) sums[i % fieldCount] += analysed[i].Length;
        return sums;
    }

    private int[] CountDocuments()
    {
        var counts = new int[Vocabulary.Count];
        foreach (var entry in Analysed)
            foreach (var id in entry.Ids) counts[id]++;
        return counts;
    }

    // lunr.Builder#createFieldVectors, operation for operation, so the doubles come out bit for bit the same.
    private static double Score(double idf, int frequency, int length, double averageLength, double boost)
    {
        var score = idf * ((K1 + 1) * frequency) / (K1 * (1 - B + B * (length / averageLength)) + frequency);
        score *= boost;
        // JavaScript's Math.round(score * 1000) / 1000; scores are positive, where it rounds halves away from zero.
        return Math.Round(score * 1000, MidpointRounding.AwayFromZero) / 1000;
    }

    /// <summary>
    /// The terms of one field of one document: the distinct terms' ids in the vocabulary it was analysed with (in order of
    /// first occurrence), their counts, and the field length.
    /// </summary>
    internal sealed class FieldTerms(int[] ids, int[] frequencies, int length)
    {
        public int[] Ids { get; } = ids;
        public int[] Frequencies { get; } = frequencies;
        public int Length { get; } = length;

        public static FieldTerms Count(List<string> words, TermVocabulary vocabulary)
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
            return new FieldTerms([.. order.Select(vocabulary.IdOf)], [.. order.Select(w => counts[w])], words.Count);
        }
    }
}
