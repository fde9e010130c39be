using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Localization;

namespace DobraPraxe.Generator.Tests.Support;

/// <summary>The default theme's words, as a build loads them: for tests that plan or render pages without a build.</summary>
public static class TestWords
{
    public static string Catalogue(string language) => Path.Combine(TestPaths.RepositoryRoot, "themes", "default", "i18n", language + ".yml");

    private static readonly Lazy<Words> CzechWords = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return Words.Load(Catalogue("cs"), "themes/default/i18n/cs.yml", LanguageRules.Czech, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted().Select(d => d.Format())));
    });

    public static Words Czech => CzechWords.Value;

    private static readonly Lazy<Words> EnglishWords = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return Words.Load(Catalogue("en"), "themes/default/i18n/en.yml", LanguageRules.English, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted().Select(d => d.Format())));
    });

    /// <summary>The English words, for the English site's pages.</summary>
    public static Words English => EnglishWords.Value;

}
