using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DobraPraxe.Generator.Tests.Support;

/// <summary>Finds markup a browser would run: script elements, event-handler attributes, script URLs, frames and objects.</summary>
public static class ExecutableMarkup
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href"];
    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>Every problem in <paramref name="html"/>, described; empty when the page is safe.</summary>
    public static IEnumerable<string> Find(string html)
    {
        using var document = Parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script" && !IsDataBlock(element) && !IsThemeScript(element)) yield return $"<script> {Short(element.OuterHtml)}";
            if (name is "iframe" or "object" or "embed" or "base" or "frame" or "frameset") yield return $"<{name}>";
            if (name == "meta" && element.GetAttribute("http-equiv")?.Equals("refresh", StringComparison.OrdinalIgnoreCase) == true) yield return "<meta refresh>";
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) yield return $"{attribute.Name}= on <{name}>";
                if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()) && IsScriptUrl(attribute.Value)) yield return $"{attribute.Name}=\"{Short(attribute.Value)}\" on <{name}>";
                if (attribute.Name == "style") yield return $"style= on <{name}>";
            }
        }
    }

    // JSON-LD, and the words a page's script reads (the search page): a browser never runs a JSON data block.
    private static bool IsDataBlock(IElement script) =>
        script.GetAttribute("type") is "application/ld+json" or "application/json" && !script.HasAttribute("src");

    // The theme's own files (the search page loads lunr.js, czech-lunr.js and search.js), and the search index's
    // manifest as a script (search/manifest.js: the generator's JSON behind one assignment, see HostileContentTests); nothing inline.
    private static bool IsThemeScript(IElement script) =>
        script.GetAttribute("src") is { } src && script.TextContent.Length == 0
        && (src.StartsWith("/assets/js/", StringComparison.Ordinal) || src is "/search/manifest.js");

    private static bool IsScriptUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return DangerousSchemes.Any(compact.StartsWith);
    }

    private static string Short(string text) => text.Length > 80 ? text[..80] : text;
}
