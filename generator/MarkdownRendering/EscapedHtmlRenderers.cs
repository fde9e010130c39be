using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DobraPraxe.Generator.MarkdownRendering;

/// <summary>Shows raw HTML blocks of Markdown as text, for sites that do not allow HTML.</summary>
public sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<p>");
        renderer.WriteEscape(block.Lines.ToString());
        renderer.WriteLine("</p>");
    }
}

/// <summary>Shows raw HTML tags inside a paragraph as text, for sites that do not allow HTML.</summary>
public sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline) => renderer.WriteEscape(inline.Tag);
}
