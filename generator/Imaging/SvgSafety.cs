using System.Xml;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// Proves an SVG drawing holds nothing that runs or loads: opened on its own (/media/mapa.svg) an SVG is a
/// document of the site's origin, so a script in it could act as the site. A drawing with such parts is
/// rejected at the line of the first one rather than silently changed: the editor learns what to remove
/// and what is published is exactly what was drawn.
/// </summary>
public static class SvgSafety
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
        { "script", "foreignObject", "iframe", "embed", "object", "handler", "listener" };
    private static readonly string[] SafeDataImages = ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"];

    /// <summary>The first unsafe part of the drawing with its line and column, or null when it is safe.</summary>
    public static (string Problem, int Line, int Column)? Check(Stream svg)
    {
        // No DTD is read (entities are neither expanded nor fetched) and nothing is resolved outside the file.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(svg, settings);
        var info = (IXmlLineInfo)reader;
        var sawRoot = false;
        try
        {
            while (reader.Read())
            {
                (string, int, int) At(string problem) => (problem, info.LineNumber, info.LinePosition);
                switch (reader.NodeType)
                {
                    case XmlNodeType.ProcessingInstruction:
                        // <?xml-stylesheet?> can load XSLT or CSS from anywhere.
                        return At($"the processing instruction <?{reader.Name}?> can load a stylesheet or code");
                    case XmlNodeType.Element:
                        if (!sawRoot && (reader.LocalName != "svg" || reader.NamespaceURI != "http://www.w3.org/2000/svg"))
                            return At($"the file is not an SVG drawing (its first element is <{reader.Name}>)");
                        sawRoot = true;
                        if (ForbiddenElements.Contains(reader.LocalName))
                            return At($"the drawing has a <{reader.LocalName}> element, which can run code or embed a web page");
                        if (reader.LocalName is "set" or "animate" && reader.GetAttribute("attributeName") is { } animated
                            && (animated.EndsWith("href", StringComparison.OrdinalIgnoreCase) || animated.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                            return At($"the drawing's <{reader.LocalName}> changes '{animated}', which can make a link run code");
                        var element = reader.LocalName;
                        var (line, column) = (info.LineNumber, info.LinePosition);
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                // Reported at the element, where an editor looks for it.
                                if (CheckAttribute(element, reader.LocalName, reader.Value) is { } problem) return (problem, line, column);
                            } while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when ExternalInCss(reader.Value) is { } css:
                        return At(css);
                }
            }
        }
        catch (XmlException e)
        {
            return ($"the file is not well-formed SVG: {e.Message.Split(" Line ")[0].TrimEnd('.', ' ')}", e.LineNumber, e.LinePosition);
        }
        return sawRoot ? null : ("the file is not an SVG drawing (it has no <svg> element)", 1, 1);
    }

    private static string? CheckAttribute(string element, string name, string value)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            return $"the attribute '{name}' on <{element}> runs code";
        if (name.Equals("href", StringComparison.OrdinalIgnoreCase))
        {
            var target = value.Trim();
            if (target.StartsWith('#') || SafeDataImages.Any(d => target.StartsWith(d, StringComparison.OrdinalIgnoreCase))) return null;
            return $"<{element}> refers to '{Shorten(target)}' outside the drawing; only references inside it ('#id') are allowed";
        }
        if (name.Equals("style", StringComparison.OrdinalIgnoreCase)) return ExternalInCss(value);
        return null;
    }

    /// <summary>CSS that loads something from outside the drawing: @import, or url() of anything but '#id'.</summary>
    private static string? ExternalInCss(string css)
    {
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase)) return "the drawing's CSS has @import, which loads a file from outside it";
        var at = 0;
        while ((at = css.IndexOf("url(", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += 4;
            var target = css[at..].TrimStart(' ', '"', '\'');
            if (!target.StartsWith('#')) return "the drawing's CSS has url(…) of a file outside it; only url(#id) is allowed";
        }
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
