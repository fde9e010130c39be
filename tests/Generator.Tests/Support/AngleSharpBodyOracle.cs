using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DobraPraxe.Generator.Tests.Support;

/// <summary>
/// How bodies were finished before the Markdig extensions (HeadingAnchors, TableScroll, Html5Writer) took over: a
/// second parse with AngleSharp adding self-links on sub-headings, keyboard-reachable boxes for tables, alignment
/// as classes, and the plain text. Kept as the oracle the extensions are held byte-equal to.
/// </summary>
public static class AngleSharpBodyOracle
{
    // HtmlParser is not safe to share between threads; bodies are processed in parallel.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    public static (string Html, string Text) Process(string bodyHtml)
    {
        // The HTML parser puts a fragment's content into <body> by itself: one parse, no copying.
        using var document = Parser.Value!.ParseDocument(bodyHtml);
        var body = document.Body!;

        AddHeadingAnchors(document, body);
        MakeTablesScrollable(document, body);
        MoveAlignmentIntoClasses(body);
        return (body.InnerHtml, Generator.MarkdownRendering.PlainText.CollapseWhitespace(body.TextContent));
    }

    // A visible '#' after each sub-heading lets readers copy a link to that section.
    private static void AddHeadingAnchors(IDocument document, IElement body)
    {
        foreach (var heading in body.QuerySelectorAll("h2[id], h3[id], h4[id]"))
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
    private static void MakeTablesScrollable(IDocument document, IElement body)
    {
        foreach (var table in body.QuerySelectorAll("table").ToList())
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
    private static void MoveAlignmentIntoClasses(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("[style]"))
        {
            var style = element.GetAttribute("style")!.Replace(" ", "").TrimEnd(';');
            if (style.StartsWith("text-align:", StringComparison.Ordinal)) element.ClassList.Add("align-" + style["text-align:".Length..]);
            element.RemoveAttribute("style");
        }
    }
}
