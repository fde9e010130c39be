using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DobraPraxe.Generator.PostProcessing;

/// <summary>
/// Parses each rendered page once with AngleSharp: adds self-links to headings of the article body,
/// and extracts ids, links and text for the checks and the search index that run after all pages exist.
/// </summary>
public sealed class HtmlPostProcessor
{
    // HtmlParser is not safe to share between threads; one per thread keeps parallel rendering correct.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    public ProcessedPage Process(string sitePath, string html, string? sourcePath)
    {
        using var document = Parser.Value!.ParseDocument(html);
        AddHeadingAnchors(document);
        MakeTablesScrollable(document);
        MoveAlignmentIntoClasses(document);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToFrozenSet(StringComparer.Ordinal);
        var links = document.QuerySelectorAll("a[href], link[href], img[src], script[src], source[src]")
            .Select(e => e.GetAttribute(e.HasAttribute("href") ? "href" : "src")!)
            .ToArray();
        var main = document.QuerySelector("main") ?? document.Body;

        return new ProcessedPage
        {
            SitePath = sitePath,
            Html = "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n",
            SourcePath = sourcePath,
            Ids = ids,
            Links = [.. links],
            Text = CollapseWhitespace(main?.TextContent ?? ""),
            BodyText = CollapseWhitespace(document.QuerySelector(".prose")?.TextContent ?? ""),
        };
    }

    // A visible '#' after each sub-heading of the article lets readers copy a link to that section.
    private static void AddHeadingAnchors(IDocument document)
    {
        foreach (var heading in document.QuerySelectorAll(".prose h2[id], .prose h3[id], .prose h4[id]"))
        {
            var anchor = document.CreateElement("a");
            anchor.ClassName = "heading-anchor";
            anchor.SetAttribute("href", "#" + heading.Id);
            anchor.SetAttribute("aria-label", $"Odkaz na oddíl {heading.TextContent.Trim()}");
            anchor.TextContent = "#";
            heading.AppendChild(document.CreateTextNode(" "));
            heading.AppendChild(anchor);
        }
    }

    // A wide table scrolls inside its own box on phones; the box must be reachable by keyboard and named.
    private static void MakeTablesScrollable(IDocument document)
    {
        foreach (var table in document.QuerySelectorAll(".prose table").ToList())
        {
            var box = document.CreateElement("div");
            box.ClassName = "table-scroll";
            box.SetAttribute("tabindex", "0");
            box.SetAttribute("role", "region");
            box.SetAttribute("aria-label", table.QuerySelector("caption")?.TextContent.Trim() is { Length: > 0 } caption ? caption : "Tabulka");
            table.Parent!.ReplaceChild(box, table);
            box.AppendChild(table);
        }
    }

    // Markdig aligns table columns with style attributes, which a strict CSP blocks: use classes instead.
    private static void MoveAlignmentIntoClasses(IDocument document)
    {
        foreach (var cell in document.QuerySelectorAll(".prose [style]"))
        {
            var style = cell.GetAttribute("style")!.Replace(" ", "").TrimEnd(';');
            if (style.StartsWith("text-align:", StringComparison.Ordinal)) cell.ClassList.Add("align-" + style["text-align:".Length..]);
            cell.RemoveAttribute("style");
        }
    }

    private static string CollapseWhitespace(string text)
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
