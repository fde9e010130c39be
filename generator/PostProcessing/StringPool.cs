using System.Collections.Concurrent;

namespace DobraPraxe.Generator.PostProcessing;

/// <summary>
/// One shared copy of each link and id read from the pages. Most of a page's links are the same on every page (menu,
/// footer, taxonomy and card links), and the checker keeps every page's links until all are rendered: at 100,000
/// entries, a separate copy of each was over a gigabyte of equal strings (issue 18). Safe to use from parallel renders.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The pool's copy of <paramref name="value"/>, added if it is new.</summary>
    public string Get(string value) => _strings.GetOrAdd(value, value);

    /// <summary>The pool's copy of <paramref name="value"/>[start..end] (no new string when the pool has it).</summary>
    public string Get(string text, int start, int end) => Get(text.AsSpan(start, end - start));

    /// <summary>The pool's copy of <paramref name="value"/> (no new string when the pool has it).</summary>
    public string Get(ReadOnlySpan<char> value)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(value, out var pooled) ? pooled : Get(value.ToString());
    }
}
