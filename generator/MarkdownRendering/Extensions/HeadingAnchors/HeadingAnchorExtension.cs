using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DobraPraxe.Generator.MarkdownRendering.Extensions.HeadingAnchors;

/// <summary>A visible '#' after each sub-heading (h2–h4 with an id), so readers can copy a link to that section.</summary>
public sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new HeadingAnchorRenderer());
    }
}
