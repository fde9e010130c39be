using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DobraPraxe.Generator.PostProcessing;

/// <summary>A rendered page with what the link checker needs from it.</summary>
public sealed record ProcessedPage
{
    public required string SitePath { get; init; }
    /// <summary>The page as UTF-8, ready to write: encoded where it was rendered, in parallel, and kept once.</summary>
    public required byte[] Bytes { get; init; }
    public string? SourcePath { get; init; }
    /// <summary>Every id in the page: the targets of '#fragment' links.</summary>
    public required FrozenSet<string> Ids { get; init; }
    /// <summary>Every href and src in the page, as written.</summary>
    public required ImmutableArray<string> Links { get; init; }

}
