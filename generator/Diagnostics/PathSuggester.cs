using System.Collections.Concurrent;

namespace DobraPraxe.Generator.Diagnostics;

/// <summary>
/// Did-you-mean for paths and URLs ('content/practices/x.md', 'praxe/x/'), fast enough for a site where every link
/// is broken: a mistyped path is compared only with the names in its own folder, each folder a <see cref="NameIndex"/>
/// (bounded per question). Answers are cached per path, so a link broken on many pages is looked up once.
/// </summary>
public sealed class PathSuggester
{
    private readonly Dictionary<string, Folder> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);
    private readonly NameIndex _folderNames;

    /// <param name="paths">Every path that exists; a path ending in '/' is a folder-like page ('praxe/x/').</param>
    public PathSuggester(IEnumerable<string> paths)
    {
        var names = new Dictionary<string, List<(string Name, string Path)>>(StringComparer.Ordinal);
        foreach (var path in paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (folder, name) = Split(path);
            if (name.Length == 0) continue;
            if (!names.TryGetValue(folder, out var list)) names[folder] = list = [];
            list.Add((name, path));
            if (!_byName.TryGetValue(name, out var same)) _byName[name] = same = [];
            same.Add(path);
        }
        foreach (var (folder, list) in names) _folders[folder] = new Folder(list);
        _folderNames = new NameIndex(_folders.Keys);
    }

    /// <summary>The existing path nearest to <paramref name="wrong"/>, if it is close enough to be a likely typo.</summary>
    public string? Suggest(string wrong) => _cache.GetOrAdd(wrong, Find);

    private string? Find(string wrong)
    {
        var (folder, name) = Split(wrong);
        if (name.Length == 0) return null;
        if (_folders.TryGetValue(folder, out var own) && own.Nearest(name) is { } sibling) return sibling;
        // The right name in another folder ('jina-praxe.md' written from pages/ instead of '../practices/jina-praxe.md').
        if (_byName.TryGetValue(name, out var elsewhere)) return elsewhere[0];
        // A mistyped folder ('/prax/x/').
        if (!_folders.ContainsKey(folder) && _folderNames.Suggest(folder) is { } near)
            return _folders[near].Nearest(name);
        return null;
    }

    /// <summary>'praxe/x/' → ('praxe/', 'x'); 'content/practices/x.md' → ('content/practices/', 'x.md').</summary>
    private static (string Folder, string Name) Split(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return (trimmed[..(slash + 1)], trimmed[(slash + 1)..]);
    }

    /// <summary>The names of one folder, each with the first path (ordinally) that has it.</summary>
    private sealed class Folder(List<(string Name, string Path)> entries)
    {
        private readonly Dictionary<string, string> _pathOf = entries.DistinctBy(e => e.Name).ToDictionary(e => e.Name, e => e.Path, StringComparer.Ordinal);
        private readonly NameIndex _names = new(entries.Select(e => e.Name));

        public string? Nearest(string name) => _names.Suggest(name) is { } found ? _pathOf[found] : null;
    }
}
