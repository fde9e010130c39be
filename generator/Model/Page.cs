using System.Collections.Immutable;

namespace DobraPraxe.Generator.Model;

/// <summary>A free page (content/pages/&lt;slug&gt;.md) published at /&lt;slug&gt;/.</summary>
public sealed record Page
{
    public required string Slug { get; init; }
    /// <summary>Where 'slug:' is written; null when the slug is the file name.</summary>
    public Diagnostics.SourceLocation? SlugLocation { get; init; }
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    /// <summary>Position in a default menu (conference microsites); lower comes first.</summary>
    public int? Order { get; init; }
    /// <summary>Its old addresses ('aliases:'), each published as a redirect to its page.</summary>
    public ImmutableArray<Alias> Aliases { get; init; } = [];
    /// <summary>Its short 'en: { title, summary }' for the English lists, if it has one (<see cref="ShortTranslation"/>).</summary>
    public ShortTranslation? En { get; init; }
    public bool Draft { get; init; }
    public required MarkdownSource Body { get; init; }
}
