using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DobraPraxe.Generator.MarkdownRendering.Extensions.HeadingAnchors;

/// <summary>A visible '#' after each sub-heading (h2–h4 with an id), so readers can copy a link to that section.</summary>
/// <param name="label">The link's accessible name from the heading's text, in the site's language.</param>
public sealed class HeadingAnchorExtension(Func<string, string> label) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new HeadingAnchorRenderer(label));
    }
}
