using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Localization;

/// <summary>
/// A theme's words in a second language held to its words in the site's default language: the same keys, each a text
/// or a plural word as there, naming the same values. A page of the second language then never lacks a word the
/// default language's page has, and no translation fills in a value nobody gives.
/// </summary>
public static class CatalogueParity
{
    /// <summary>
    /// Reports at <paramref name="other"/>'s lines every key it lacks (at the file: there is no line to point to), every
    /// key <paramref name="reference"/> does not have, and every word whose shape or values differ. True when they agree.
    /// </summary>
    public static bool Check(Words reference, Words other, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCount;
        var theirs = other.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var key in reference.Keys.Order(StringComparer.Ordinal))
        {
            var expected = reference.Find(key)!;
            if (other.Find(key) is not { } entry)
            {
                diagnostics.Error(SourceLocation.File(other.CataloguePath),
                    $"the word '{key}' of {reference.CataloguePath} is missing{DidYouMean.Phrase(key, theirs)}",
                    $"Add it, translated: {Shape(expected)} (at {expected.Location.Line}:{expected.Location.Column} in {reference.CataloguePath}).");
                continue;
            }
            if (entry.IsPlural != expected.IsPlural)
                diagnostics.Error(entry.Location, expected.IsPlural
                        ? $"'{key}' must have plural forms ({string.Join(", ", other.Language.Categories.Select(c => c.Name()))}), as in {reference.CataloguePath}"
                        : $"'{key}' must be one text, as in {reference.CataloguePath}",
                    expected.IsPlural ? "Write one form a line under the key: 'one: …', 'other: …'." : $"Write '{key.Split('.')[^1]}: text'.");
            var (want, have) = (expected.Placeholders, entry.Placeholders);
            if (!want.SetEquals(have))
                diagnostics.Error(entry.Location, $"'{key}' names {Values(have)}, but {reference.CataloguePath} names {Values(want)}",
                    "A translation fills in the same values as the original; keep each {value} as it is written there.");
        }
        foreach (var extra in other.Keys.Where(k => reference.Find(k) is null).Order(StringComparer.Ordinal))
            diagnostics.Error(other.Find(extra)!.Location, $"'{extra}' is not a word of {reference.CataloguePath}{DidYouMean.Phrase(extra, reference.Keys)}",
                $"Remove it, or add it to {reference.CataloguePath} too: each language of a theme has the same words.");
        return diagnostics.ErrorCount == errors;
    }

    private static string Shape(WordEntry entry) =>
        (entry.IsPlural ? "plural forms" : "a text") + (entry.Placeholders.Count == 0 ? "" : " naming " + Values(entry.Placeholders));

    private static string Values(IEnumerable<string> names) =>
        names.Any() ? string.Join(", ", names.Select(n => $"{{{n}}}")) : "no values";
}
