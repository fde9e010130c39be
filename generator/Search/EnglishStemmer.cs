using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Porter's stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980) in the variant lunr.js 2.3.9 ships as
/// lunr.stemmer, so that an English query and the English index meet on the same stems as in stock lunr: 'cycling' →
/// 'cycl', 'mobility' → 'mobil', 'generalizations' → 'gener'. The variant's own rules, kept on purpose: a consonant is
/// any character but a, e, i, o, u (so digits, apostrophes and accented letters are consonants), 'y' starts a consonant
/// or a vowel sequence but continues neither, a word that starts with 'y' treats it as a consonant, and step 1b's
/// "short word" test looks at the whole word. Words shorter than three characters stay as they are. The tests hold it
/// equal to stock lunr on the 300,000 words of a British English dictionary.
/// </summary>
public static partial class EnglishStemmer
{
    // Porter's word shape [C](VC){m}[V] with this variant's classes: C = a consonant then non-vowels (y included),
    // V = a vowel or 'y' then vowels. Patterns are matched against a stem from its start.
    private const string C = "[^aeiou][^aeiouy]*";
    private const string V = "[aeiouy][aeiou]*";

    [GeneratedRegex($"^(?:{C})?{V}{C}", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureAtLeastOne();

    [GeneratedRegex($"^(?:{C})?{V}{C}{V}{C}", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureAtLeastTwo();

    [GeneratedRegex($"^(?:{C})?{V}{C}(?:{V})?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureExactlyOne();

    // A whole word of one consonant sequence, a vowel and a final consonant other than w, x or y ('hop', 'fil').
    [GeneratedRegex($"^{C}[aeiouy][^aeiouwxy]\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ShortWord();

    private static readonly FrozenDictionary<string, string> Step2 = new Dictionary<string, string>
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize", ["bli"] = "ble",
        ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous", ["ization"] = "ize", ["ation"] = "ate",
        ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive", ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al",
        ["iviti"] = "ive", ["biliti"] = "ble", ["logi"] = "log",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Step3 = new Dictionary<string, string>
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Step4 = FrozenSet.Create(StringComparer.Ordinal,
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize"]);

    /// <summary>The stem of a lower-case, trimmed word.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3) return word;
        // An initial 'y' is a consonant: as 'Y' no vowel class matches it.
        var initialY = word[0] == 'y';
        var w = initialY ? "Y" + word[1..] : word;

        // Step 1a: plurals. -sses → -ss, -ies → -i, -s after anything but s → removed.
        if (w.Length >= 5 && w.EndsWith("sses", StringComparison.Ordinal) || w.Length >= 4 && w.EndsWith("ies", StringComparison.Ordinal)) w = w[..^2];
        else if (w[^1] == 's' && w[^2] != 's') w = w[..^1];

        // Step 1b: -eed → -ee where the rest measures m > 0; else -ed, -ing where the rest has a vowel, then tidied up.
        if (w.Length >= 4 && w.EndsWith("eed", StringComparison.Ordinal))
        {
            if (MeasureAtLeastOne().IsMatch(w.AsSpan(0, w.Length - 3))) w = w[..^1];
        }
        else if ((SuffixAfterOneOrMore(w, "ed") ?? SuffixAfterOneOrMore(w, "ing")) is { } stem && HasVowel(stem))
        {
            w = stem;
            if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal) || w.EndsWith("iz", StringComparison.Ordinal)) w += "e";
            else if (w.Length >= 2 && w[^1] == w[^2] && !"aeiouylsz".Contains(w[^1])) w = w[..^1];
            else if (ShortWord().IsMatch(w)) w += "e";
        }

        // Step 1c: a final y after a consonant (not the word's first letter) → i.
        if (w.Length >= 3 && w[^1] == 'y' && !"aeiou".Contains(w[^2])) w = w[..^1] + "i";

        w = Replace(w, Step2, MeasureAtLeastOne());
        w = Replace(w, Step3, MeasureAtLeastOne());

        // Step 4: the longest listed suffix whose rest measures m > 1 is removed; else -sion, -tion lose their 'ion'.
        if (Split(w, Step4.Contains) is { } step4)
        {
            if (MeasureAtLeastTwo().IsMatch(step4.Stem)) w = step4.Stem;
        }
        else if (w.Length >= 5 && (w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("tion", StringComparison.Ordinal))
                 && MeasureAtLeastTwo().IsMatch(w.AsSpan(0, w.Length - 3)))
            w = w[..^3];

        // Step 5: a final e goes where the rest measures m > 1, or m = 1 and it is no short word; then -ll → -l where m > 1.
        if (w.Length >= 2 && w[^1] == 'e')
        {
            var rest = w[..^1];
            if (MeasureAtLeastTwo().IsMatch(rest) || MeasureExactlyOne().IsMatch(rest) && !ShortWord().IsMatch(rest)) w = rest;
        }
        if (w.EndsWith("ll", StringComparison.Ordinal) && MeasureAtLeastTwo().IsMatch(w)) w = w[..^1];

        return initialY ? "y" + w[1..] : w;
    }

    /// <summary>The word without <paramref name="suffix"/> when at least one character is left before it.</summary>
    private static string? SuffixAfterOneOrMore(string word, string suffix) =>
        word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal) ? word[..^suffix.Length] : null;

    /// <summary>A vowel anywhere ('y' counts): the variant's "the stem contains a vowel".</summary>
    private static bool HasVowel(string stem) => stem.AsSpan().IndexOfAny("aeiouy") >= 0;

    /// <summary>The stem before the longest suffix in the table (at least one character left), replaced where the stem fits.</summary>
    private static string Replace(string word, FrozenDictionary<string, string> table, Regex condition) =>
        Split(word, table.ContainsKey) is { } split && condition.IsMatch(split.Stem) ? split.Stem + table[split.Suffix] : word;

    /// <summary>The shortest stem (one character or more) whose rest is a suffix <paramref name="listed"/> accepts.</summary>
    private static (string Stem, string Suffix)? Split(string word, Func<string, bool> listed)
    {
        // The longest suffix in the tables has 7 characters.
        for (var at = Math.Max(1, word.Length - 7); at < word.Length; at++)
            if (listed(word[at..])) return (word[..at], word[at..]);
        return null;
    }
}
