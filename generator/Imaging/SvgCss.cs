using System.Collections.Frozen;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// CSS inside a drawing — a &lt;style&gt; element, a style attribute, a presentation attribute such as fill — read as
/// tokens (<see cref="CssTokenizer"/>), so comments and escapes cannot hide a name. Allowed: url(#id) and nothing else
/// of url(), the functions of colour, arithmetic, transforms, filters and selectors, and the @media and @keyframes
/// rules. So @import, @font-face, image-set(), cross-fade(), element(), expression() and any function a browser adds
/// later are rejected without being named.
/// </summary>
public static class SvgCss
{
    public static readonly FrozenSet<string> AtRules = FrozenSet.ToFrozenSet(["media", "keyframes"], StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Functions = FrozenSet.ToFrozenSet(
    [
        // colour
        "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color", "color-mix", "light-dark",
        // arithmetic and custom properties (a custom property's own value is checked where it is declared)
        "calc", "min", "max", "clamp", "abs", "sign", "round", "mod", "rem", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",
        "pow", "sqrt", "hypot", "log", "exp", "var",
        // transforms, shapes (clip-path) and timing
        "matrix", "matrix3d", "translate", "translatex", "translatey", "translatez", "translate3d", "scale", "scalex", "scaley",
        "scalez", "scale3d", "rotate", "rotatex", "rotatey", "rotatez", "rotate3d", "skew", "skewx", "skewy", "perspective",
        "circle", "ellipse", "inset", "polygon", "rect", "xywh", "path", "cubic-bezier", "steps", "linear",
        // filter functions
        "blur", "brightness", "contrast", "drop-shadow", "grayscale", "hue-rotate", "invert", "opacity", "saturate", "sepia",
        // selectors
        "not", "is", "where", "has", "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type", "lang", "dir",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Functions known to load a file, for a message that says so; every function not in <see cref="Functions"/> is rejected.</summary>
    private static readonly FrozenSet<string> Loading = FrozenSet.ToFrozenSet(
        ["image-set", "-webkit-image-set", "image", "cross-fade", "-webkit-cross-fade", "element", "-moz-element", "src", "expression", "paint"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>What of <paramref name="css"/> is not allowed, as the end of a sentence ("… has @import, which …"); null when all is.</summary>
    public static string? Check(string css)
    {
        var awaitingUrl = false;
        foreach (var token in CssTokenizer.Tokenize(css))
        {
            if (awaitingUrl)
            {
                // url("…"): the address is the string after the function's name.
                if (token.Kind == CssTokenKind.Whitespace) continue;
                awaitingUrl = false;
                if (token.Kind != CssTokenKind.String || !SvgAllowList.IsLocalReference(token.Value)) return Url(token.Value);
                continue;
            }
            switch (token.Kind)
            {
                case CssTokenKind.AtKeyword when token.Value.Equals("import", StringComparison.OrdinalIgnoreCase):
                    return "@import, which loads a file from outside the drawing";
                case CssTokenKind.AtKeyword when !AtRules.Contains(token.Value):
                    return $"@{Shorten(token.Value)}, which is not among the CSS rules a drawing may use (@media, @keyframes)";
                case CssTokenKind.Url when !SvgAllowList.IsLocalReference(token.Value):
                    return Url(token.Value);
                case CssTokenKind.BadUrl:
                    return "a url(…) that browsers cannot read; only url(#id) is allowed";
                case CssTokenKind.BadString:
                    return "a string broken by the end of a line";
                case CssTokenKind.Function when token.Value.Equals("url", StringComparison.OrdinalIgnoreCase):
                    awaitingUrl = true;
                    break;
                case CssTokenKind.Function when Loading.Contains(token.Value):
                    return $"{token.Value}(…), which can load a file from outside the drawing";
                case CssTokenKind.Function when !Functions.Contains(token.Value):
                    return $"{Shorten(token.Value)}(…), which is not among the CSS functions a drawing may use";
            }
        }
        return awaitingUrl ? Url("") : null;
    }

    private static string Url(string address) => $"url({Shorten(address)}), which is not inside the drawing; only url(#id) is allowed";

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
