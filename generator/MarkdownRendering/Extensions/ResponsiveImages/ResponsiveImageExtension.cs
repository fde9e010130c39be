using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace DobraPraxe.Generator.MarkdownRendering.Extensions.ResponsiveImages;

/// <summary>Markdown images of the site's photos as responsive &lt;picture&gt;s (the markup the renderer attached to each).</summary>
public sealed class ResponsiveImageExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.FindExact<LinkInlineRenderer>() is not { } links) return;
        html.ObjectRenderers.Replace<LinkInlineRenderer>(new ResponsiveImageRenderer(links));
    }
}
