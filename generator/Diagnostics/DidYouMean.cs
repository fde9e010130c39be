namespace DobraPraxe.Generator.Diagnostics;

/// <summary>Suggests the closest known name for a mistyped one.</summary>
public static class DidYouMean
{
    /// <summary>The candidate nearest to <paramref name="wrong"/>, if it is close enough to be a likely typo.</summary>
    /// <remarks>Linear in the candidates: fine for a list of fields or themes; many names asked about many times
    /// (practice slugs, members, pages) go through a <see cref="NameIndex"/>, built once.</remarks>
    public static string? Suggest(string wrong, IEnumerable<string> candidates)
    {
        var lower = wrong.ToLowerInvariant();
        // A third of the word may be wrong: catches typos, not unrelated words.
        var allowed = Math.Max(2, wrong.Length / 3);
        string? best = null;
        var bestDistance = allowed;
        foreach (var candidate in candidates)
        {
            // A length difference alone costs that many edits: such a candidate is never computed.
            if (Math.Abs(candidate.Length - lower.Length) > bestDistance) continue;
            var distance = BoundedDistance(lower, candidate.ToLowerInvariant(), bestDistance);
            if (distance > bestDistance) continue;
            if (best is null || distance < bestDistance || string.CompareOrdinal(candidate, best) < 0)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>" Did you mean 'x'?" or an empty string.</summary>
    public static string Phrase(string wrong, IEnumerable<string> candidates) => Phrase(Suggest(wrong, candidates));

    /// <summary>The same phrase for a suggestion found elsewhere (a <see cref="NameIndex"/>), or an empty string for none.</summary>
    public static string Phrase(string? suggestion) => suggestion is { } s ? $"; did you mean '{s}'?" : "";

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary><see cref="Distance"/>, giving up (returning limit + 1) once every path through the table costs more than <paramref name="limit"/>.</summary>
    internal static int BoundedDistance(string a, string b, int limit)
    {
        SuggestionMeter.CountDistance();
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
