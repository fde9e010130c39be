using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.MarkdownRendering;

public class MarkdownRendererTests
{
    private readonly DiagnosticBag _diagnostics = new();

    private string Render(string markdown, string baseUrl = "https://example.org/", bool allowHtml = false)
    {
        var targets = new LinkTargets(new Dictionary<string, string?>
        {
            ["content/practices/a.md"] = "praxe/a/",
            ["content/practices/koncept.md"] = null,
            ["content/practices/jina-praxe.md"] = "praxe/jina-praxe/",
            ["content/pages/o-nas.md"] = "o-nas/",
            ["content/media/plan.pdf"] = "media/plan.pdf",
        });
        var renderer = new MarkdownRenderer(targets, new SiteUrls(new Uri(baseUrl)), allowHtml, words: TestWords.Czech);
        return renderer.Render(new MarkdownSource("content/practices/a.md", markdown, FirstLine: 10), _diagnostics).Html.ToString();
    }

    [Fact]
    public void links_to_other_markdown_files_become_their_page_urls()
    {
        var html = Render("[jiná](jina-praxe.md) a [o nás](../pages/o-nas.md#kdo-jsme) a [plán](../media/plan.pdf)");
        Assert.Contains("<a href=\"/praxe/jina-praxe/\">jiná</a>", html);
        Assert.Contains("<a href=\"/o-nas/#kdo-jsme\">o nás</a>", html);
        Assert.Contains("<a href=\"/media/plan.pdf\">plán</a>", html);
        Assert.Empty(_diagnostics.Sorted());
    }

    [Fact]
    public void links_respect_a_base_url_with_a_path()
    {
        var html = Render("[jiná](jina-praxe.md)", "https://example.org/katalog/");
        Assert.Contains("href=\"/katalog/praxe/jina-praxe/\"", html);
    }

    [Fact]
    public void a_link_to_a_missing_file_is_an_error_at_its_line_and_column_in_the_original_file()
    {
        Render("Úvod.\n\nViz [tohle](jina-prakse.md).");
        var diagnostic = Assert.Single(_diagnostics.Sorted());
        Assert.Equal("content/practices/a.md:12:5: error: link target 'jina-prakse.md' does not exist (looked for 'content/practices/jina-prakse.md')",
            diagnostic.Format().Split('\n')[0]);
        Assert.Equal("Did you mean 'jina-praxe.md'?", diagnostic.Hint);
    }

    [Fact]
    public void a_link_to_an_unpublished_page_becomes_plain_text_with_a_warning()
    {
        var html = Render("Viz [koncept](koncept.md).");
        Assert.Contains("<p>Viz koncept.</p>", html);
        Assert.Equal("content/practices/a.md:10:5: warning: 'koncept.md' is not published yet (a draft or dated in the future); the link is shown as plain text",
            _diagnostics.Sorted().Single().Format().Split('\n')[0]);
    }

    [Fact]
    public void a_level_one_heading_in_the_text_is_a_warning()
    {
        Render("Text.\n\n# Nadpis");
        Assert.Equal("content/practices/a.md:12:1: warning: a level-1 heading ('# ') in the text: the title is already the page's main heading",
            _diagnostics.Sorted().Single().Format().Split('\n')[0]);
    }

    [Fact]
    public void external_links_and_anchors_are_left_alone()
    {
        var html = Render("[web](https://www.zdravamesta.cz/) [kotva](#nahoru) [mail](mailto:a@b.cz)");
        Assert.Contains("href=\"https://www.zdravamesta.cz/\"", html);
        Assert.Contains("href=\"#nahoru\"", html);
        Assert.Contains("href=\"mailto:a@b.cz\"", html);
    }

    [Fact]
    public void headings_get_ascii_ids_with_czech_diacritics_folded()
    {
        Assert.Contains("<h2 id=\"jak-to-zacalo\">Jak to začalo <a class=\"heading-anchor\" href=\"#jak-to-zacalo\"", Render("## Jak to začalo"));
        Assert.Contains("<h2 id=\"naklady-a-financovani\">", Render("## Náklady a financování"));
    }

    [Fact]
    public void tables_footnotes_and_task_lists_render()
    {
        var html = Render("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] hotovo\n\nText[^1].\n\n[^1]: Pozn.");
        Assert.Contains("<table>", html);
        Assert.Contains("<th>a</th>", html);
        Assert.Contains("type=\"checkbox\"", html);
        Assert.Contains("class=\"footnotes\"", html);
    }

    [Fact]
    public void czech_quotes_are_kept_as_written()
    {
        Assert.Contains("„Nápady pro Litoměřice“", Render("„Nápady pro Litoměřice“"));
    }

    [Fact]
    public void raw_html_is_escaped_unless_the_site_allows_it()
    {
        Assert.Contains("&lt;script&gt;", Render("<script>alert(1)</script>"));
        Assert.Contains("<b>", Render("<b>tučně</b>", allowHtml: true));
    }

    [Fact]
    public void a_link_written_as_an_address_resolves_against_the_page_url_and_is_left_to_the_link_checker()
    {
        var html = Render("[jiná](../jina-praxe/) [kapitola](../jina-praxe/#jak) [katalog](../) [strana](../strana/2/?q=x) [téma](/temata/zdravi/)");
        Assert.Contains("<a href=\"/praxe/jina-praxe/\">jiná</a>", html);
        Assert.Contains("<a href=\"/praxe/jina-praxe/#jak\">kapitola</a>", html);
        Assert.Contains("<a href=\"/praxe/\">katalog</a>", html);
        Assert.Contains("<a href=\"/praxe/strana/2/?q=x\">strana</a>", html);
        Assert.Contains("<a href=\"/temata/zdravi/\">téma</a>", html);
        Assert.Empty(_diagnostics.Sorted());
    }

    [Fact]
    public void an_address_keeps_the_site_base_path()
    {
        Assert.Contains("href=\"/katalog/praxe/jina-praxe/\"", Render("[jiná](../jina-praxe/)", "https://example.org/katalog/"));
    }

    [Fact]
    public void a_missing_media_file_is_still_reported_by_its_file_name()
    {
        Render("![mapa](../media/mapa.png)");
        Assert.Equal("content/practices/a.md:10:1: error: image target '../media/mapa.png' does not exist (looked for 'content/media/mapa.png')",
            _diagnostics.Sorted().Single().Format().Split('\n')[0]);
    }

    [Theory]
    [InlineData("praxe/a/", "../b/", "praxe/b/")]
    [InlineData("praxe/a/", "b", "praxe/a/b")]
    [InlineData("praxe/a/", "../", "praxe/")]
    [InlineData("praxe/a/", "../..", "")]
    [InlineData("", "program/", "program/")]
    [InlineData("registrace/", "../program/", "program/")]
    [InlineData("registrace/", "./", "registrace/")]
    public void addresses_resolve_as_in_a_browser(string page, string relative, string expected) =>
        Assert.Equal(expected, MarkdownRenderer.ResolveAddress(page, relative));

    [Fact]
    public void sub_headings_get_a_self_link_and_tables_a_focusable_box_with_alignment_as_classes()
    {
        var targets = new LinkTargets(new Dictionary<string, string?>());
        var rendered = new MarkdownRenderer(targets, new SiteUrls(new Uri("https://example.org/")), allowHtml: false, words: TestWords.Czech)
            .Render(new MarkdownSource("content/pages/a.md", "## Jak\n\n| a |\n|--:|\n| 1 |\n", FirstLine: 1), _diagnostics);
        Assert.Contains("<h2 id=\"jak\">Jak <a class=\"heading-anchor\" href=\"#jak\" aria-label=\"Odkaz na oddíl Jak\">#</a></h2>", rendered.Html.ToString());
        Assert.Contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabulka\"><table>", rendered.Html.ToString());
        Assert.Contains("<td class=\"align-right\">1</td>", rendered.Html.ToString());
        Assert.Equal("Jak # a 1", rendered.Text);
    }

    [Fact]
    public void the_plain_text_keeps_only_as_many_opening_words_as_the_renderer_was_told()
    {
        var targets = new LinkTargets(new Dictionary<string, string?>());
        var source = new MarkdownSource("content/pages/a.md", "## Jak\n\nJedna  dvě\ttři\n\n- čtyři\n- pět\n", FirstLine: 1);
        var all = new MarkdownRenderer(targets, new SiteUrls(new Uri("https://example.org/")), allowHtml: false).Render(source, _diagnostics);
        var three = new MarkdownRenderer(targets, new SiteUrls(new Uri("https://example.org/")), allowHtml: false, textWords: 3).Render(source, _diagnostics);
        Assert.Equal("Jak # Jedna dvě tři čtyři pět", all.Text);
        Assert.Equal("Jak # Jedna", three.Text);
        Assert.Equal(all.Html, three.Html);
    }

    [Theory]
    [InlineData("", 2, "")]
    [InlineData("  a  ", 1, "a")]
    [InlineData("a b c", 2, "a b")]
    [InlineData("a\n\nb", 5, "a b")]
    [InlineData("a  b", 5, "a b")]
    [InlineData("a b ", 5, "a b")]
    [InlineData(" a b", 5, "a b")]
    [InlineData("a\u00A0b", 5, "a b")]
    [InlineData("a b c", 3, "a b c")]
    [InlineData("a b c", 1, "a")]
    public void collapsing_white_space_stops_after_the_last_word_kept(string text, int words, string expected) =>
        Assert.Equal(expected, PlainText.CollapseWhitespace(text, words));

    [Fact]
    public void text_collapsed_already_is_not_copied()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"slovo{i}"));
        Assert.Same(text, PlainText.CollapseWhitespace(text, 100));
        Assert.NotSame(text, PlainText.CollapseWhitespace(text, 99));
    }

    [Fact]
    public void every_unsafe_address_is_caught_where_it_is_written_whatever_made_the_link()
    {
        // The autolink between two unsafe inline links once survived: removing the first broke the syntax tree's
        // sibling chain and a check that walked it never saw the second. Reference links and images go the same way.
        var html = Render(
            "[a](javascript:alert(1)) <javascript:alert(2)> [b](JaVaScRiPt:alert(3)) [koncept](koncept.md) <vbscript:x>\n\n" +
            "[c][zly] a ![d](data:text/html,x) a [e][zly] <https://example.org/ok>\n\n" +
            "[zly]: JAVASCRIPT&#58;alert(4)\n");
        Assert.DoesNotContain("script:", html.Replace("vbscript:x", "").Replace("javascript:alert(2)", ""), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://example.org/ok\">https://example.org/ok</a>", html);
        Assert.Contains("<p>a javascript:alert(2) b koncept vbscript:x</p>", html);
        Assert.Contains("<p>c a d a e", html);
        var unsafeOnes = _diagnostics.Sorted().Where(d => d.Message.Contains("could run code", StringComparison.Ordinal))
            .Select(d => d.Format().Split(": warning:")[0]).ToList();
        Assert.Equal(
            ["content/practices/a.md:10:1", "content/practices/a.md:10:26", "content/practices/a.md:10:48", "content/practices/a.md:10:95",
             "content/practices/a.md:12:1", "content/practices/a.md:12:12", "content/practices/a.md:12:37"],
            unsafeOnes);
    }
}
