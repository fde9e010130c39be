using System.Globalization;
using System.Text;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Turns Czech text into search terms, the same way at index time (here) and at query time (czech-lunr.js):
/// split into words on every character that is not a letter or a digit, lower-case, drop stop words, stem with
/// Dolamic and Savoy's light stemmer, then fold diacritics. 'Mobilitou' → 'mobilit', 'zdraví' → 'zdrav',
/// 'cyklostezkami' → 'cyklostezk'.
/// </summary>
public static class CzechAnalyzer
{
    /// <summary>The label under which czech-lunr.js registers its pipeline function with lunr.Pipeline.</summary>
    public const string PipelineFunction = "czech";

    /// <summary>Stop words, lower-case, each with and without its diacritics ('že', 'ze', 'který', 'ktery').</summary>
    public static IReadOnlySet<string> StopWords => CzechStopWords.Set;

    /// <summary>The whole pipeline: the terms of <paramref name="text"/> in reading order, repeats kept.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        new TermCollector(cache: false).Collect(text, terms);
        return terms;
    }

    /// <summary>The light stemmer alone, on a lower-case word with its diacritics: 'cyklostezkami' → 'cyklostezk'.</summary>
    public static string Stem(string word) => CzechStemmer.Stem(word);
}
