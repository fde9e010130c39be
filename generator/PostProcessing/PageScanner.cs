using System.Collections.Frozen;
using System.Net;
using System.Text.RegularExpressions;

namespace DobraPraxe.Generator.PostProcessing;

/// <summary>
/// Reads the ids and links of a finished page for the link checker. The pages are our own output: every
/// attribute is double-quoted and every '"' and '&lt;' in text or values is escaped, so a scan of the tags finds
/// exactly what a DOM would (a test holds it equal to AngleSharp on every page of the sample site) at a
/// fraction of the cost of parsing thousands of pages.
/// </summary>
public static partial class PageScanner
{
    public static ProcessedPage Scan(string sitePath, string html, string? sourcePath)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
            {
                var key = attribute.Groups["key"].Value.ToLowerInvariant();
                var value = WebUtility.HtmlDecode(attribute.Groups["value"].Value);
                if (key == "id") ids.Add(value);
                else if ((key == "href" && name is "a" or "link") || (key == "src" && name is "img" or "script" or "source")) links.Add(value);
            }
        }
        return new ProcessedPage { SitePath = sitePath, Html = html, SourcePath = sourcePath, Ids = ids.ToFrozenSet(StringComparer.Ordinal), Links = [.. links] };
    }

    // A start tag with its name and attributes; quoted values are matched whole, so a '>' inside one does not end the tag.
    [GeneratedRegex("""<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attributes>(?:\s+[^\s"'>/=]+(?:\s*=\s*"[^"]*")?)*)\s*/?>""")]
    private static partial Regex Tag();

    [GeneratedRegex("""(?<key>[^\s"'>/=]+)\s*=\s*"(?<value>[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Attribute();
}
