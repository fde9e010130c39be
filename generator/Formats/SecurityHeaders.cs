namespace DobraPraxe.Generator.Formats;

/// <summary>
/// The Content-Security-Policy every page carries (as a meta tag) and the _headers file for static hosts
/// that read one. The theme has no inline scripts or styles, so 'self' is enough.
/// </summary>
public static class SecurityHeaders
{
    public const string Path = "_headers";

    /// <summary>The policy as a meta tag can carry it (frame-ancestors only works as a header).</summary>
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// The policy of a page: the site's, and for a page that puts a video host's player in a frame when the reader asks,
    /// exactly that host's origin as frame-src (nothing else of the host: its poster is ours, no script or font of its own).
    /// </summary>
    public static string PolicyFor(IReadOnlyCollection<string> frameSources) =>
        frameSources.Count == 0 ? Policy : $"{Policy}; frame-src {string.Join(' ', frameSources)}";

    /// <summary>No page may be framed by another site (clickjacking); only a header can say so.</summary>
    public const string FrameAncestors = "frame-ancestors 'none'";

    /// <summary>The headers beside the policy that the public site and serve's preview both send.</summary>
    public const string NoSniff = "nosniff";
    public const string FrameOptions = "DENY";

    /// <summary>
    /// The policy of a drawing opened on its own (/media/mapa.svg): it loads nothing, its own CSS applies, and 'sandbox'
    /// makes it a document of no origin, so even something the SVG check let through could neither run script nor reach
    /// the site's storage (where /admin/ keeps the editor's token). Not for PDFs: Chromium's viewer refuses sandboxed ones.
    /// </summary>
    public const string DrawingPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    /// <summary>The drawings _headers gives <see cref="DrawingPolicy"/>: every .svg of content/media/ (the media check keeps the extension lower case).</summary>
    public const string DrawingPaths = "/media/*.svg";

    /// <remarks>
    /// Rules are cumulative: the drawings' block detaches the site-wide policy ('! Content-Security-Policy', Cloudflare
    /// Pages' syntax, as /admin/'s block does), else both would apply and the site's style-src 'self' would drop the
    /// drawing's own CSS. nosniff and the rest of the site-wide block still apply to them.
    /// </remarks>
    /// <param name="framing">Pages with a policy of their own (<see cref="PolicyFor"/>): their address (root-relative) and frame origins.</param>
    public static string File(IEnumerable<(string Path, IReadOnlyCollection<string> FrameSources)>? framing = null) =>
        "/*\n" +
        $"  Content-Security-Policy: {Policy}; {FrameAncestors}\n" +
        $"  X-Content-Type-Options: {NoSniff}\n" +
        "  Referrer-Policy: strict-origin-when-cross-origin\n" +
        $"  X-Frame-Options: {FrameOptions}\n" +
        $"\n{DrawingPaths}\n" +
        "  ! Content-Security-Policy\n" +
        $"  Content-Security-Policy: {DrawingPolicy}\n" +
        string.Concat((framing ?? []).Select(page =>
            $"\n{page.Path}\n  ! Content-Security-Policy\n  Content-Security-Policy: {PolicyFor(page.FrameSources)}; {FrameAncestors}\n"));
}
