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
    /// <summary>
    /// The Markdown files of every other folder of content/ by its name ("practices", "events", a site kind's "publikace"):
    /// which kind reads which folder is the schema's to say, once site.yml is parsed.
    /// </summary>
    public ImmutableSortedDictionary<string, ImmutableArray<SourceFile>> Folders { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<SourceFile>>.Empty;
    /// <summary>The translations of each folder's entries (content/practices/x.en.md), by the folder's name; apart from <see cref="Folders"/>.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<SourceFile>> Translations { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<SourceFile>>.Empty;
    public ImmutableArray<ConferenceSources> Conferences { get; init; } = [];
    /// <summary>Paths relative to content/ of files under content/media/.</summary>
    public required ImmutableArray<string> MediaFiles { get; init; }

    /// <summary>The Markdown files of content/&lt;folder&gt;/; none when there is no such folder.</summary>
    public ImmutableArray<SourceFile> Files(string folder) => Folders.GetValueOrDefault(folder, []);

    /// <summary>The translations in content/&lt;folder&gt;/; none when there is no such folder.</summary>
    public ImmutableArray<SourceFile> TranslationFiles(string folder) => Translations.GetValueOrDefault(folder, []);
}
