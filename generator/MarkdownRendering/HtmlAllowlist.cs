using Ganss.Xss;

namespace DobraPraxe.Generator.MarkdownRendering;

/// <summary>
/// For sites that allow raw HTML in Markdown: the rendered body goes through HtmlSanitizer, which keeps
/// ordinary formatting and drops scripts, event handlers, styles and script URLs.
/// </summary>
public static class HtmlAllowlist
{
    // One sanitizer per thread: its parser is not documented as thread-safe, and bodies render in parallel.
    private static readonly ThreadLocal<HtmlSanitizer> Sanitizer = new(Create);

    public static string Sanitize(string html) => Sanitizer.Value!.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        // The table box and heading self-links are written by the renderer, before sanitizing: keep what they carry.
        foreach (var attribute in new[] { "tabindex", "role", "aria-label" }) sanitizer.AllowedAttributes.Add(attribute);
        // Photos are written by the renderer as <picture> (see Imaging/PictureHtml): keep what they carry.
        foreach (var tag in new[] { "picture", "source" }) sanitizer.AllowedTags.Add(tag);
        foreach (var attribute in new[] { "srcset", "sizes", "type", "loading", "decoding", "fetchpriority" }) sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedCssProperties.Clear();
        return sanitizer;
    }
}
