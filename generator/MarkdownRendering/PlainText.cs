using System.Text;

namespace DobraPraxe.Generator.MarkdownRendering;

/// <summary>Plain text of a body for the search index.</summary>
public static class PlainText
{
    /// <summary>
    /// Runs of white space (line breaks between blocks included) become one space; none at the ends. Only the first
    /// <paramref name="maxWords"/> words are kept.
    /// </summary>
    public static string CollapseWhitespace(string text, int maxWords = int.MaxValue)
    {
        // Text collapsed already (the renderer's) is returned as it is: at 100,000 entries a copy of every body is 140 MB.
        if (IsCollapsed(text, maxWords)) return text;
        var builder = new StringBuilder(Math.Min(text.Length, 1024));
        var space = false;
        var words = 1;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space)
            {
                if (++words > maxWords) break;
                builder.Append(' ');
            }
            builder.Append(c);
            space = false;
        }
        return builder.ToString();
    }

    private static bool IsCollapsed(string text, int maxWords)
    {
        var words = text.Length == 0 ? 0 : 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i])) continue;
            // Only single spaces, between words.
            if (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' ' || ++words > maxWords) return false;
        }
        return true;
    }
}
