using System.Text.RegularExpressions;
using CsCheck;
using DobraPraxe.Benchmarks.Corpus;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Tests.Support;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Renderers.Html;
using Markdig.Renderers;
using Markdig;

namespace DobraPraxe.Generator.Tests.MarkdownRendering.Extensions;

/// <summary>
/// The Markdig extensions that finish a body (heading self-links, table boxes, alignment classes, HTML5 serialization,
/// plain text) give byte for byte what the AngleSharp pass they replaced gave.
/// </summary>
public partial class AngleSharpParityTests
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder()
        .UsePipeTables().UseGridTables().UseFootnotes().UseTaskLists().UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.Default).UsePreciseSourceLocation().Build();

    private static readonly string[] Snippets =
    [
        "## Jak to začalo\n\nText s \"uvozovkami\", a\u00A0nezlomitelnou mezerou & ampersandem < a >.",
        "### Nadpis s *důrazem*, `kódem` a &copy; entitou\n\n#### Čtvrtý\n\n##### Pátý\n\n# První",
        "Setext\nna dva řádky\n---------------\n\nOdstavec  \ns tvrdým zlomem.\n\n***\n",
        "![obrázek \"x\" <y>](https://example.org/a.png \"titulek & <z>\") a [odkaz](https://example.org/?a=1&b=2 \"t\\\"t\")",
        "| Vlevo | Střed | Vpravo | Nic |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n| a \"b\" | `c` | **d** | |",
        "| jen hlavička |\n|---|\n",
        "- [x] hotovo\n- [ ] zbývá\n\nText[^1] a další[^p].\n\n[^1]: Poznámka.\n[^p]: Druhá \"poznámka\".",
        "```cs\nvar s = \"<b>\" + '&';\n```\n\n    odsazený \"kód\"\n\n> citace s <https://example.org/a?b&c>",
        "<div onclick=\"x\">raw</div>\n\nInline <b>tag</b> a &#128512; a &#8617; a &amp;amp;",
        "1. jedna\n2. dvě\n   - vnořená \"položka\"\n\n## Nadpis s [odkazem](https://example.org/) a obrázkem ![alt](https://example.org/i.png)",
        "## 2020: rok změn\n\n## Stejný\n\n## Stejný\n\nwww.example.org a jan@example.org",
    ];

    [Fact]
    public void every_snippet_renders_as_the_angle_sharp_pass_did()
    {
        foreach (var snippet in Snippets) AssertParity(snippet);
    }

    [Fact]
    public void every_body_of_the_bundled_content_and_the_fixture_sites_renders_as_the_angle_sharp_pass_did()
    {
        var folders = new[] { Path.Combine(TestPaths.RepositoryRoot, "content"), TestPaths.Fixture("basic"), TestPaths.Fixture("hostile"), TestPaths.Fixture("links") };
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.md", SearchOption.AllDirectories)).Where(f => !f.EndsWith("README.md")).ToList();
        Assert.True(files.Count > 40, $"only {files.Count} files");
        foreach (var file in files) AssertParity(Body(File.ReadAllText(file)), file);
    }

    [Fact]
    public void generated_bodies_and_mixtures_of_snippets_render_as_the_angle_sharp_pass_did()
    {
        foreach (var practice in new CorpusBuilder(60, 7).Build().Practices) AssertParity(practice.Body);
        Gen.OneOf(Snippets).Array[1, 5].Sample(parts => AssertParity(string.Join("\n\n", parts)), iter: 200);
    }

    [Fact]
    public void a_grid_table_loses_only_the_empty_column_group_the_angle_sharp_pass_left_behind()
    {
        // Markdig gives grid tables a <colgroup> of <col style="width:…">; the old pass removed the styles (the CSP
        // forbids them) and kept empty <col> elements, which say nothing. The renderer now writes no column group.
        const string grid = "+-----+-----+\n| a   | b   |\n+=====+=====+\n| 1   | 2   |\n+-----+-----+\n";
        var html = new MarkdownRenderer(new LinkTargets(new Dictionary<string, string?>()), new SiteUrls(new Uri("https://example.org/")), allowHtml: false, words: TestWords.Czech)
            .Render(new MarkdownSource("content/pages/a.md", grid, FirstLine: 1), new DiagnosticBag()).Html.ToString();
        Assert.Equal(Oracle(grid).Html.Replace("<colgroup><col>\n<col>\n</colgroup>", ""), html);
    }

    private static void AssertParity(string markdown, string? name = null)
    {
        markdown = RelativeLink().Replace(markdown, "](https://example.org/x)");
        var expected = Oracle(markdown);
        var diagnostics = new DiagnosticBag();
        var actual = new MarkdownRenderer(new LinkTargets(new Dictionary<string, string?>()), new SiteUrls(new Uri("https://example.org/")), allowHtml: false, words: TestWords.Czech)
            .Render(new MarkdownSource("content/pages/a.md", markdown, FirstLine: 1), diagnostics);
        // The renderer removes addresses that could run code; the oracle, knowing nothing of that, is no guide there.
        if (diagnostics.Sorted().Any(d => d.Message.Contains("could run code", StringComparison.Ordinal))) return;
        Assert.True(expected.Html == actual.Html.ToString(), $"{name ?? markdown}\n--- expected\n{expected.Html}\n--- actual\n{actual.Html}");
        Assert.True(expected.Text == actual.Text, $"{name ?? markdown}\n--- expected text\n{expected.Text}\n--- actual text\n{actual.Text}");
    }

    /// <summary>The way bodies were rendered before: stock Markdig renderers, then the AngleSharp pass.</summary>
    private static (string Html, string Text) Oracle(string markdown)
    {
        var document = Markdown.Parse(markdown, Plain);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Plain.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        renderer.Render(document);
        return AngleSharpBodyOracle.Process(writer.ToString());
    }

    private static string Body(string file)
    {
        var lines = file.Replace("\r\n", "\n").Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        return lines[0] == "---" && end > 0 ? string.Join('\n', lines[(end + 1)..]) : file;
    }

    // Relative links are resolved by the renderer and not by the oracle; an external address keeps both the same.
    [GeneratedRegex(@"\]\((?!https?:|#|mailto:|tel:)[^)\s]*\)")]
    private static partial Regex RelativeLink();
}
