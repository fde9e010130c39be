using System.Collections.Immutable;

namespace DobraPraxe.Generator.Model;

/// <summary>
/// An entry of a kind the site declared in site.yml 'kinds:' (content/&lt;folder&gt;/&lt;slug&gt;.md): the fields every
/// entry has, and the values of its taxonomies' and declared fields in declaration order.
/// </summary>
public sealed record Item
{
    /// <summary>The key of its kind (<see cref="Schema.KindSpec.Key"/>).</summary>
    public required string Kind { get; init; }
    public required string Slug { get; init; }
    /// <summary>Where 'slug:' is written; null when the slug is the file name.</summary>
    public Diagnostics.SourceLocation? SlugLocation { get; init; }
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required DateOnly Date { get; init; }
    public ImmutableArray<FieldValue> Fields { get; init; } = [];
    /// <summary>Its old addresses ('aliases:'), each published as a redirect to its page.</summary>
    public ImmutableArray<Alias> Aliases { get; init; } = [];
    /// <summary>Its short 'en: { title, summary }' for the English lists, if it has one (<see cref="ShortTranslation"/>).</summary>
    public ShortTranslation? En { get; init; }
    public bool Draft { get; init; }
    public required MarkdownSource Body { get; init; }

    public FieldValue? Field(string key) => Fields.FirstOrDefault(f => f.Field.Key == key);
}
