using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.MarkdownRendering.Extensions.HeadingAnchors;
using DobraPraxe.Generator.MarkdownRendering.Extensions.TableScroll;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;

namespace DobraPraxe.Generator.Tests.MarkdownRendering.Extensions;

/// <summary>The extensions on their own, in a Markdig pipeline of nothing else.</summary>
public class ExtensionTests
{
    private static string Render(string markdown, params IMarkdownExtension[] extensions)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseAutoIdentifiers(AutoIdentifierOptions.Default);
        foreach (var extension in extensions) builder.Extensions.Add(extension);
        var pipeline = builder.Build();
        using var writer = new Html5Writer();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(Markdown.Parse(markdown, pipeline));
        return writer.ToString();
    }

    [Fact]
    public void only_sub_headings_h2_to_h4_get_a_self_link_labelled_with_their_text()
    {
        var html = Render("# A\n\n## B *c*\n\n#### D\n\n##### E", new HeadingAnchorExtension(heading => "Odkaz na oddíl " + heading));
        Assert.Equal("<h1 id=\"a\">A</h1>\n<h2 id=\"b-c\">B <em>c</em> <a class=\"heading-anchor\" href=\"#b-c\" aria-label=\"Odkaz na oddíl B c\">#</a></h2>\n" +
            "<h4 id=\"d\">D <a class=\"heading-anchor\" href=\"#d\" aria-label=\"Odkaz na oddíl D\">#</a></h4>\n<h5 id=\"e\">E</h5>\n", html);
    }

    [Fact]
    public void a_table_sits_in_a_named_focusable_box_with_alignment_as_classes()
    {
        var html = Render("Text\n\n| a | b |\n|:-:|---|\n| 1 | 2 |\n", new TableScrollExtension("Tabulka"));
        Assert.StartsWith("<p>Text</p>\n<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabulka\"><table>\n<thead>\n<tr>\n<th class=\"align-center\">a</th>\n<th>b</th>", html);
        Assert.EndsWith("</table></div>\n", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public void the_writer_serializes_as_a_browser_dom_does_and_collects_the_text()
    {
        using var writer = new Html5Writer();
        writer.Write("<p>a &quot;b&quot;\u00A0c<br />&#8617; &amp; &lt;</p>\n<img alt=\"x &lt;y&gt; &quot;\" />");
        Assert.Equal("<p>a \"b\"&nbsp;c<br>↩ &amp; &lt;</p>\n<img alt=\"x &lt;y&gt; &quot;\">", writer.ToString());
        Assert.Equal("a \"b\"\u00A0c↩ & <\n", writer.Text);
    }
}
