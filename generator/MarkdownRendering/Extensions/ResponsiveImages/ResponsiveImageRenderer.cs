using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DobraPraxe.Generator.MarkdownRendering.Extensions.ResponsiveImages;

/// <summary>Writes an image that carries a &lt;picture&gt; (see <see cref="PictureKey"/>) as that; every other link as Markdig does.</summary>
public sealed class ResponsiveImageRenderer(LinkInlineRenderer links) : HtmlObjectRenderer<LinkInline>
{
    /// <summary>The key of the markup <see cref="MarkdownRenderer"/> attaches to an image of a published photo.</summary>
    public const string PictureKey = "dobrapraxe-picture";

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage && link.GetData(PictureKey) is string picture) renderer.Write(picture);
        else links.Write(renderer, link);
    }
}
