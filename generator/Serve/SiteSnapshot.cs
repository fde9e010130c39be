using System.Collections.Frozen;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Serve;

/// <summary>What the preview server serves: the last good site, and the problems of the latest build (if it failed).</summary>
public sealed record SiteSnapshot(FrozenDictionary<string, OutputFile> Files, IReadOnlyList<Diagnostic> Problems, int Version)
{
    public bool Failed => Problems.Any(d => d.IsError);
}
