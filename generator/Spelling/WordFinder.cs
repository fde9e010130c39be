using System.Text.RegularExpressions;

namespace DobraPraxe.Generator.Spelling;

/// <summary>
/// The words of a piece of prose, with where each starts. Left out on purpose: addresses and e-mails, words with
/// digits or underscores (codes, file names), abbreviations and names written with inner capitals (NSZM, NEJpraxe,
/// DobráPraxe: brands, not dictionary words), and words shorter than three letters.
/// </summary>
internal static partial class WordFinder
{
    public const int MinLength = 3;

    public static IEnumerable<(string Word, int Index)> Find(string text, int start, int length)
    {
        var end = start + length;
        foreach (Match chunk in Chunk().Matches(text[..end], start))
        {
            var value = chunk.Value;
            if (value.Contains("://", StringComparison.Ordinal) || value.Contains('@') || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || value.Contains('\\') || value.StartsWith('&') || value.StartsWith('#') || DottedName().IsMatch(value))
                continue;
            foreach (Match word in Word().Matches(value))
            {
                var w = word.Value;
                if (w.Length < MinLength || w.Skip(1).Any(char.IsUpper)) continue;
                yield return (w, chunk.Index + word.Index);
            }
        }
    }

    // A run of text between spaces: an address or a file name is judged, and skipped, whole.
    [GeneratedRegex(@"[^\s()\[\]<>""„“”‚‘'’*_`|]+")]
    private static partial Regex Chunk();

    // zdravamesta.cz, plan.pdf: a domain or a file name, not a word.
    [GeneratedRegex(@"\p{L}\.\p{L}")]
    private static partial Regex DottedName();

    // Letters only, not touching a digit or an underscore on either side.
    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{N}_])\p{L}[\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}_])")]
    private static partial Regex Word();
}
