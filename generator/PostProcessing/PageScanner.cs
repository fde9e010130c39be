using System.Collections.Frozen;
using System.Net;

namespace DobraPraxe.Generator.PostProcessing;

/// <summary>
/// Reads the ids and links of a finished page for the link checker. The pages are our own output: every
/// attribute value is double-quoted, and '"' and '&lt;' are escaped everywhere else, so an attribute such as
/// <c> href="</c> can only occur inside a tag. Looking for those few attributes finds exactly what a DOM would
/// (a test holds it equal to AngleSharp on every page of three sites) at a small fraction of the cost of
/// parsing thousands of pages.
/// </summary>
public static class PageScanner
{
    /// <param name="pool">Shares equal links and ids among the pages of a build (see <see cref="StringPool"/>); a fresh one when omitted.</param>
    public static ProcessedPage Scan(string sitePath, string html, string? sourcePath, StringPool? pool = null) =>
        Scan(sitePath, html.AsSpan(), sourcePath, pool);

    /// <summary>As <see cref="Scan(string, string, string?, StringPool?)"/>, reading the page where it was rendered (no string of the whole page).</summary>
    public static ProcessedPage Scan(string sitePath, ReadOnlySpan<char> html, string? sourcePath, StringPool? pool = null)
    {
        pool ??= new StringPool();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var values = new List<(string Tag, string Value)>();
        Attributes(html, "id=\"", pool, values);
        foreach (var (_, value) in values) ids.Add(value);
        values.Clear();
        Attributes(html, "href=\"", pool, values);
        foreach (var (tag, value) in values) if (tag is "a" or "link") links.Add(value);
        values.Clear();
        Attributes(html, "src=\"", pool, values);
        foreach (var (tag, value) in values) if (tag is "img" or "script" or "source") links.Add(value);
        return new ProcessedPage
        {
            SitePath = sitePath, SourcePath = sourcePath,
            Ids = ids.ToFrozenSet(StringComparer.Ordinal), Links = [.. links],
        };
    }

    /// <summary>Adds every value of the attribute <paramref name="prefix"/> (like <c>href="</c>), with the name of the tag it is on.</summary>
    private static void Attributes(ReadOnlySpan<char> html, string prefix, StringPool pool, List<(string Tag, string Value)> found)
    {
        for (var at = html.IndexOf(prefix, StringComparison.Ordinal); at > 0; at = NextIndexOf(html, prefix, at + prefix.Length))
        {
            // A whole attribute name only: 'data-href="' or 'xlink:href="' are other attributes.
            if (!char.IsWhiteSpace(html[at - 1])) continue;
            var start = at + prefix.Length;
            var length = html[start..].IndexOf('"');
            if (length < 0) return;
            var open = html[..at].LastIndexOf('<');
            var nameEnd = open + 1;
            while (nameEnd < at && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            var tag = TagName(html.Slice(open + 1, nameEnd - open - 1));
            var value = html.Slice(start, length);
            found.Add((tag, value.Contains('&') ? pool.Get(WebUtility.HtmlDecode(value.ToString())) : pool.Get(value)));
        }
    }

    private static int NextIndexOf(ReadOnlySpan<char> html, string value, int from)
    {
        var i = html[from..].IndexOf(value, StringComparison.Ordinal);
        return i < 0 ? -1 : from + i;
    }

    private static readonly string[] TagsOfInterest = ["a", "link", "img", "script", "source"];

    /// <summary>The tag's name in lower case if it is one whose links are checked, else "" (no string made per attribute).</summary>
    private static string TagName(ReadOnlySpan<char> name)
    {
        foreach (var tag in TagsOfInterest)
            if (name.Equals(tag, StringComparison.OrdinalIgnoreCase)) return tag;
        return "";
    }
}
