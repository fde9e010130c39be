using System.Text;
using DobraPraxe.Generator.Imaging;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Imaging;

/// <summary>
/// The SVG allow-list (issue 27): each way a drawing was found to run script or load a file on the site's origin is an
/// error at its element's line and column, and the drawings of real programs (Inkscape, Illustrator) and of the bundled
/// content pass untouched.
/// </summary>
public class SvgSafetyTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    private const string SvgXlink = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    private static SvgProblem? Check(string svg) => SvgSafety.Check(Encoding.UTF8.GetBytes(svg));

    private static string Found(string svg) => Check(svg) is { } p ? $"{p.Line}:{p.Column}: {p.Message}" : "accepted";

    public static TheoryData<string, string, string> Attacks => new()
    {
        // The attack: a DTD's default attribute is in no element of the text, yet Chromium applies it.
        {
            "dtd default attribute",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n  <!ATTLIST svg onload CDATA \"fetch('/__dobrapraxe/backend', {method: 'POST'})\">\n]>\n" + Svg + "><rect width=\"5\" height=\"5\"/></svg>",
            "2:3: the drawing has a DOCTYPE; a DTD can add attributes such as onload that the file does not show"
        },
        {
            "attlist of a style",
            "<!DOCTYPE svg [<!ATTLIST rect style CDATA \"fill: url(https://tracker.example/p.png)\">]>" + Svg + "><rect/></svg>",
            "1:3: the drawing has a DOCTYPE; a DTD can add attributes such as onload that the file does not show"
        },
        {
            "entity that hides a script",
            "<!-- a comment first -->\n  <!DOCTYPE svg [<!ENTITY x \"&#60;script&#62;alert(1)&#60;/script&#62;\">]>" + Svg + ">&x;</svg>",
            "2:5: the drawing has a DOCTYPE; a DTD can add attributes such as onload that the file does not show"
        },
        {
            "entity without a DTD",
            Svg + ">\n<text>&x;</text></svg>",
            "2:8: the file is not well-formed SVG: Reference to undeclared entity 'x'"
        },
        {
            "xml comment inside url(",
            Svg + ">\n  <style>rect { fill: u<!-- -->rl(https://tracker.example/p.png) }</style><rect/></svg>",
            "2:4: the CSS in <style> has url(https://tracker.example/p.png), which is not inside the drawing; only url(#id) is allowed"
        },
        {
            "css comment inside url(",
            Svg + "><style>rect { fill: url(/**/https://tracker.example/p.png) }</style></svg>",
            "1:42: the CSS in <style> has url(/**/https://tracker.example/p.png), which is not inside the drawing; only url(#id) is allowed"
        },
        {
            "css escape of url",
            Svg + "><style>rect { fill: \\75 rl(https://tracker.example/p.png) }</style></svg>",
            "1:42: the CSS in <style> has url(https://tracker.example/p.png), which is not inside the drawing; only url(#id) is allowed"
        },
        {
            "css escape inside a quoted url",
            Svg + ">\n<rect style=\"fill: url('\\68ttps://tracker.example/p.png')\"/></svg>",
            "2:2: the CSS of the attribute 'style' on <rect> has url(https://tracker.example/p.png), which is not inside the drawing; only url(#id) is allowed"
        },
        {
            "upper-case url in a presentation attribute",
            Svg + ">\n<rect fill=\"URL(//tracker.example/p.png)\"/></svg>",
            "2:2: the CSS of the attribute 'fill' on <rect> has url(//tracker.example/p.png), which is not inside the drawing; only url(#id) is allowed"
        },
        {
            "image-set",
            Svg + "><style>svg { background-image: image-set(\"https://tracker.example/p.png\" 1x) }</style></svg>",
            "1:42: the CSS in <style> has image-set(…), which can load a file from outside the drawing"
        },
        {
            "webkit image-set spelled with an escape",
            Svg + ">\n<g style=\"background: -webkit-\\69 mage-set('p.png' 1x)\"/></svg>",
            "2:2: the CSS of the attribute 'style' on <g> has -webkit-image-set(…), which can load a file from outside the drawing"
        },
        {
            "import with escapes",
            Svg + "><style>@\\69mport 'https://x.example/a.css';</style></svg>",
            "1:42: the CSS in <style> has @import, which loads a file from outside the drawing"
        },
        {
            "font-face",
            Svg + "><style>@font-face { font-family: x; src: local(Arial) }</style></svg>",
            "1:42: the CSS in <style> has @font-face, which is not among the CSS rules a drawing may use (@media, @keyframes)"
        },
        {
            "cursor url",
            Svg + ">\n<rect cursor=\"url(https://tracker.example/c.cur), auto\"/></svg>",
            "2:2: the CSS of the attribute 'cursor' on <rect> has url(https://tracker.example/c.cur), which is not inside the drawing; only url(#id) is allowed"
        },
        {
            "html meta refresh",
            Svg + " xmlns:html=\"http://www.w3.org/1999/xhtml\">\n  <html:meta http-equiv=\"refresh\" content=\"0; url=https://phishing.example/\"/></svg>",
            "2:4: the drawing has <html:meta>, an element of another language than SVG (http://www.w3.org/1999/xhtml)"
        },
        {
            "html script by a default namespace",
            Svg + "><g><script xmlns=\"http://www.w3.org/1999/xhtml\">alert(1)</script></g></svg>",
            "1:45: the drawing has <script>, an element of another language than SVG (http://www.w3.org/1999/xhtml)"
        },
        {
            "mathml",
            Svg + ">\n<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math></svg>",
            "2:2: the drawing has <math>, an element of another language than SVG (http://www.w3.org/1998/Math/MathML)"
        },
        {
            "element of no namespace",
            Svg + ">\n<g><x xmlns=\"\"/></g></svg>",
            "2:5: the drawing has <x>, an element of another language than SVG (no namespace)"
        },
        {
            "html attribute",
            Svg + " xmlns:h=\"http://www.w3.org/1999/xhtml\">\n<rect h:style=\"x\"/></svg>",
            "2:2: the attribute 'h:style' on <rect> is of another language than SVG (http://www.w3.org/1999/xhtml)"
        },
        {
            "xlink href to another site",
            SvgXlink + ">\n<use xlink:href=\"https://tracker.example/sprite.svg#a\"/></svg>",
            "2:2: <use> refers to 'https://tracker.example/sprite.svg#a' outside the drawing; only references inside it ('#id') are allowed"
        },
        {
            "use of another file",
            Svg + ">\n<use href=\"ikony.svg#kolo\"/></svg>",
            "2:2: <use> refers to 'ikony.svg#kolo' outside the drawing; only references inside it ('#id') are allowed"
        },
        {
            "href hidden behind a space and a tab",
            Svg + ">\n<use href=\" \tjavascript:alert(1)\"/></svg>",
            "2:2: <use> refers to 'javascript:alert(1)' outside the drawing; only references inside it ('#id') are allowed"
        },
        {
            "javascript link",
            SvgXlink + ">\n<a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "2:2: the drawing has an <a> element: a link in a drawing can run code (javascript:) or lead to another site"
        },
        {
            "animate of href",
            Svg + "><use href=\"#a\">\n  <animate attributeName=\"href\" to=\"javascript:alert(1)\"/></use></svg>",
            "2:4: the drawing has an <animate> element, which changes the drawing after it is checked (a link's address among others)"
        },
        {
            "set of an event attribute",
            Svg + "><set attributeName=\"onclick\" to=\"alert(1)\"/></svg>",
            "1:42: the drawing has a <set> element, which changes the drawing after it is checked (a link's address among others)"
        },
        {
            "feImage of another site",
            Svg + "><filter id=\"f\">\n<feImage href=\"https://tracker.example/p.png\"/></filter></svg>",
            "2:2: <feImage> refers to 'https://tracker.example/p.png' outside the drawing; only references inside it ('#id') are allowed"
        },
        {
            "image of an svg document",
            Svg + ">\n<image href=\"data:image/svg+xml,&lt;svg onload='alert(1)'/&gt;\"/></svg>",
            "2:2: <image> refers to 'data:image/svg+xml,<svg onload='alert(1)…' outside the drawing; only references inside it ('#id') are allowed"
        },
        {
            "event attribute",
            Svg + " onload=\"alert(1)\"><rect width=\"5\" height=\"5\"/></svg>",
            "1:2: the attribute 'onload' on <svg> runs code"
        },
        {
            "xml base",
            Svg + " xml:base=\"https://tracker.example/\"><use href=\"#a\"/></svg>",
            "1:2: the attribute 'xml:base' on <svg> is not among the drawing attributes the site publishes"
        },
        {
            "attribute not on the list",
            Svg + ">\n<rect formaction=\"x\"/></svg>",
            "2:2: the attribute 'formaction' on <rect> is not among the drawing attributes the site publishes"
        },
        {
            "element not on the list",
            Svg + ">\n<cursor href=\"#a\"/></svg>",
            "2:2: the drawing has a <cursor> element, which is not among the drawing elements the site publishes"
        },
        {
            "script",
            Svg + ">\n  <script>alert(document.cookie)</script>\n</svg>",
            "2:4: the drawing has a <script> element, which can run code or embed a web page"
        },
        {
            "foreignObject",
            Svg + ">\n<foreignObject><div>x</div></foreignObject></svg>",
            "2:2: the drawing has a <foreignObject> element, which can run code or embed a web page"
        },
        {
            "element inside style",
            Svg + "><style>rect { fill: u<x xmlns=\"http://www.inkscape.org/namespaces/inkscape\"/>rl(#a) }</style></svg>",
            "1:63: <style> holds the element <x>; it may hold CSS text only"
        },
        {
            "stylesheet processing instruction",
            "<?xml-stylesheet href=\"x.xsl\" type=\"text/xsl\"?>" + Svg + "/>",
            "1:3: the processing instruction <?xml-stylesheet?> can load a stylesheet or code"
        },
        {
            "another encoding",
            "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n" + Svg + "/>",
            "1:3: the drawing says it is encoded as 'UTF-7'; drawings are read as UTF-8 only"
        },
        {
            "event attribute on an inert element",
            Svg + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\">\n<inkscape:page onclick=\"alert(1)\"/></svg>",
            "2:2: the attribute 'onclick' on <page> is not among the drawing attributes the site publishes"
        },
        {
            "unclosed url",
            Svg + "><rect fill=\"url(#a b)\"/></svg>",
            "1:42: the CSS of the attribute 'fill' on <rect> has a url(…) that browsers cannot read; only url(#id) is allowed"
        },
        {
            "not an svg",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>",
            "1:2: the file is not an SVG drawing (its first element is <html>)"
        },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void every_known_way_to_run_or_load_something_is_an_error_at_its_element(string attack, string svg, string expected) =>
        Assert.True(expected == Found(svg), $"{attack}: expected {expected}\n  got {Found(svg)}");

    [Fact]
    public void a_doctype_comes_with_a_hint_to_remove_it()
    {
        var problem = Check("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n" + Svg + "/>")!;
        Assert.Equal((1, 3), (problem.Line, problem.Column));
        Assert.StartsWith("Delete the <!DOCTYPE …> declaration", problem.Hint);
    }

    [Theory]
    [InlineData("<rect fill=\"url(#g)\" style=\"fill: url('#g'); stroke: URL( \\23 g )\"/>")]
    [InlineData("<style>/* url(https://x.example/) */ rect { fill: u<!-- -->rl(#g) } @media (prefers-color-scheme: dark) { rect { fill: rgb(0 0 0 / 50%) } }</style>")]
    [InlineData("<style><![CDATA[ .a:not(.b) > rect { stroke-width: calc(1px + 2px); fill: \\75 rl(\"\\23 g\") } ]]></style>")]
    [InlineData("<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/><image href=\"data:image/jpeg,x\"/>")]
    [InlineData("<filter id=\"f\"><feImage href=\"#g\"/><feGaussianBlur stdDeviation=\"2\"/></filter><rect filter=\"url(#f)\" clip-path=\"circle(50%)\"/>")]
    [InlineData("<g aria-label=\"mapa\" role=\"img\" data-name=\"Vrstva 1\" xml:space=\"preserve\" xml:lang=\"cs\"><text lang=\"cs\">Text s &lt;script&gt; uvnitř</text></g>")]
    [InlineData("<use href=\" #g\"/><use xlink:href=\"#g\"/><textPath href=\"#g\">x</textPath>")]
    [InlineData("<style>@keyframes k { from { opacity: 0 } to { opacity: 1 } } rect { animation: k 1s }</style>")]
    public void drawing_elements_local_references_and_plain_css_are_accepted(string body) =>
        Assert.Equal("accepted", Found(SvgXlink + "><defs><linearGradient id=\"g\"/></defs>" + body + "</svg>"));

    [Theory]
    [InlineData("kresba-inkscape.svg")]
    [InlineData("kresba-css.svg")]
    [InlineData("kresba-illustrator.svg")]
    [InlineData("obrazek.svg")]
    public void the_hostile_fixtures_drawings_look_dangerous_but_pass(string name) =>
        Assert.Equal("accepted", Found(File.ReadAllText(Path.Combine(TestPaths.Fixture("hostile"), "content", "media", name))));

    [Fact]
    public void every_bundled_drawing_passes()
    {
        var drawings = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "content", "media"), "*.svg");
        Assert.NotEmpty(drawings);
        foreach (var drawing in drawings) Assert.Equal($"{Path.GetFileName(drawing)}: accepted", $"{Path.GetFileName(drawing)}: {Found(File.ReadAllText(drawing))}");
    }

    [Fact]
    public void a_byte_order_mark_is_fine_and_text_that_is_not_utf8_is_not()
    {
        Assert.Null(SvgSafety.Check([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Svg + "/>")]));
        Assert.Equal("the file is not UTF-8 text", SvgSafety.Check([.. "<svg>"u8, 0xC3, 0x28])!.Message);
    }
}
