namespace DobraPraxe.Generator.SiteBuilding;

/// <summary>
/// The Content-Security-Policy every page carries (as a meta tag) and the _headers file for static hosts
/// that read one. The theme has no inline scripts or styles, so 'self' is enough.
/// </summary>
public static class SecurityHeaders
{
    public const string Path = "_headers";

    /// <summary>The policy as a meta tag can carry it (frame-ancestors only works as a header).</summary>
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>No page may be framed by another site (clickjacking); only a header can say so.</summary>
    public const string FrameAncestors = "frame-ancestors 'none'";

    /// <summary>The headers beside the policy that the public site and serve's preview both send.</summary>
    public const string NoSniff = "nosniff";
    public const string FrameOptions = "DENY";

    public static string File() =>
        "/*\n" +
        $"  Content-Security-Policy: {Policy}; {FrameAncestors}\n" +
        $"  X-Content-Type-Options: {NoSniff}\n" +
        "  Referrer-Policy: strict-origin-when-cross-origin\n" +
        $"  X-Frame-Options: {FrameOptions}\n";
}
