using System.Collections.Immutable;

namespace DobraPraxe.Generator.Loading;

/// <summary>The files of one conference folder, read, before parsing.</summary>
public sealed record ConferenceSources(string Slug, string Folder, SourceFile? SiteConfig, SourceFile? Program, SourceFile? Speakers, ImmutableArray<SourceFile> Pages)
{
    /// <summary>Its pages' translations, &lt;page&gt;.&lt;language&gt;.md (<see cref="ContentScanner.TranslationName"/>), apart from the pages.</summary>
    public ImmutableArray<SourceFile> Translations { get; init; } = [];
}
