using DobraPraxe.Generator.Shared;
using System.Text;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Runs <see cref="CzechAnalyzer"/>'s pipeline over text, appending terms to a list. With the cache on, each
/// distinct word is stemmed once and its term string shared; one collector serves one thread.
/// </summary>
internal sealed class TermCollector(bool cache) : ITermCollector
{
    private readonly Dictionary<string, string?>? _terms = cache ? new(StringComparer.Ordinal) : null;
    private char[] _word = new char[64];
    private int _length;

    public void Collect(string? text, List<string> into)
    {
        if (string.IsNullOrEmpty(text)) return;
        _length = 0;
        var normalized = TextFolding.SafeNormalize(text, NormalizationForm.FormC);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (_length + 2 > _word.Length) Array.Resize(ref _word, _word.Length * 2);
            // Most characters are ASCII or in the BMP, where char and Rune agree; surrogate pairs take the Rune path.
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterOrDigit(c)) { _word[_length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c; continue; }
            }
            else if (!char.IsSurrogate(c))
            {
                if (char.IsLetterOrDigit(c)) { _word[_length++] = LowerCase(c); continue; }
            }
            else if (Rune.TryGetRuneAt(normalized, i, out var rune))
            {
                i += rune.Utf16SequenceLength - 1;
                if (Rune.IsLetterOrDigit(rune)) { _length += Rune.ToLowerInvariant(rune).EncodeToUtf16(_word.AsSpan(_length)); continue; }
            }
            if (_length > 0) Emit(into);
        }
        if (_length > 0) Emit(into);
    }

    // ToLowerInvariant leaves 'İ' (U+0130) upper-case; czech-lunr.js maps it to 'i' just the same.
    private static char LowerCase(char c) => c == '\u0130' ? 'i' : char.ToLowerInvariant(c);

    private void Emit(List<string> into)
    {
        var word = _word.AsSpan(0, _length);
        _length = 0;
        string? term;
        if (_terms is null)
        {
            term = TermOf(new string(word));
        }
        else
        {
            var lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(word, out term))
            {
                var key = new string(word);
                term = TermOf(key);
                _terms[key] = term;
            }
        }
        if (term is not null) into.Add(term);
    }

    // Stop words are matched before stemming, in the word's own spelling or folded; null drops the word.
    private static string? TermOf(string word)
    {
        if (CzechStopWords.Set.Contains(word)) return null;
        var term = TextFolding.Fold(CzechStemmer.Stem(word));
        return term.Length == 0 ? null : term;
    }
}
