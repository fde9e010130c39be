using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Spelling;

/// <summary>
/// The Czech spelling check of `check` and `serve`: every word of the prose of practices, events and pages that
/// neither cspell's Czech dictionary nor the site's own names and word list know becomes a warning at its place.
/// Warnings, never errors: a new name must not stop a build.
/// </summary>
public static class SpellChecker
{
    public static IReadOnlyList<Diagnostic> Check(ContentSources sources, ContentSet content, string sourceDirectory)
    {
        var listPath = Path.Combine(sourceDirectory, ContentScanner.ContentFolder, ContentScanner.WordListFile);
        var known = KnownWords.From(content, File.Exists(listPath) ? File.ReadAllText(listPath) : null);
        // Every kind's files with the kind's fields; a conference's pages are free pages.
        var files = content.Schema.Kinds.SelectMany(kind => sources.Files(kind.Folder).Select(f => (f, content.Schema.EntryOf(kind))))
            .Concat(sources.Conferences.SelectMany(c => c.Pages).Select(f => (f, content.Schema.Page)));

        var ignored = new DiagnosticBag();
        var found = files.AsParallel().AsOrdered()
            .Select(pair => (pair.f.Path, Words: FrontMatterSplitter.Split(pair.f, ignored) is { } doc ? ProseFinder.Words(doc, pair.Item2).ToList() : []))
            .ToList();
        var distinct = found.SelectMany(f => f.Words.Select(w => w.Word)).Where(w => !known.Covers(w)).ToHashSet(StringComparer.Ordinal);
        if (distinct.Count == 0) return [];

        var (unknown, problem) = CspellRunner.Check(distinct, known.Words);
        if (problem is not null)
            return [new Diagnostic(Severity.Warning, SourceLocation.File("package.json"), $"the spelling was not checked: {problem.Message}", problem.Hint)];

        return [.. found.SelectMany(f => f.Words.Where(w => unknown.ContainsKey(w.Word)).Select(w =>
            new Diagnostic(Severity.Warning, new SourceLocation(f.Path, w.Line, w.Column), $"'{w.Word}' is not in the Czech dictionary",
                Hint(unknown[w.Word]))))];
    }

    private static string Hint(string[] suggestions) =>
        (suggestions.Length > 0 ? $"Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}? " : "")
        + $"If the word is right (a name, a term), add it to {ContentScanner.ContentFolder}/{ContentScanner.WordListFile}, one word a line.";
}
