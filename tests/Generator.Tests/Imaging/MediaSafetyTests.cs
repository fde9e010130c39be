using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Imaging;

/// <summary>content/media/ publishes only listed types, and no SVG that could run or load anything on the site's origin.</summary>
public class MediaSafetyTests
{
    private static (string[] Messages, DobraPraxe.Generator.Pipeline.BuildResult Result) Build(string file, string text)
    {
        using var tree = new ContentTree();
        tree.Write(file, text);
        var result = Builds.Generate(tree.Root);
        return (PhotoSite.About(result, file), result);
    }

    [Theory]
    [InlineData("stranka.html", "<script>alert(1)</script>")]
    [InlineData("data.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>")]
    [InlineData("skript.js", "alert(1)")]
    public void a_file_of_a_type_not_on_the_list_is_an_error_at_the_file(string name, string text)
    {
        var (messages, result) = Build("content/media/" + name, text);
        Assert.Equal([$"content/media/{name}:1:1: error: '{name}' is not a file type the site publishes"], messages);
        Assert.DoesNotContain(result.Files, f => f.Path == "media/" + name);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(document.cookie)</script>\n</svg>", "2:4", "the drawing has a <script> element, which can run code or embed a web page")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"5\" height=\"5\"/></svg>", "1:2", "the attribute 'onload' on <svg> runs code")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<foreignObject><div>x</div></foreignObject></svg>", "2:2", "the drawing has a <foreignObject> element, which can run code or embed a web page")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "2:2", "the drawing has an <a> element: a link in a drawing can run code (javascript:) or lead to another site")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<image href=\"https://tracker.example/p.png\"/></svg>", "2:2", "<image> refers to 'https://tracker.example/p.png' outside the drawing; only references inside it ('#id') are allowed")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://x.example/a.css);</style></svg>", "1:42", "the CSS in <style> has @import, which loads a file from outside the drawing")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><g><set attributeName=\"href\" to=\"javascript:alert(1)\"/></g></svg>", "1:45", "the drawing has a <set> element, which changes the drawing after it is checked (a link's address among others)")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [ <!ATTLIST svg onload CDATA \"alert(1)\"> ]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "2:3", "the drawing has a DOCTYPE; a DTD can add attributes such as onload that the file does not show")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:html=\"http://www.w3.org/1999/xhtml\">\n  <html:meta http-equiv=\"refresh\" content=\"0; url=https://x.example/\"/></svg>", "2:4", "the drawing has <html:meta>, an element of another language than SVG (http://www.w3.org/1999/xhtml)")]
    [InlineData("<?xml-stylesheet href=\"x.xsl\" type=\"text/xsl\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "1:3", "the processing instruction <?xml-stylesheet?> can load a stylesheet or code")]
    public void an_svg_that_could_run_or_load_something_is_an_error_at_its_line(string svg, string at, string message)
    {
        var (messages, result) = Build("content/media/mapa.svg", svg);
        Assert.Equal([$"content/media/mapa.svg:{at}: error: {message}"], messages);
        Assert.DoesNotContain(result.Files, f => f.Path == "media/mapa.svg");
    }

    [Fact]
    public void a_plain_drawing_with_internal_references_is_published_as_it_is()
    {
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><defs><linearGradient id=\"g\"/></defs>" +
                           "<rect fill=\"url(#g)\" style=\"fill: url('#g')\" width=\"5\" height=\"5\"/><use xlink:href=\"#g\"/></svg>";
        using var tree = new ContentTree();
        tree.Write("content/media/mapa.svg", svg);
        var result = Builds.Generate(tree.Root);
        Assert.Empty(PhotoSite.About(result, "content/media/mapa.svg"));
        Assert.Equal(svg, File.ReadAllText(result.Files.Single(f => f.Path == "media/mapa.svg").CopyFrom!));
    }

    [Fact]
    public void an_svg_problem_comes_with_the_hint_for_that_problem()
    {
        using var tree = new ContentTree();
        tree.Write("content/media/mapa.svg", "<!DOCTYPE svg [ <!ENTITY x \"y\"> ]>\n<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>");
        tree.Write("content/media/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        var result = Builds.Generate(tree.Root);
        var doctype = Assert.Single(result.Diagnostics, d => d.Location.Path == "content/media/mapa.svg");
        Assert.Equal("content/media/mapa.svg:1:3: error: the drawing has a DOCTYPE; a DTD can add attributes such as onload that the file does not show\n" +
                     "    Delete the <!DOCTYPE …> declaration with its [ … ] part: a drawing needs none, and a DTD can add attributes (such as onload) that the file does not show.",
            doctype.Format());
        Assert.StartsWith("Remove that part (in Inkscape", Assert.Single(result.Diagnostics, d => d.Location.Path == "content/media/plan.svg").Hint);
    }

    [Fact]
    public void a_drawing_named_in_upper_case_is_an_error_since_the_hosts_header_rule_would_miss_it()
    {
        var (messages, result) = Build("content/media/MAPA.SVG", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Assert.Equal(["content/media/MAPA.SVG:1:1: error: the drawing's name ends in '.SVG'; drawings are published as '.svg', in lower case"], messages);
        Assert.DoesNotContain(result.Files, f => f.Path == "media/MAPA.SVG");
    }

    [Fact]
    public void a_document_whose_content_is_another_format_is_an_error()
    {
        var (messages, _) = Build("content/media/plan.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>");
        Assert.Equal(["content/media/plan.pdf:1:1: error: the file's name says PDF (.pdf) but it holds an HTML page"], messages);
    }

    [Theory]
    [InlineData("klip.mp4", new byte[] { 0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m' }, true)]
    [InlineData("klip.mp4", new byte[] { 0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'a', (byte)'v', (byte)'i', (byte)'f' }, false)]
    [InlineData("klip.webm", new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84, (byte)'w', (byte)'e', (byte)'b', (byte)'m' }, true)]
    [InlineData("klip.webm", new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x88, (byte)'m', (byte)'a', (byte)'t', (byte)'r', (byte)'o', (byte)'s', (byte)'k', (byte)'a' }, false)]
    [InlineData("titulky.vtt", new byte[] { (byte)'W', (byte)'E', (byte)'B', (byte)'V', (byte)'T', (byte)'T', (byte)'\n' }, true)]
    [InlineData("titulky.vtt", new byte[] { 0xEF, 0xBB, 0xBF, (byte)'W', (byte)'E', (byte)'B', (byte)'V', (byte)'T', (byte)'T', (byte)' ', (byte)'-' }, true)]
    [InlineData("titulky.vtt", new byte[] { (byte)'W', (byte)'E', (byte)'B', (byte)'V', (byte)'T', (byte)'T', (byte)'X' }, false)]
    [InlineData("titulky.vtt", new byte[] { (byte)'1', (byte)'\n', (byte)'0', (byte)'0' }, false)]
    public void video_and_captions_are_known_by_their_first_bytes(string name, byte[] head, bool matches)
    {
        Assert.Equal(matches, Generator.Imaging.MediaTypes.ForPath(name)!.Matches(head));
    }

    [Fact]
    public void captions_larger_than_any_real_ones_are_an_error()
    {
        var (messages, _) = Build("content/media/titulky.vtt", "WEBVTT\n\n" + new string('x', 3 * 1024 * 1024));
        Assert.Equal(["content/media/titulky.vtt:1:1: error: the file is 3 MB; WebVTT files of at most 2 MB are published"], messages);
    }
}
