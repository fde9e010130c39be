using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DobraPraxe.Generator.PostProcessing;

/// <summary>A rendered page after post-processing, with what the link checker and search need from it.</summary>
public sealed record ProcessedPage
{
    public required string SitePath { get; init; }
    public required string Html { get; init; }
    public string? SourcePath { get; init; }
    /// <summary>Every id in the page: the targets of '#fragment' links.</summary>
    public required FrozenSet<string> Ids { get; init; }
    /// <summary>Every href and src in the page, as written.</summary>
    public required ImmutableArray<string> Links { get; init; }
    /// <summary>The readable text of the page's main content, whitespace collapsed.</summary>
    public required string Text { get; init; }
    /// <summary>The text of the article body alone (.prose), for the search index.</summary>
    public string BodyText { get; init; } = "";
}
