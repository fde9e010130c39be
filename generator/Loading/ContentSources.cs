using System.Collections.Immutable;

namespace DobraPraxe.Generator.Loading;

/// <summary>The files of a content tree, read and sorted by kind, before any parsing.</summary>
public sealed record ContentSources
{
    public required SourceFile? SiteConfig { get; init; }
    public required SourceFile? Themes { get; init; }
    public required SourceFile? Regions { get; init; }
    public required SourceFile? Members { get; init; }
    /// <summary>Other .yml files of content/data/ (the data of a site's own taxonomies).</summary>
    public ImmutableArray<SourceFile> OtherData { get; init; } = [];
    public required ImmutableArray<SourceFile> Practices { get; init; }
    public required ImmutableArray<SourceFile> Events { get; init; }
    public required ImmutableArray<SourceFile> Pages { get; init; }
    public ImmutableArray<ConferenceSources> Conferences { get; init; } = [];
    /// <summary>Paths relative to content/ of files under content/media/.</summary>
    public required ImmutableArray<string> MediaFiles { get; init; }
}
