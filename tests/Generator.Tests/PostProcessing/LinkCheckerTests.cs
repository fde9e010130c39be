using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.PostProcessing;

namespace DobraPraxe.Generator.Tests.PostProcessing;

public class LinkCheckerTests
{
    private static string[] Check(params (string Path, string Body)[] pages) => [.. Diagnose(pages).Select(d => d.Message)];

    private static IReadOnlyList<Diagnostic> Diagnose(params (string Path, string Body)[] pages)
    {
        var processed = pages.Select(p => PageScanner.Scan(p.Path, $"<html><body><main>{p.Body}</main></body></html>", $"content/{p.Path.TrimEnd('/')}.md")).ToList();
        var files = processed.Select(p => DobraPraxe.Generator.Site.Routes.FileOf(p.SitePath)).Append("media/a.pdf").ToHashSet();
        var diagnostics = new DiagnosticBag();
        LinkChecker.Check(processed, files, "/", (page, _) => new SourceLocation(page.SourcePath!, 3, 5), diagnostics);
        return diagnostics.Sorted();
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
    public void a_link_to_a_missing_page_suggests_the_nearest_real_page_url()
    {
        var diagnostic = Assert.Single(Diagnose(("praxe/a/", "<a href=\"/praxe/jina-prxe/\">x</a>"), ("praxe/jina-praxe/", "<p>b</p>"), ("praxe/jiny-plan/", "<p>c</p>")));
        Assert.Equal("Did you mean '/praxe/jina-praxe/'?", diagnostic.Hint);
    }

    [Fact]
    public void the_same_broken_link_written_in_two_texts_is_reported_at_each()
    {
        var at = Diagnose(("a/", "<a href=\"/c/\">c</a>"), ("b/", "<a href=\"/c/\">c</a>")).Select(d => d.Location.Path);
        Assert.Equal(["content/a.md", "content/b.md"], at);
    }

    [Fact]
    public void a_missing_anchor_suggests_the_nearest_heading()
    {
        var diagnostic = Assert.Single(Diagnose(("a/", "<a href=\"/b/#jak-to-zacal\">x</a>"), ("b/", "<h2 id=\"jak-to-zacalo\">Jak</h2>")));
        Assert.Equal("Did you mean '/b/#jak-to-zacalo'?", diagnostic.Hint);
    }

    [Fact]
    public void a_missing_anchor_is_an_error_on_the_same_page_and_on_another()
    {
        Assert.Equal(
            ["anchor '#chybi' does not exist on this page (on page /a/)", "anchor '#nikde' does not exist on /b/ (on page /a/)"],
            Check(("a/", "<a href=\"#chybi\">x</a><a href=\"/b/#nikde\">y</a>"), ("b/", "<p>b</p>")));
    }
}
