using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.PostProcessing;

namespace DobraPraxe.Generator.Tests.PostProcessing;

public class LinkCheckerTests
{
    private static readonly HtmlPostProcessor Processor = new();

    private static string[] Check(params (string Path, string Body)[] pages)
    {
        var processed = pages.Select(p => Processor.Process(p.Path, $"<html><body><main>{p.Body}</main></body></html>", $"content/{p.Path.TrimEnd('/')}.md")).ToList();
        var files = processed.Select(p => DobraPraxe.Generator.SiteBuilding.Routes.FileOf(p.SitePath)).Append("media/a.pdf").ToHashSet();
        var diagnostics = new DiagnosticBag();
        LinkChecker.Check(processed, files, "/", (_, _) => null, diagnostics);
        return [.. diagnostics.Sorted().Select(d => d.Message)];
    }

    [Fact]
    public void links_to_existing_pages_files_and_anchors_pass()
    {
        Assert.Empty(Check(
            ("a/", "<a href=\"/b/\">b</a><a href=\"/b/#cast\">b</a><a href=\"#top\" id=\"top\">t</a><a href=\"/media/a.pdf\">pdf</a><a href=\"https://x.cz/nic\">x</a>"),
            ("b/", "<h2 id=\"cast\">Část</h2>")));
    }

    [Fact]
    public void a_link_to_a_missing_page_is_an_error()
    {
        Assert.Equal(["link '/c/' points to a page that does not exist (on page /a/)"], Check(("a/", "<a href=\"/c/\">c</a>")));
    }

    [Fact]
    public void a_missing_anchor_is_an_error_on_the_same_page_and_on_another()
    {
        Assert.Equal(
            ["anchor '#chybi' does not exist on this page (on page /a/)", "anchor '#nikde' does not exist on /b/ (on page /a/)"],
            Check(("a/", "<a href=\"#chybi\">x</a><a href=\"/b/#nikde\">y</a>"), ("b/", "<p>b</p>")));
    }

    [Fact]
    public void sub_headings_of_the_article_get_a_self_link()
    {
        var page = Processor.Process("a/", "<html><body><main><div class=\"prose\"><h2 id=\"jak\">Jak</h2></div></main></body></html>", null);
        Assert.Contains("<a class=\"heading-anchor\" href=\"#jak\" aria-label=\"Odkaz na oddíl Jak\">#</a>", page.Html);
        Assert.Equal("Jak #", page.Text);
    }
}
