namespace DobraPraxe.Generator.Shared;

/// <summary>Turns site paths into links that work when the site is served from its base URL, sub-path included.</summary>
public sealed class SiteUrls(Uri baseUrl)
{
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>"/" for a site at a domain's root, "/katalog/" for https://example.org/katalog/.</summary>
    public string BasePath { get; } = baseUrl.AbsolutePath;

    /// <summary>A root-relative link: "praxe/x/" → "/katalog/praxe/x/". Absolute URLs and fragments pass through.</summary>
    public string Href(string path) =>
        IsExternal(path) || path.StartsWith('#') ? path : BasePath + path.TrimStart('/');

    /// <summary>An absolute URL for feeds, sitemaps and canonical links.</summary>
    public string Absolute(string path) =>
        IsExternal(path) ? path : new Uri(BaseUrl, path.TrimStart('/')).AbsoluteUri;

    public static bool IsExternal(string url) =>
        url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);
}
