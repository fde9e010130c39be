using System.Text;

namespace DobraPraxe.Generator.Shared;

public static class Html
{
    /// <summary>
    /// Escapes the five characters that matter in text and quoted attributes. Letters stay as they
    /// are: WebUtility.HtmlEncode would turn Czech 'á' into '&amp;#225;'.
    /// </summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
