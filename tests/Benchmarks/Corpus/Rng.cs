namespace DobraPraxe.Benchmarks.Corpus;

/// <summary>
/// SplitMix64: a tiny PRNG whose sequence is fixed by this code alone, so a corpus depends only on
/// N and the seed, never on the .NET version's System.Random implementation.
/// </summary>
public sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="max"/>.</summary>
    public int Next(int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return (int)(NextUInt64() % (ulong)max);
    }

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items in random order (all of them if there are fewer).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        var take = Math.Min(count, items.Count);
        for (var i = 0; i < take; i++)
        {
            var j = i + Next(indexes.Length - i);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }
        return [.. indexes.Take(take).Select(i => items[i])];
    }

    /// <summary>
    /// A few (<paramref name="count"/> ≪ items) distinct items, drawn by rejection: O(count) rather than
    /// <see cref="Sample{T}"/>'s O(items), for picking a handful out of thousands of entries.
    /// </summary>
    public List<T> Few<T>(IReadOnlyList<T> items, int count)
    {
        if (count * 4 > items.Count) return Sample(items, count);
        var chosen = new List<int>(count);
        while (chosen.Count < count)
        {
            var i = Next(items.Count);
            if (!chosen.Contains(i)) chosen.Add(i);
        }
        return [.. chosen.Select(i => items[i])];
    }

    /// <summary>A new generator for one part of the corpus, so adding draws to one part leaves the others unchanged.</summary>
    public Rng Fork(string purpose)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in purpose) hash = (hash ^ c) * 1099511628211UL;
        return new Rng(_state ^ hash);
    }
}
