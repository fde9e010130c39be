using System.Text;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Turns English text into search terms exactly as stock lunr.js 2.3.9 does with its English pipeline (what
/// <c>lunr(function () { … })</c> sets up): the whole text lower-cased as JavaScript's toLowerCase does, split on white
/// space and hyphens (lunr.tokenizer), each token trimmed of non-word characters at both ends (lunr.trimmer: anything
/// but A–Z, a–z, 0–9 and '_', so 'café' ends as 'caf'), lunr's English stop words dropped (lunr.stopWordFilter), then
/// stemmed with lunr's Porter stemmer (<see cref="EnglishStemmer"/>). 'Cycling paths' → ['cycl', 'path']. The browser
/// runs stock lunr for it (english-lunr.js beside this file); tests hold the two equal on a British English dictionary.
/// </summary>
public static class EnglishAnalyzer
{
    /// <summary>The lunr pipeline functions, in order, whose result this is (lunr.Pipeline labels).</summary>
    public static readonly IReadOnlyList<string> PipelineFunctions = ["trimmer", "stopWordFilter", "stemmer"];

    /// <summary>lunr's English stop words.</summary>
    public static IReadOnlySet<string> StopWords => EnglishStopWords.Set;

    /// <summary>
    /// The terms of <paramref name="text"/> in reading order, repeats kept, as lunr's pipeline gives them; a token that
    /// the trimmer empties ('–', '...') stays as an empty term, as in lunr (an index may leave those out).
    /// </summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text)) return terms;
        var lower = JavaScriptLowerCase(text);
        var start = 0;
        for (var end = 0; end <= lower.Length; end++)
        {
            if (end < lower.Length && !IsSeparator(lower[end])) continue;
            if (end > start && TermOf(lower[start..end]) is { } term) terms.Add(term);
            start = end + 1;
        }
        return terms;
    }

    /// <summary>The stemmer alone, on a lower-case word: 'cycling' → 'cycl'.</summary>
    public static string Stem(string word) => EnglishStemmer.Stem(word);

    private static string? TermOf(string token)
    {
        var trimmed = Trim(token);
        return EnglishStopWords.Set.Contains(trimmed) ? null : EnglishStemmer.Stem(trimmed);
    }

    // lunr.trimmer: /^\W+/ and /\W+$/ removed, \W being anything but [A-Za-z0-9_] (per UTF-16 unit).
    private static string Trim(string token)
    {
        var (from, to) = (0, token.Length);
        while (from < to && !IsWordChar(token[from])) from++;
        while (to > from && !IsWordChar(token[to - 1])) to--;
        return from == 0 && to == token.Length ? token : token[from..to];
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // lunr.tokenizer.separator, /[\s\-]+/: JavaScript's \s is its white space (tab, vertical tab, form feed, space,
    // no-break space, U+FEFF and every space separator, Zs) and its line terminators.
    private static bool IsSeparator(char c) => c switch
    {
        '-' or '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' or '\ufeff' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary>
    /// String.prototype.toLowerCase: the default case mapping, unconditional and language-independent, with its two
    /// rules beyond one character for one: 'İ' becomes 'i' and a combining dot, and a capital sigma ending a word is 'ς'.
    /// </summary>
    private static string JavaScriptLowerCase(string text)
    {
        var lower = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAscii(c)) lower.Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
            else if (c == '\u0130') lower.Append("i\u0307");
            else if (c == '\u03a3') lower.Append(IsFinalSigma(text, i) ? '\u03c2' : '\u03c3');
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                lower.Append(Rune.ToLowerInvariant(new Rune(c, text[i + 1])).ToString());
                i++;
            }
            else lower.Append(char.ToLowerInvariant(c));
        }
        return lower.ToString();
    }

    // Unicode's Final_Sigma: a cased letter before (case-ignorable characters between), and none after.
    private static bool IsFinalSigma(string text, int at)
    {
        var before = at - 1;
        while (before >= 0 && IsCaseIgnorable(text[before])) before--;
        if (before < 0 || !IsCased(text[before])) return false;
        var after = at + 1;
        while (after < text.Length && IsCaseIgnorable(text[after])) after++;
        return after >= text.Length || !IsCased(text[after]);
    }

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) => c is '\'' or '.' or ':' or '^' or '`' or '\u00b7' or '\u2019'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.ModifierSymbol;
}
