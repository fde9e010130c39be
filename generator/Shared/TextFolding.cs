using System.Globalization;
using System.Text;

namespace DobraPraxe.Generator.Shared;

/// <summary>Diacritics folding and safe normalisation: one rule for slugs and for search terms.</summary>
public static class TextFolding
{
    /// <summary>Removes diacritics (combining marks after canonical decomposition): 'zdrav' stays, 'příliš' → 'prilis'.</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var decomposed = SafeNormalize(text, NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Normalises to <paramref name="form"/>; lone surrogates, which Normalize rejects, become U+FFFD first.</summary>
    public static string SafeNormalize(string text, NormalizationForm form)
    {
        try
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }
        catch (ArgumentException)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes()) builder.Append(rune.ToString());
            return builder.ToString().Normalize(form);
        }
    }
}
