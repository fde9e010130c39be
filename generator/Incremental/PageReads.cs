using DobraPraxe.Generator.Templating;

namespace DobraPraxe.Generator.Incremental;

/// <summary>
/// Which pages read which member of which model node (<see cref="ReadLog"/>), kept between builds by the preview
/// server: forwards (a page's reads, to replace them when it is rendered again) and backwards (a member's readers,
/// to find the pages an edit reaches). Pairs and pages are numbered, so 15,000 pages of ~100 reads each stay small.
/// Not thread-safe: it is filled after rendering, from one thread.
/// </summary>
public sealed class PageReads
{
    private readonly Dictionary<(string Node, string Member), int> _pairIds = [];
    private readonly List<(string Node, string Member)> _pairs = [];
    private readonly List<HashSet<int>> _readers = [];
    private readonly Dictionary<string, int> _pageIds = new(StringComparer.Ordinal);
    private readonly List<string> _pagePaths = [];
    private readonly List<int[]> _pageReads = [];

    /// <summary>Every (node, member) pair some page read.</summary>
    public IReadOnlyList<(string Node, string Member)> Pairs => _pairs;

    /// <summary>Records what the page at <paramref name="sitePath"/> read, replacing what it read before.</summary>
    public void Set(string sitePath, ReadLog log)
    {
        var page = PageId(sitePath);
        foreach (var pair in _pageReads[page]) _readers[pair].Remove(page);
        var ids = new int[log.Reads.Count];
        var i = 0;
        foreach (var read in log.Reads)
        {
            if (!_pairIds.TryGetValue(read, out var id))
            {
                id = _pairs.Count;
                // The node keys repeat on many pages: keep one string of each.
                _pairIds[read] = id;
                _pairs.Add(read);
                _readers.Add([]);
            }
            _readers[id].Add(page);
            ids[i++] = id;
        }
        _pageReads[page] = ids;
    }

    /// <summary>Forgets a page that is no longer planned.</summary>
    public void Remove(string sitePath)
    {
        if (!_pageIds.TryGetValue(sitePath, out var page)) return;
        foreach (var pair in _pageReads[page]) _readers[pair].Remove(page);
        _pageReads[page] = [];
    }

    /// <summary>The site paths of the pages that read the pair at index <paramref name="pair"/> of <see cref="Pairs"/>.</summary>
    public IEnumerable<string> Readers(int pair) => _readers[pair].Select(p => _pagePaths[p]);

    public int ReaderCount(int pair) => _readers[pair].Count;

    private int PageId(string sitePath)
    {
        if (_pageIds.TryGetValue(sitePath, out var id)) return id;
        id = _pagePaths.Count;
        _pageIds[sitePath] = id;
        _pagePaths.Add(sitePath);
        _pageReads.Add([]);
        return id;
    }
}
