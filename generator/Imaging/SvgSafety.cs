using System.Text;
using System.Xml;

namespace DobraPraxe.Generator.Imaging;

/// <summary>Why a drawing cannot be published, where in it (the element's line and column), and what to do.</summary>
public sealed record SvgProblem(string Message, string Hint, int Line, int Column);

/// <summary>
/// Proves an SVG drawing holds nothing that runs or loads: opened on its own (/media/mapa.svg) an SVG is a document of
/// the site's origin, so a script in it could act as the site (and as the editor, whose token /admin/ keeps there).
/// An allow-list (<see cref="SvgAllowList"/>, <see cref="SvgCss"/>): every element and attribute must be named there,
/// every address must be '#id', every piece of CSS must pass as tokens. A drawing with anything else is rejected at the
/// line of the first such part rather than silently changed: the editor learns what to remove, and what is published is
/// exactly what was drawn. No DTD is read: a DOCTYPE is an error, since its default attributes (&lt;!ATTLIST svg onload …&gt;)
/// would reach the browser without being in the text this check reads.
/// </summary>
public static class SvgSafety
{
    private const string RemoveHint =
        "Remove that part (in Inkscape: File → Save As → Optimized or Plain SVG), or publish the drawing as PNG. Opened on its own, an SVG runs with the site's rights.";
    private const string DoctypeHint =
        "Delete the <!DOCTYPE …> declaration with its [ … ] part: a drawing needs none, and a DTD can add attributes (such as onload) that the file does not show.";
    private const string EncodingHint =
        "Save the drawing as UTF-8 (Inkscape and Illustrator's 'SVG' export do), or write encoding=\"UTF-8\" if it is UTF-8 already.";

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The first part of the drawing that is not allowed, or null when all of it is. Never throws.</summary>
    public static SvgProblem? Check(ReadOnlySpan<byte> svg)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(svg);
        }
        catch (DecoderFallbackException)
        {
            return new SvgProblem("the file is not UTF-8 text", EncodingHint, 1, 1);
        }
        // The text is read as UTF-8 whatever its declaration says; one naming another encoding is an error below.
        if (text.StartsWith('\uFEFF')) text = text[1..];
        try
        {
            return Read(text);
        }
        catch (XmlException e)
        {
            if (Doctype(text) is var (line, column))
                return new SvgProblem("the drawing has a DOCTYPE; a DTD can add attributes such as onload that the file does not show", DoctypeHint, line, column);
            return new SvgProblem($"the file is not well-formed SVG: {e.Message.Split(" Line ")[0].TrimEnd('.', ' ')}", RemoveHint,
                Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1));
        }
    }

    private static SvgProblem? Read(string text)
    {
        // DtdProcessing.Prohibit: a DOCTYPE throws (reported above), so no entity or default attribute exists.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var info = (IXmlLineInfo)reader;
        var sawRoot = false;
        Style? style = null;
        while (reader.Read())
        {
            var (line, column) = (info.LineNumber, info.LinePosition);
            SvgProblem At(string message, string hint = RemoveHint) => new(message, hint, line, column);

            if (style is not null)
            {
                if (reader.Depth > style.Depth)
                {
                    // The text of the style element, whole: the reader hands text split by an XML comment as two pieces
                    // (u<!-- -->rl(…)), while the browser's CSS reads them as one.
                    if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                    {
                        style.Css.Append(reader.Value);
                        continue;
                    }
                    if (reader.NodeType == XmlNodeType.Element) return At($"<style> holds the element <{reader.Name}>; it may hold CSS text only");
                }
                else
                {
                    if (SvgCss.Check(style.Css.ToString()) is { } css) return new SvgProblem($"the CSS in <style> has {css}", RemoveHint, style.Line, style.Column);
                    style = null;
                }
            }
            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration when reader.GetAttribute("encoding") is { } encoding
                    && !encoding.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !encoding.Equals("utf8", StringComparison.OrdinalIgnoreCase):
                    // A browser would decode the bytes as that encoding, and so could read other markup than this check.
                    return At($"the drawing says it is encoded as '{SvgCss.Shorten(encoding)}'; drawings are read as UTF-8 only", EncodingHint);
                case XmlNodeType.ProcessingInstruction:
                    // <?xml-stylesheet?> can load XSLT or CSS from anywhere.
                    return At($"the processing instruction <?{reader.Name}?> can load a stylesheet or code");
                case XmlNodeType.Element:
                    if (!sawRoot && (reader.LocalName != "svg" || reader.NamespaceURI != SvgAllowList.SvgNamespace))
                        return At($"the file is not an SVG drawing (its first element is <{reader.Name}>)");
                    sawRoot = true;
                    if (ElementProblem(reader) is { } element) return At(element);
                    if (AttributeProblem(reader) is { } attribute) return At(attribute);
                    if (reader.LocalName == "style" && reader.NamespaceURI == SvgAllowList.SvgNamespace && !reader.IsEmptyElement)
                        style = new Style(reader.Depth, line, column, new StringBuilder());
                    break;
            }
        }
        return sawRoot ? null : new SvgProblem("the file is not an SVG drawing (it has no <svg> element)", RemoveHint, 1, 1);
    }

    /// <summary>A &lt;style&gt; element being read: where it is, and its text so far.</summary>
    private sealed record Style(int Depth, int Line, int Column, StringBuilder Css);

    private static string? ElementProblem(XmlReader reader)
    {
        var name = reader.LocalName;
        if (SvgAllowList.InertNamespaces.Contains(reader.NamespaceURI)) return null;
        if (reader.NamespaceURI != SvgAllowList.SvgNamespace)
            return $"the drawing has <{reader.Name}>, an element of another language than SVG ({Namespace(reader.NamespaceURI)})";
        if (SvgAllowList.Elements.Contains(name)) return null;
        return name switch
        {
            "script" or "foreignObject" or "iframe" or "embed" or "object" or "handler" or "listener" =>
                $"the drawing has a <{name}> element, which can run code or embed a web page",
            "a" => "the drawing has an <a> element: a link in a drawing can run code (javascript:) or lead to another site",
            "animate" or "set" or "animateMotion" or "animateTransform" or "animateColor" or "discard" or "mpath" =>
                $"the drawing has {Article(name)} <{name}> element, which changes the drawing after it is checked (a link's address among others)",
            _ => $"the drawing has {Article(name)} <{name}> element, which is not among the drawing elements the site publishes",
        };
    }

    /// <summary>The first attribute of the element the reader is on that is not allowed; the reader is back on the element after.</summary>
    private static string? AttributeProblem(XmlReader reader)
    {
        var element = reader.LocalName;
        var inert = reader.NamespaceURI != SvgAllowList.SvgNamespace;
        string? problem = null;
        if (!reader.MoveToFirstAttribute()) return null;
        do
        {
            problem = inert ? InertAttributeProblem(element, reader) : SvgAttributeProblem(element, reader.NamespaceURI, reader.LocalName, reader.Name, reader.Value);
        } while (problem is null && reader.MoveToNextAttribute());
        reader.MoveToElement();
        return problem;
    }

    private static string? SvgAttributeProblem(string element, string ns, string local, string name, string value)
    {
        if (ns == SvgAllowList.XmlnsNamespace) return null;
        if (ns == SvgAllowList.XmlNamespace)
            return local is "space" or "lang" ? null : NotListed(element, name);
        if (ns == SvgAllowList.XLinkNamespace)
            return local switch { "href" => HrefProblem(element, value), "title" => null, _ => NotListed(element, name) };
        if (SvgAllowList.InertNamespaces.Contains(ns)) return null;
        if (ns.Length > 0) return $"the attribute '{name}' on <{element}> is of another language than SVG ({Namespace(ns)})";
        if (local.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return $"the attribute '{name}' on <{element}> runs code";
        if (local == "href") return HrefProblem(element, value);
        if (SvgAllowList.CssAttributes.Contains(local))
            return SvgCss.Check(value) is { } css ? $"the CSS of the attribute '{name}' on <{element}> has {css}" : null;
        if (SvgAllowList.Attributes.Contains(local) || local.StartsWith("aria-", StringComparison.Ordinal) || local.StartsWith("data-", StringComparison.Ordinal))
            return null;
        return NotListed(element, name);
    }

    /// <summary>
    /// An element of a drawing program's namespace draws and runs nothing, whatever its attributes; still, only its own
    /// kind of attribute (no namespace, or another such namespace) is kept, so nothing of XHTML or XLink hides there.
    /// </summary>
    private static string? InertAttributeProblem(string element, XmlReader reader)
    {
        var ns = reader.NamespaceURI;
        if (ns == SvgAllowList.XmlnsNamespace || SvgAllowList.InertNamespaces.Contains(ns)) return null;
        if (ns == SvgAllowList.XmlNamespace && reader.LocalName is "space" or "lang") return null;
        // An href anywhere is '#id', even where nothing follows it.
        if (ns.Length == 0 && reader.LocalName == "href") return HrefProblem(element, reader.Value);
        if (ns.Length == 0 && !reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return null;
        return NotListed(element, reader.Name);
    }

    private static string? HrefProblem(string element, string value)
    {
        if (SvgAllowList.IsLocalReference(value)) return null;
        if (SvgAllowList.ImageElements.Contains(element) && SvgAllowList.IsSafeDataImage(value)) return null;
        return $"<{element}> refers to '{SvgCss.Shorten(value.Trim())}' outside the drawing; only references inside it ('#id') are allowed";
    }

    private static string NotListed(string element, string name) =>
        $"the attribute '{name}' on <{element}> is not among the drawing attributes the site publishes";

    private static string Namespace(string ns) => ns.Length == 0 ? "no namespace" : SvgCss.Shorten(ns);

    private static string Article(string name) => "aeiouAEIOU".Contains(name[0]) ? "an" : "a";

    /// <summary>Where a DOCTYPE stands in the prolog (after the XML declaration, comments and processing instructions), if one does.</summary>
    private static (int Line, int Column)? Doctype(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            if (char.IsWhiteSpace(text[at])) at++;
            else if (text.AsSpan(at).StartsWith("<?")) at = Past(text, at, "?>");
            else if (text.AsSpan(at).StartsWith("<!--")) at = Past(text, at, "-->");
            else if (text.AsSpan(at).StartsWith("<!DOCTYPE", StringComparison.Ordinal))
            {
                var before = text.AsSpan(0, at).ToString().Replace("\r\n", "\n").Replace('\r', '\n');
                var lineStart = before.LastIndexOf('\n') + 1;
                // The column of the name, as the reader gives a processing instruction's (<?xml-stylesheet at 1:3).
                return (before.Count(c => c == '\n') + 1, before.Length - lineStart + 3);
            }
            else return null;
        }
        return null;
    }

    private static int Past(string text, int at, string end) => text.IndexOf(end, at + 2, StringComparison.Ordinal) is var found and >= 0 ? found + end.Length : text.Length;
}
