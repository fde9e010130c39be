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
}
