using System.Text;

namespace DobraPraxe.Generator.MarkdownRendering;

/// <summary>Plain text of a body for the search index.</summary>
public static class PlainText
{
    /// <summary>Runs of white space (line breaks between blocks included) become one space; none at the ends.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            builder.Append(c);
            space = false;
        }
        return builder.ToString();
    }
}
