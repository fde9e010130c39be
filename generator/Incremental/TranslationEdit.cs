using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.Incremental;

/// <summary>
/// Translations in serve's incremental rebuild, read as the build reads them (<see cref="TranslationParser"/>, each against
/// its original's file). An edited translation keeps its place when it was there before: a new or removed one changes which
/// pages the languages pair, and takes the full build. An edited original has its translations read again, since they are
/// checked against it (a field it changed may now differ from what a translation wrote).
/// </summary>
/// <param name="All">Every file's content with the edit, drafts included.</param>
/// <param name="Published">What is published, with the edit.</param>
/// <param name="Translation">The edited translation, with its Markdown text, to render.</param>
public sealed record TranslationEdit(ContentSet All, ContentSet Published, Translation Translation)
{
    /// <summary>
    /// The content with the edited translation <paramref name="file"/> in place of the old one; null when it is new, its
    /// original's file is not <paramref name="original"/>, or it does not read cleanly (errors are reported).
    /// </summary>
    public static TranslationEdit? Of(ContentSet all, ContentSet published, SourceFile file, SourceFile original, DiagnosticBag diagnostics)
    {
        var before = all.Translations.FirstOrDefault(t => t.SourcePath == file.Path);
        if (before is null || before.OriginalPath != original.Path) return null;
        if (Read(all, original, [file], diagnostics) is not [var translation]) return null;
        var kept = translation with { Body = translation.Body with { Text = "" } };
        return new(all with { Translations = Replaced(all.Translations, kept) }, published with { Translations = Replaced(published.Translations, kept) }, translation);
    }

    /// <summary>
    /// The edited original's translations read again against its new text <paramref name="original"/> from their files
    /// <paramref name="translations"/> (their text as the translations of <paramref name="all"/> have it: without the
    /// Markdown); null when one of them does not read cleanly now (errors are reported).
    /// </summary>
    public static (ContentSet All, ContentSet Published)? Recheck(ContentSet all, ContentSet published, SourceFile original, IReadOnlyList<SourceFile> translations,
        DiagnosticBag diagnostics)
    {
        if (translations.Count == 0) return (all, published);
        var read = Read(all, original, translations, diagnostics);
        if (read.Length != translations.Count) return null;
        foreach (var translation in read)
        {
            var kept = translation with { Body = translation.Body with { Text = "" } };
            all = all with { Translations = Replaced(all.Translations, kept) };
            published = published with { Translations = Replaced(published.Translations, kept) };
        }
        return (all, published);
    }

    /// <summary>The translations of one original read as the build reads every translation, from a tree of only these files.</summary>
    private static ImmutableArray<Translation> Read(ContentSet all, SourceFile original, IReadOnlyList<SourceFile> translations, DiagnosticBag diagnostics)
    {
        var folder = original.Path.Split('/')[1];
        var sources = new ContentSources
        {
            SiteConfig = null, Themes = null, Regions = null, Members = null, MediaFiles = [],
            Folders = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(folder, ImmutableArray.Create(original))]),
            Translations = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(folder, translations.ToImmutableArray())]),
        };
        var errors = new DiagnosticBag();
        var read = new TranslationParser(errors, all.Schema, all.Site).ParseAll(sources);
        foreach (var diagnostic in errors.Sorted()) diagnostics.Add(diagnostic);
        return errors.HasErrors ? [] : read;
    }

    private static ImmutableArray<Translation> Replaced(ImmutableArray<Translation> translations, Translation edited) =>
        [.. translations.Select(t => t.SourcePath == edited.SourcePath ? edited : t)];
}
