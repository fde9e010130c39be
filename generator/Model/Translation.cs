using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Model;

/// <summary>
/// The version of an entry in another language: content/&lt;folder&gt;/&lt;slug&gt;.&lt;language&gt;.md beside its original
/// &lt;slug&gt;.md. It writes only the translatable fields (declared with <see cref="Schema.FieldSpec.Translatable"/>:
/// title, summary, alt texts, captions) and its text; every other field is its original's, and checked to be so when it
/// is written. Read and checked in every build; published on the language's site when the site has that language (docs/languages.md).
/// </summary>
public sealed record Translation
{
    /// <summary>The key of its kind (<see cref="Schema.KindSpec.Key"/>).</summary>
    public required string Kind { get; init; }
    /// <summary>The language's code, from the file name: "en".</summary>
    public required string Language { get; init; }
    /// <summary>content/practices/x.en.md.</summary>
    public required string SourcePath { get; init; }
    /// <summary>Its original, content/practices/x.md: the <c>SourcePath</c> of a practice, event, page or item.</summary>
    public required string OriginalPath { get; init; }
    public required string Title { get; init; }
    /// <summary>The summary (a free page's description); null when the kind has none or the translation writes none.</summary>
    public string? Summary { get; init; }
    /// <summary>Every translated value, by its path in the front matter: "title", "summary", "images.0.alt", "attachments.1.title".</summary>
    public ImmutableArray<TranslatedText> Texts { get; init; } = [];
    public required MarkdownSource Body { get; init; }

    /// <summary>The translated value at <paramref name="path"/>, or null where the original's stays.</summary>
    public string? Text(string path) => Texts.FirstOrDefault(t => t.Path == path)?.Text;
}

/// <summary>One translated value of a translation's front matter, where it is written.</summary>
public sealed record TranslatedText(string Path, string Text, SourceLocation Location);

/// <summary>
/// An entry's short 'en: { title, summary }': its English title and summary for the English lists while it has no
/// translation of its own (a free page's 'summary' is its 'description').
/// </summary>
public sealed record ShortTranslation(string? Title, string? Summary, SourceLocation Location);
