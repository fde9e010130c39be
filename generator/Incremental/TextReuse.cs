using System.Collections.Concurrent;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Incremental;

/// <summary>
/// The last build's feeds and calendars by what they were made from: a feed whose entries are the same objects (the
/// model is immutable, and an edit leaves the entries it does not reach as they were) or a calendar of equal entries
/// comes out as it did, without being written again. Thread-safe.
/// </summary>
public sealed class TextReuse : ITextReuse
{
    private readonly ConcurrentDictionary<string, (string Key, object Inputs, string Text)> _kept = new(StringComparer.Ordinal);

    public string Text<T>(string path, string key, T[] inputs, IEqualityComparer<T> same, Func<string> write)
    {
        if (_kept.TryGetValue(path, out var kept) && kept.Key == key && kept.Inputs is T[] before && before.AsSpan().SequenceEqual(inputs, same))
            return kept.Text;
        var text = write();
        _kept[path] = (key, inputs, text);
        return text;
    }
}
