using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DobraPraxe.Generator.MarkdownRendering.Extensions.HeadingAnchors;

/// <summary>
/// Writes a heading, and for h2–h4 with an id a self-link after its text:
/// <c>&lt;h2 id="x"&gt;Text &lt;a class="heading-anchor" href="#x" aria-label="Odkaz na oddíl Text"&gt;#&lt;/a&gt;&lt;/h2&gt;</c>,
/// the label made by <paramref name="label"/> from the heading's text (the site's word 'heading.link').
/// </summary>
public sealed class HeadingAnchorRenderer(Func<string, string> label) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        var id = heading.TryGetAttributes()?.Id;
        if (heading.Level is >= 2 and <= 4 && !string.IsNullOrEmpty(id))
        {
            // The label names the section by the heading's text as readers see it, so the inlines are rendered first.
            var inline = Capture(renderer, () => renderer.WriteLeafInline(heading));
            renderer.Write(inline);
            renderer.Write(" <a class=\"heading-anchor\" href=\"#").WriteEscape(id).Write("\" aria-label=\"")
                .WriteEscape(label(Html5Writer.TextOf(inline).Trim())).Write("\">#</a>");
        }
        else
        {
            renderer.WriteLeafInline(heading);
        }
        renderer.Write("</").Write(tag).WriteLine(">");
    }

    /// <summary>What <paramref name="write"/> renders, as a string instead of into the page.</summary>
    internal static string Capture(HtmlRenderer renderer, Action write)
    {
        var page = renderer.Writer;
        using var capture = new StringWriter();
        renderer.Writer = capture;
        try { write(); }
        finally { renderer.Writer = page; }
        return capture.ToString();
    }
}
