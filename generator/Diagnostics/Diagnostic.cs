using System.Globalization;
using System.Text;

namespace DobraPraxe.Generator.Diagnostics;

/// <summary>One problem found in the content or the theme, with where it is and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// <c>path:line:column: error: message</c>, then the hint indented on its own line. Names and text from the
    /// content (a file name, a field's value) are printed with their control characters escaped (see <see cref="Printable"/>).
    /// </summary>
    public string Format()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var head = $"{Printable(Location.Path)}:{Location.Line}:{Location.Column}: {kind}: {Printable(Message)}";
        return Hint is null ? head : $"{head}\n    {Printable(Hint)}";
    }

    /// <summary>
    /// <paramref name="text"/> with every control character (a line break, ESC, …), invisible formatting character
    /// (a right-to-left override) and line separator written as an escape (<c>\n</c>, <c>\u001b</c>): a file named
    /// with a line break cannot print a second, forged <c>path:line:col:</c> line, and none can send the terminal
    /// an escape sequence or reorder what it shows. Everything else, Czech letters included, is printed as it is.
    /// </summary>
    public static string Printable(string text)
    {
        var first = 0;
        while (first < text.Length && !NeedsEscape(text, first)) first++;
        if (first == text.Length) return text;
        var result = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(text, i)) result.Append(c);
            else result.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }
        return result.ToString();
    }

    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        if (c is >= ' ' and < '\u007f') return false;
        if (char.IsHighSurrogate(c)) return i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        return char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
