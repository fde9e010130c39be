using System.Collections.Concurrent;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Formats;

/// <summary>
/// The last build's feeds and calendars by what they were made from, for serve's incremental rebuild: a feed whose
/// entries are the same objects (the model is immutable, and an edit leaves the entries it does not reach as they
/// were) and a calendar of equal entries come out as they did, without being written again. Thread-safe.
/// </summary>
public sealed class FeedCache
{
    private readonly ConcurrentDictionary<string, (string Key, PracticeEntry[] Entries, string Text)> _feeds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Name, CalendarEntry[] Entries, string Text)> _calendars = new(StringComparer.Ordinal);

    /// <param name="key">Everything else the feed is made from (title, addresses, language), as one string.</param>
    internal string Feed(string selfPath, string key, PracticeEntry[] entries, Func<string> write)
    {
        if (_feeds.TryGetValue(selfPath, out var kept) && kept.Key == key && kept.Entries.AsSpan().SequenceEqual(entries, ReferenceEqualityComparer.Instance))
            return kept.Text;
        var text = write();
        _feeds[selfPath] = (key, entries, text);
        return text;
    }

    internal string Calendar(string path, string name, CalendarEntry[] entries, Func<string> write)
    {
        if (_calendars.TryGetValue(path, out var kept) && kept.Name == name && kept.Entries.AsSpan().SequenceEqual(entries)) return kept.Text;
        var text = write();
        _calendars[path] = (name, entries, text);
        return text;
    }
}
