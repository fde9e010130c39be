using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace DobraPraxe.Generator.MarkdownRendering.Extensions.TableScroll;

/// <summary>
/// Tables in a box that scrolls on its own on phones, reachable by keyboard and named; column alignment as
/// classes, since a strict CSP forbids style attributes. Register after the table extensions.
/// </summary>
/// <param name="label">The box's accessible name, in the site's language ('table.label').</param>
public sealed class TableScrollExtension(string label) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new TableScrollRenderer(label));
    }
}
