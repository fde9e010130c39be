using System.Text;
using System.Text.RegularExpressions;

namespace DobraPraxe.Generator.Shared;

/// <summary>URL slugs: lower-case ASCII letters, digits and single hyphens; Czech diacritics folded.</summary>
public static partial class Slug
{
    public static bool IsValid(string value) => value.Length is > 0 and <= 100 && Pattern().IsMatch(value);

    /// <summary>'Doprava a mobilita' → 'doprava-a-mobilita', 'Šťastná Žďár' → 'stastna-zdar'.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in TextFolding.Fold(text).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>The rule as a regular expression, for tools that check slugs themselves (the web editor's config).</summary>
    public const string PatternText = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [GeneratedRegex(PatternText)]
    private static partial Regex Pattern();
}
