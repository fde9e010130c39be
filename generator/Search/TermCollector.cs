using System.Text;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Runs <see cref="CzechAnalyzer"/>'s pipeline over text, appending terms to a list. With the cache on, each
/// distinct word is stemmed once and its term string shared; one collector serves one thread.
/// </summary>
internal sealed class TermCollector(bool cache)
{
    private readonly Dictionary<string, string?>? _terms = cache ? new(StringComparer.Ordinal) : null;
    private char[] _word = new char[64];
    private int _length;

    public void Collect(string? text, List<string> into)
    {
        if (string.IsNullOrEmpty(text)) return;
        _length = 0;
        foreach (var rune in CzechAnalyzer.SafeNormalize(text, NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (_length + 2 > _word.Length) Array.Resize(ref _word, _word.Length * 2);
                // ToLowerInvariant leaves 'İ' (U+0130) upper-case; czech-lunr.js maps it to 'i' just the same.
                var lower = rune.Value == 0x130 ? new Rune('i') : Rune.ToLowerInvariant(rune);
                _length += lower.EncodeToUtf16(_word.AsSpan(_length));
            }
            else if (_length > 0)
            {
                Emit(into);
            }
        }
        if (_length > 0) Emit(into);
    }

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
        var term = CzechAnalyzer.Fold(CzechStemmer.Stem(word));
        return term.Length == 0 ? null : term;
    }
}
