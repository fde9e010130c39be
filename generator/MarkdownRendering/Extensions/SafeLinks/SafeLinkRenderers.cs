using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DobraPraxe.Generator.MarkdownRendering.Extensions.SafeLinks;

/// <summary>What the safe renderers report: a link or image not written as one, at its place in the text.</summary>
public delegate void UnsafeLinkReport(int line, int column, string what, string url);

/// <summary>
/// Checks every link and image where its address is written, whatever made it (inline, reference, autolink,
/// a bare www/http address): an address that could run code is never written, its text is, and the place is
/// reported. Checking here rather than by walking the syntax tree beforehand means no earlier change to the tree
/// can hide a link from the check. A link marked <see cref="PlainKey"/> (to a page not published yet) is written
/// as its text too, without a report of its own (the resolver already said why).
/// </summary>
public sealed class SafeLinkRenderer(HtmlObjectRenderer<LinkInline> links, UnsafeLinkReport report) : HtmlObjectRenderer<LinkInline>
{
    public const string PlainKey = "dobrapraxe-plain";

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var plain = link.GetData(PlainKey) is true;
        if (!plain && !MarkdownRenderer.IsUnsafe(link.Url))
        {
            links.Write(renderer, link);
            return;
        }
        if (!plain) report(link.Line, link.Column, link.IsImage ? "image" : "link", link.Url!);
        // An image's description stands in for it, as a link's text does.
        renderer.WriteChildren(link);
    }
}

/// <summary>An autolink (&lt;scheme:…&gt;) as <see cref="SafeLinkRenderer"/> writes a link: its address as text when unsafe.</summary>
public sealed class SafeAutolinkRenderer(AutolinkInlineRenderer autolinks, UnsafeLinkReport report) : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (!MarkdownRenderer.IsUnsafe(link.Url))
        {
            autolinks.Write(renderer, link);
            return;
        }
        report(link.Line, link.Column, "link", link.Url);
        renderer.WriteEscape(link.Url);
    }
}
