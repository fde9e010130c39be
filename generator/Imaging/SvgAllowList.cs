using System.Collections.Frozen;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// What a published drawing may contain: SVG's drawing elements and attributes, named one by one. Anything not
/// named here is rejected, so what a browser adds to SVG next year (or what it knew all along, such as an HTML
/// element in its own namespace) is not published by default.
/// </summary>
public static class SvgAllowList
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    public const string XLinkNamespace = "http://www.w3.org/1999/xlink";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>
    /// Shapes, text, paint servers, clipping, masking and filters. Left out on purpose: script, foreignObject, a (a link
    /// can run javascript:), the animation elements (animate, set, animateMotion, animateTransform, discard — they change
    /// attributes, href among them, after the file is checked, and motion a reader cannot pause is a WCAG 2.2.2 failure),
    /// cursor, font and the other elements that load files, view and the obsolete ones no browser draws.
    /// </summary>
    public static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "svg", "g", "defs", "symbol", "use", "switch", "title", "desc", "metadata", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "image",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
        "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    ], StringComparer.Ordinal);

    /// <summary>Elements whose href may also be an embedded photo (<see cref="IsSafeDataImage"/>), not only '#id'.</summary>
    public static readonly FrozenSet<string> ImageElements = FrozenSet.ToFrozenSet(["image", "feImage"], StringComparer.Ordinal);

    /// <summary>
    /// Attributes (no namespace) whose value is not CSS: geometry, structure, filter parameters, accessibility. href is
    /// here too, checked apart (<see cref="IsLocalReference"/>). No event attribute (on…) is, nor anything that loads.
    /// </summary>
    public static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        "id", "class", "lang", "tabindex", "role", "focusable", "href",
        "version", "baseProfile", "x", "y", "width", "height", "viewBox", "preserveAspectRatio", "transform",
        "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength",
        "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side",
        "refX", "refY", "markerWidth", "markerHeight", "markerUnits", "orient",
        "patternUnits", "patternContentUnits", "patternTransform", "gradientUnits", "gradientTransform", "spreadMethod", "offset",
        "clipPathUnits", "maskUnits", "maskContentUnits", "filterUnits", "primitiveUnits",
        "requiredExtensions", "requiredFeatures", "systemLanguage", "type",
        "in", "in2", "result", "mode", "values", "tableValues", "slope", "intercept", "amplitude", "exponent", "operator",
        "k1", "k2", "k3", "k4", "order", "kernelMatrix", "divisor", "bias", "targetX", "targetY", "edgeMode", "preserveAlpha",
        "surfaceScale", "diffuseConstant", "specularConstant", "specularExponent", "kernelUnitLength", "scale",
        "xChannelSelector", "yChannelSelector", "stdDeviation", "radius", "baseFrequency", "numOctaves", "seed", "stitchTiles",
        "azimuth", "elevation", "z", "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Attributes whose value is CSS: the presentation attributes, style (declarations) and a style element's media.
    /// Their value is tokenized and checked like a stylesheet (<see cref="SvgCss"/>): fill="url(#g)" is fine, a file is not.
    /// </summary>
    public static readonly FrozenSet<string> CssAttributes = FrozenSet.ToFrozenSet(
    [
        "style", "media",
        "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color", "color-interpolation",
        "color-interpolation-filters", "color-rendering", "cursor", "direction", "display", "dominant-baseline",
        "enable-background", "fill", "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity",
        "font", "font-family", "font-size", "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight",
        "glyph-orientation-horizontal", "glyph-orientation-vertical", "image-rendering", "kerning", "letter-spacing",
        "lighting-color", "marker", "marker-start", "marker-mid", "marker-end", "mask", "mask-type", "opacity", "overflow",
        "paint-order", "pointer-events", "shape-rendering", "stop-color", "stop-opacity",
        "stroke", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
        "stroke-opacity", "stroke-width", "text-anchor", "text-decoration", "text-rendering", "transform-origin",
        "unicode-bidi", "vector-effect", "visibility", "word-spacing", "writing-mode",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Namespaces of drawing programs' own notes: Inkscape and Sodipodi (layer names, guides), RDF with Dublin Core and
    /// Creative Commons (title, author, licence in &lt;metadata&gt;), Adobe Illustrator, Affinity (Serif) and Sketch.
    /// Browsers know no element or attribute of these namespaces, so they make a plain element that neither draws,
    /// loads nor runs anything: kept, so a drawing saved from Inkscape needs no clean-up. Any other namespace is
    /// rejected: XHTML's and MathML's elements are real elements inside an SVG (&lt;html:meta http-equiv="refresh"&gt;,
    /// &lt;html:script&gt;), and the list stays one of namespaces known to be inert.
    /// </summary>
    public static readonly FrozenSet<string> InertNamespaces = FrozenSet.ToFrozenSet(
    [
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://purl.org/dc/elements/1.1/",
        "http://purl.org/dc/terms/",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
        "http://ns.adobe.com/AdobeIllustrator/10.0/",
        "http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/",
        "http://ns.adobe.com/Extensibility/1.0/",
        "http://ns.adobe.com/Graphs/1.0/",
        "http://ns.adobe.com/SaveForWeb/1.0/",
        "http://ns.adobe.com/Variables/1.0/",
        "http://ns.adobe.com/ImageReplacement/1.0/",
        "http://ns.adobe.com/GenericCustomNamespace/1.0/",
        "http://ns.adobe.com/XPath/1.0/",
        "http://www.serif.com/",
        "http://www.bohemiancoding.com/sketch/ns",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Whether an address stays inside the drawing ('#id'), read as a browser's URL parser reads it: leading and
    /// trailing spaces and control characters, and tabs and newlines anywhere, do not count.
    /// </summary>
    public static bool IsLocalReference(string url) => Url(url).StartsWith('#');

    /// <summary>
    /// An embedded PNG, JPEG, GIF or WebP photo (data:image/png;base64,…): it is drawn as an image, which runs and loads
    /// nothing. Not data:image/svg+xml, nor any other data: document.
    /// </summary>
    public static bool IsSafeDataImage(string url)
    {
        var address = Url(url);
        foreach (var type in SafeDataImages)
            if (address.StartsWith(type, StringComparison.OrdinalIgnoreCase) && address.Length > type.Length && address[type.Length] is ';' or ',')
                return true;
        return false;
    }

    private static readonly string[] SafeDataImages = ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"];

    private static string Url(string url) => url.Replace("\t", "").Replace("\n", "").Replace("\r", "").Trim(Controls);

    private static readonly char[] Controls = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];
}
