using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Serve;

/// <summary>
/// serve's first look at saved entries, before anything is rebuilt: each one read, split and parsed with the site's
/// schema as the build parses it. When one has errors, they are what the overlay shows, at once (a few milliseconds;
/// the full build that would find the same errors takes seconds on a large catalogue), and nothing is rebuilt: a build
/// with errors changes nothing that is served. Errors the incremental rebuild finds in a saved file (an unknown key, a
/// broken link) are held the same way (<see cref="Show"/>). The saves held back are built with the first save after
/// which every held file parses, so no edit is skipped. Only Markdown entries of a kind's folder are looked at; any other change
/// (site.yml, data, media, themes, a conference, a translation) goes to the build as before, and so does every save while no build
/// has succeeded yet.
/// </summary>
public sealed class EditCheck
{
    private readonly Lock _lock = new();
    private readonly SortedSet<string> _held = new(StringComparer.Ordinal);
    // The problems the served snapshot had before this check showed its own (a good build's warnings, or a failed build's errors).
    private IReadOnlyList<Diagnostic>? _before;

    /// <summary>
    /// The snapshot to serve when a saved entry (or one held back before) has errors — the last good files with those
    /// errors as its problems, the version moved on so the overlay shows them — or null when everything parses.
    /// </summary>
    public SiteSnapshot? Hold(SiteSnapshot snapshot, ContentSchema schema, string sourceRoot, IReadOnlyList<string> paths)
    {
        lock (_lock)
        {
            if (!paths.All(p => KindOf(schema, p) is not null)) return null;
            List<Diagnostic> errors = [.. _held.Union(paths).SelectMany(p => Errors(schema, sourceRoot, p))];
            return errors.Count == 0 ? null : Show(snapshot, paths, errors);
        }
    }

    /// <summary>
    /// The snapshot to serve with <paramref name="errors"/>, found in the saved <paramref name="paths"/> by a later stage
    /// (serve's incremental rebuild validates, renders and checks links): they are held back like a save that does not parse.
    /// </summary>
    public SiteSnapshot Show(SiteSnapshot snapshot, IReadOnlyList<string> paths, IReadOnlyList<Diagnostic> errors)
    {
        lock (_lock)
        {
            _held.UnionWith(paths);
            _before ??= snapshot.Problems;
            // A failed build's errors about other files still stand beside the ones found now.
            var others = _before.Where(d => d.IsError && !_held.Contains(d.Location.Path) && !errors.Contains(d));
            return snapshot with { Problems = [.. others.Concat(errors)], Version = snapshot.Version + 1 };
        }
    }

    /// <summary>
    /// What to build after a save that parses: the saved paths and those held back, and the snapshot with the problems
    /// it had before the check showed its own.
    /// </summary>
    public (IReadOnlyList<string> Paths, SiteSnapshot Snapshot) Release(SiteSnapshot snapshot, IReadOnlyList<string> paths)
    {
        lock (_lock)
        {
            if (_before is null) return (paths, snapshot);
            IReadOnlyList<string> all = [.. _held.Union(paths).Order(StringComparer.Ordinal)];
            var restored = snapshot with { Problems = _before };
            _held.Clear();
            _before = null;
            return (all, restored);
        }
    }

    /// <summary>The errors of one saved entry as the build's read and parse stages report them; none for a file that is gone.</summary>
    public static IReadOnlyList<Diagnostic> Errors(ContentSchema schema, string sourceRoot, string relativePath)
    {
        if (!File.Exists(Path.Combine(sourceRoot, relativePath)) || KindOf(schema, relativePath) is not { } kind) return [];
        var diagnostics = new DiagnosticBag();
        if (SourceReader.Read(sourceRoot, relativePath, diagnostics) is { } file && FrontMatterSplitter.Split(file, diagnostics) is { } doc)
            ContentReader.ParseEntry(new ContentParser(diagnostics, schema), kind, doc);
        return [.. diagnostics.Sorted().Where(d => d.IsError)];
    }

    // content/<a kind's folder>/<name>.md, the only place the build reads a kind's files from. A translation (x.en.md) is
    // no entry: it is read against its original, which the rebuild does (its errors are held as the rebuild finds them).
    private static KindSpec? KindOf(ContentSchema schema, string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts.Length == 3 && parts[0] == ContentScanner.ContentFolder && parts[2].EndsWith(".md", StringComparison.Ordinal)
            && ContentScanner.TranslationName(relativePath) is null
            ? schema.Kinds.FirstOrDefault(k => k.Folder == parts[1]) : null;
    }
}
