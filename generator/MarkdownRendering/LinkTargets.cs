using System.Collections.Frozen;

namespace DobraPraxe.Generator.MarkdownRendering;

/// <summary>
/// What a relative link in Markdown can point to: content files (by path from the source root)
/// mapped to their site paths, or to null when the file exists but is not published (a draft).
/// Built once before any Markdown is rendered.
/// </summary>
public sealed class LinkTargets(IReadOnlyDictionary<string, string?> sitePathBySourcePath)
{
    private readonly FrozenDictionary<string, string?> _targets = sitePathBySourcePath.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when <paramref name="sourcePath"/> is a content file; <paramref name="sitePath"/> is null if it is not published.</summary>
    public bool TryGet(string sourcePath, out string? sitePath) => _targets.TryGetValue(sourcePath, out sitePath);

    public IEnumerable<string> SourcePaths => _targets.Keys;
}
