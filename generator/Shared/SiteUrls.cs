namespace DobraPraxe.Generator.Shared;

/// <summary>Turns site paths into links that work when the site is served from its base URL, sub-path included.</summary>
public sealed class SiteUrls(Uri baseUrl)
{
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>"/" for a site at a domain's root, "/katalog/" for https://example.org/katalog/.</summary>
    public string BasePath { get; } = baseUrl.AbsolutePath;

    /// <summary>The site this one is a folder of (a language's site under /en/); null for a site of its own.</summary>
    public SiteUrls? Root { get; private init; }

    /// <summary>The first path segments a folder site takes from its root: the files it shares (assets/, media/), not written twice.</summary>
    private IReadOnlySet<string> _shared = new HashSet<string>();

    /// <summary>
    /// The site in <paramref name="folder"/> of this one (a language's, "en/"): its pages' paths are under the folder; a path
    /// whose first segment is one of <paramref name="shared"/> is this site's file (the theme's assets, the media).
    /// </summary>
    public SiteUrls InFolder(string folder, IReadOnlySet<string> shared) => new(new Uri(BaseUrl, folder)) { Root = this, _shared = shared };

    /// <summary>A root-relative link: "praxe/x/" → "/katalog/praxe/x/". Absolute URLs and fragments pass through.</summary>
    public string Href(string path) =>
        IsExternal(path) || path.StartsWith('#') ? path : IsShared(path) ? Root!.Href(path) : BasePath + path.TrimStart('/');

    /// <summary>An absolute URL for feeds, sitemaps and canonical links.</summary>
    public string Absolute(string path) =>
        IsExternal(path) ? path : IsShared(path) ? Root!.Absolute(path) : new Uri(BaseUrl, path.TrimStart('/')).AbsoluteUri;

    private bool IsShared(string path)
    {
        if (Root is null) return false;
        var trimmed = path.TrimStart('/');
        var slash = trimmed.IndexOf('/');
        return _shared.Contains(slash < 0 ? trimmed : trimmed[..slash]);
    }

    public static bool IsExternal(string url) =>
        url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);
}
