using System.Collections.Immutable;

namespace DobraPraxe.Generator.Model;

/// <summary>An event page (content/events/&lt;slug&gt;.md).</summary>
public sealed record Event
{
    public required string Slug { get; init; }
    /// <summary>Where 'slug:' is written; null when the slug is the file name.</summary>
    public Diagnostics.SourceLocation? SlugLocation { get; init; }
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required EventKind Kind { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public string? Place { get; init; }
    public bool Online { get; init; }
    public Uri? Registration { get; init; }
    public int? Capacity { get; init; }
    public KeyRef? Conference { get; init; }
    public ImmutableArray<KeyRef> Members { get; init; } = [];
    public required string Summary { get; init; }
    /// <summary>Its old addresses ('aliases:'), each published as a redirect to its page.</summary>
    public ImmutableArray<Alias> Aliases { get; init; } = [];
    /// <summary>Its short 'en: { title, summary }' for the English lists, if it has one (<see cref="ShortTranslation"/>).</summary>
    public ShortTranslation? En { get; init; }
    public bool Draft { get; init; }
    public required MarkdownSource Body { get; init; }
}
