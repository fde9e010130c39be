using System.Collections.Concurrent;

namespace DobraPraxe.Generator.Diagnostics;

/// <summary>
/// Did-you-mean over many names (10,000 practice slugs, the pages of a folder), bounded per question. Comparing a
/// mistyped name with every candidate is quadratic over a site where every reference is broken (issue 18: 1,088
/// broken links among 1,000 entries took 33 s extra). Here names are indexed by length: a name whose length differs by
/// more than the best distance found so far cannot be nearer, so only a few length buckets are read; a letter-count
/// bound skips most of those before an edit distance is computed, and that stops as soon as it exceeds the best.
/// Bounds widen 1, 2, 4 … up to the allowed third of the name, so a typo is found while almost nothing passes.
/// Answers are cached, so a name mistyped on many pages is looked up once. Same answers as
/// <see cref="DidYouMean.Suggest"/>: nearest by edit distance (case-insensitive), ties to the ordinally first name.
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<int, List<Candidate>> _byLength = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);
    private int _longest;

    public NameIndex(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!_names.Add(name)) continue;
            var candidate = new Candidate(name);
            if (!_byLength.TryGetValue(candidate.Lower.Length, out var list)) _byLength[candidate.Lower.Length] = list = [];
            list.Add(candidate);
            _longest = Math.Max(_longest, candidate.Lower.Length);
        }
    }

    public int Count => _names.Count;

    /// <summary>The name nearest to <paramref name="wrong"/>, if it is close enough to be a likely typo.</summary>
    public string? Suggest(string wrong) => _cache.GetOrAdd(wrong, Nearest);

    private string? Nearest(string wrong)
    {
        var name = wrong.ToLowerInvariant();
        var letters = LetterCounts(name);
        var limit = Math.Max(2, name.Length / 3);
        // A name with no near neighbour costs at most about twice one pass at the full limit.
        for (var bound = 1; ; bound = Math.Min(limit, bound * 2))
        {
            if (Within(name, letters, bound) is { } found) return found.Name;
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
                    var distance = DidYouMean.BoundedDistance(name, candidate.Lower, bestDistance);
                    if (distance > bestDistance) continue;
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

    private sealed class Candidate(string name)
    {
        public string Name { get; } = name;
        public string Lower { get; } = name.ToLowerInvariant();
        public byte[] Letters { get; } = LetterCounts(name.ToLowerInvariant());
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
}
