using DobraPraxe.Generator.Formats;
using Microsoft.AspNetCore.Http;

namespace DobraPraxe.Generator.Serve;

/// <summary>
/// serve's part of _headers: an SVG gets the drawings' sandbox policy (<see cref="SecurityHeaders.DrawingPolicy"/>), so a
/// drawing opened in the preview runs and loads nothing, as on a host that reads _headers. Every .svg, the theme's too
/// (a stricter preview costs nothing); never a PDF or a photo, which must open as readers expect.
/// </summary>
public static class DrawingHeaders
{
    public static void Apply(HttpResponse response, string sitePath)
    {
        if (!sitePath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) return;
        response.Headers.ContentSecurityPolicy = SecurityHeaders.DrawingPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
