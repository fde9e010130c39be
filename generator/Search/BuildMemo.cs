using System.Collections.Concurrent;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// What was made from each key in the last build, for the next one (serve): each build keeps only the keys it asked
/// for, so the memo holds about one build's worth. Safe to ask from several threads; <see cref="EndBuild"/> between builds.
/// </summary>
internal sealed class BuildMemo<TKey, TValue>(IEqualityComparer<TKey> comparer) where TKey : notnull
{
    private IReadOnlyDictionary<TKey, TValue> _previous = new Dictionary<TKey, TValue>(comparer);
    private ConcurrentDictionary<TKey, TValue> _next = new(comparer);

    public TValue Get(TKey key, Func<TValue> make)
    {
        if (!_previous.TryGetValue(key, out var value) && !_next.TryGetValue(key, out value)) value = make();
        _next.TryAdd(key, value);
        return value;
    }

    public void EndBuild()
    {
        _previous = _next;
        _next = new ConcurrentDictionary<TKey, TValue>(comparer);
    }

    /// <summary>Forgets everything: what the values were made from has changed under them.</summary>
    public void Clear()
    {
        _previous = new Dictionary<TKey, TValue>(comparer);
        _next.Clear();
    }
}
