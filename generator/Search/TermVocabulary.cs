namespace DobraPraxe.Generator.Search;

/// <summary>
/// Every term met, each with a number of its own in the order met, so the index works with arrays by term instead
/// of dictionaries. serve keeps one from build to build (<see cref="SearchIndexCache"/>): a term's id never changes.
/// </summary>
internal sealed class TermVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];

    public int Count => _terms.Count;

    public string this[int id] => _terms[id];

    public int IdOf(string term)
    {
        ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, term, out var exists);
        if (!exists)
        {
            id = _terms.Count;
            _terms.Add(term);
        }
        return id;
    }
}
