using System.Collections.Concurrent;

namespace DobraPraxe.Generator.Diagnostics;

/// <summary>
/// Did-you-mean for paths and URLs ('content/practices/x.md', 'praxe/x/'), fast enough for a site where every link
/// is broken. <see cref="DidYouMean"/> compares a word with every candidate; done for each broken link of a large
/// site against every page, that is quadratic (issue 18: 1,088 broken links among 1,000 entries took 33 s extra).
/// Here a mistyped path is compared only with the names in its own folder, the names indexed by length: a name whose
/// length differs by more than the best distance found so far cannot be nearer, so only a few length buckets are
/// read, and a letter-count bound skips most of those before an edit distance is computed, which itself stops as
/// soon as it exceeds the best. Answers are cached per path, so a link broken on many pages is looked up once.
/// </summary>
public sealed class PathSuggester
{
    private readonly Dictionary<string, Folder> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    /// <param name="paths">Every path that exists; a path ending in '/' is a folder-like page ('praxe/x/').</param>
    public PathSuggester(IEnumerable<string> paths)
    {
        foreach (var path in paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (folder, name) = Split(path);
            if (name.Length == 0) continue;
            if (!_folders.TryGetValue(folder, out var f)) _folders[folder] = f = new Folder();
            f.Add(new Candidate(path, name));
            if (!_byName.TryGetValue(name, out var same)) _byName[name] = same = [];
            same.Add(path);
        }
    }

    /// <summary>The existing path nearest to <paramref name="wrong"/>, if it is close enough to be a likely typo.</summary>
    public string? Suggest(string wrong) => _cache.GetOrAdd(wrong, Find);

    private string? Find(string wrong)
    {
        var (folder, name) = Split(wrong);
        if (name.Length == 0) return null;
        if (_folders.TryGetValue(folder, out var own) && own.Nearest(name.ToLowerInvariant()) is { } sibling) return sibling;
        // The right name in another folder ('jina-praxe.md' written from pages/ instead of '../practices/jina-praxe.md').
        if (_byName.TryGetValue(name, out var elsewhere)) return elsewhere[0];
        // A mistyped folder ('/prax/x/'): there are few folders, so comparing with each of them is cheap.
        if (!_folders.ContainsKey(folder) && DidYouMean.Suggest(folder, _folders.Keys) is { } near)
            return _folders[near].Nearest(name.ToLowerInvariant());
        return null;
    }

    /// <summary>'praxe/x/' → ('praxe/', 'x'); 'content/practices/x.md' → ('content/practices/', 'x.md').</summary>
    private static (string Folder, string Name) Split(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return (trimmed[..(slash + 1)], trimmed[(slash + 1)..]);
    }

    private sealed record Candidate(string Path, string Name)
    {
        public string Lower { get; } = Name.ToLowerInvariant();
        public byte[] Letters { get; } = LetterCounts(Name.ToLowerInvariant());
    }

    private sealed class Folder
    {
        private readonly Dictionary<int, List<Candidate>> _byLength = [];
        private int _longest;

        public void Add(Candidate candidate)
        {
            if (!_byLength.TryGetValue(candidate.Lower.Length, out var list)) _byLength[candidate.Lower.Length] = list = [];
            list.Add(candidate);
            _longest = Math.Max(_longest, candidate.Lower.Length);
        }

        /// <summary>The same rule as <see cref="DidYouMean.Suggest"/>: nearest by edit distance, ties to the ordinally first, a third of the name may differ.</summary>
        public string? Nearest(string name)
        {
            var letters = LetterCounts(name);
            var limit = Math.Max(2, name.Length / 3);
            // Widening bounds (1, 2, 4 … limit): a typo is found in the first pass or two, where the bound lets almost
            // nothing through; a name with no near neighbour costs at most twice one pass at the full limit.
            for (var bound = 1; ; bound = Math.Min(limit, bound * 2))
            {
                if (Within(name, letters, bound) is { } found) return found.Path;
                if (bound >= limit) return null;
            }
        }

        /// <summary>The nearest candidate at most <paramref name="bound"/> edits away (every one that near is compared, so ties are exact).</summary>
        private Candidate? Within(string name, byte[] letters, int bound)
        {
            Candidate? best = null;
            var bestDistance = bound;
            for (var delta = 0; delta <= bestDistance; delta++)
            {
                foreach (var length in delta == 0 ? [name.Length] : new[] { name.Length - delta, name.Length + delta })
                {
                    if (length < 0 || length > _longest || !_byLength.TryGetValue(length, out var candidates)) continue;
                    foreach (var candidate in candidates)
                    {
                        if (LowerBound(letters, candidate.Letters) > bestDistance) continue;
                        var distance = BoundedDistance(name, candidate.Lower, bestDistance);
                        if (distance > bestDistance) continue;
                        // Ties go to the ordinally first name, as in DidYouMean (not the first path: '/' sorts after '-').
                        if (best is null || distance < bestDistance || string.CompareOrdinal(candidate.Name, best.Name) < 0)
                        {
                            best = candidate;
                            bestDistance = distance;
                        }
                    }
                }
            }
            return best;
        }
    }

    // Letters folded into 64 buckets: merging letters only lowers the bound, so it stays a true lower bound.
    private static byte[] LetterCounts(string name)
    {
        var counts = new byte[64];
        foreach (var c in name) counts[c & 63] = (byte)Math.Min(255, counts[c & 63] + 1);
        return counts;
    }

    /// <summary>Each edit changes the letter counts by one insertion, one deletion or both, so this never exceeds the edit distance.</summary>
    private static int LowerBound(byte[] a, byte[] b)
    {
        int more = 0, fewer = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            if (d > 0) more += d; else fewer -= d;
        }
        return Math.Max(more, fewer);
    }

    /// <summary><see cref="DidYouMean.Distance"/>, giving up (returning limit + 1) once every path through the table costs more than <paramref name="limit"/>.</summary>
    internal static int BoundedDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, previous2[j - 2] + 1);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            // A transposition reaches back two rows, so both this row and the one before must exceed the limit.
            if (rowMin > limit && Min(previous) > limit) return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }

    private static int Min(int[] row)
    {
        var min = int.MaxValue;
        foreach (var v in row) min = Math.Min(min, v);
        return min;
    }
}
