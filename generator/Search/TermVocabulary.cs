using System.Collections.Concurrent;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Every term met, each with a number of its own, so the index works with arrays by term instead of dictionaries and
/// an analysed field holds numbers, not strings. Safe to grow from several threads (documents are analysed on every
/// core); which number a term gets does not matter to the output. serve keeps one from build to build
/// (<see cref="SearchIndexCache"/>): a term's id never changes.
/// </summary>
internal sealed class TermVocabulary
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly Lock _adding = new();

    public int Count => _terms.Count;

    /// <summary>A term by its id; not while terms are still being added.</summary>
    public string this[int id] => _terms[id];

    public int IdOf(string term)
    {
        if (_ids.TryGetValue(term, out var id)) return id;
        lock (_adding)
        {
            if (_ids.TryGetValue(term, out id)) return id;
            id = _terms.Count;
            _terms.Add(term);
            _ids[term] = id;
            return id;
        }
    }
}
