namespace DobraPraxe.Generator.Shared;

/// <summary>
/// Addresses of the site as editors write them in 'aliases:' and 'redirects:' ("/praxe/stary-nazev/"), read strictly into the
/// site paths the generator keeps ("praxe/stary-nazev/": no leading slash). Only what a static host can serve as a page is
/// allowed: segments of ASCII letters, digits, '-', '_', '.' and '~', ending in a folder or in .html.
/// </summary>
public static class SitePaths
{
    /// <summary>Stands for an entry's slug in a pattern of 'redirects:', as one whole segment.</summary>
    public const string SlugPlaceholder = "{slug}";

    /// <summary>The site path of <paramref name="written"/>, or null and why not.</summary>
    /// <param name="placeholder">Whether <see cref="SlugPlaceholder"/> may stand for a segment.</param>
    public static (string? Path, string? Problem) Parse(string written, bool placeholder = false)
    {
        if (written.Contains("://", StringComparison.Ordinal))
            return (null, "must be a path of this site starting with '/', not a full web address");
        if (!written.StartsWith('/')) return (null, "must start with '/' (an address from the site's root)");
        if (written == "/") return (null, "is the home page, which always exists");
        if (written.IndexOfAny(['?', '#']) >= 0) return (null, "must not have a query ('?') or a fragment ('#'): a static page is found by its path alone");
        var segments = written[1..].Split('/');
        var folder = segments[^1].Length == 0;
        var named = folder ? segments[..^1] : segments;
        var placeholders = 0;
        foreach (var segment in named)
        {
            if (segment.Length == 0) return (null, "has an empty segment ('//')");
            if (segment is "." or "..") return (null, "must not have '.' or '..' segments");
            if (segment == SlugPlaceholder)
            {
                if (!placeholder) return (null, $"may not have {SlugPlaceholder} here: only a rule of site.yml 'redirects:' stands for many entries");
                placeholders++;
                continue;
            }
            if (segment.Contains('{') || segment.Contains('}'))
                return (null, placeholder ? $"may have {SlugPlaceholder} only as a whole segment ('/{SlugPlaceholder}/')" : "must not have '{' or '}'");
            if (!segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~'))
                return (null, $"has '{segment.First(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~'))}' in '{segment}'; only letters without diacritics, digits, '-', '_', '.' and '~' are allowed");
        }
        if (placeholders > 1) return (null, $"may have {SlugPlaceholder} only once");
        if (!folder && Path.GetExtension(named[^1]) is { Length: > 0 } extension && extension is not (".html" or ".htm"))
            return (null, $"ends in '{extension}', which a static host does not serve as a page; only folders ('/old/') and '.html' pages can redirect");
        return (written[1..], null);
    }

    /// <summary>The file a static host serves for <paramref name="path"/>: a folder's (with or without its '/') index.html, or the .html page itself.</summary>
    public static string FileOf(string path)
    {
        if (path.Length == 0 || path.EndsWith('/')) return path + "index.html";
        return path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".htm", StringComparison.Ordinal) ? path : path + "/index.html";
    }

    /// <summary><paramref name="pattern"/> with the slug in place of <see cref="SlugPlaceholder"/>.</summary>
    public static string Fill(string pattern, string slug) => pattern.Replace(SlugPlaceholder, slug, StringComparison.Ordinal);

    /// <summary>The slug for which <paramref name="pattern"/> gives <paramref name="path"/>; null when it gives no such path.</summary>
    public static string? Match(string pattern, string path)
    {
        var at = pattern.IndexOf(SlugPlaceholder, StringComparison.Ordinal);
        if (at < 0) return null;
        var (before, after) = (pattern[..at], pattern[(at + SlugPlaceholder.Length)..]);
        if (path.Length <= before.Length + after.Length || !path.StartsWith(before, StringComparison.Ordinal) || !path.EndsWith(after, StringComparison.Ordinal)) return null;
        var slug = path[before.Length..^after.Length];
        return slug.Contains('/') ? null : slug;
    }
}
