using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DobraPraxe.Generator.PostProcessing;

/// <summary>A rendered page with what the link checker needs from it; its bytes went to the output as it was rendered.</summary>
public sealed record ProcessedPage
{
    public required string SitePath { get; init; }
    public string? SourcePath { get; init; }
    /// <summary>Every id in the page: the targets of '#fragment' links.</summary>
    public required FrozenSet<string> Ids { get; init; }
    /// <summary>Every href and src in the page, as written.</summary>
    public required ImmutableArray<string> Links { get; init; }

}
