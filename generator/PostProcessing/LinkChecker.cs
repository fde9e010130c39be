using System.Collections.Concurrent;
using System.Collections.Frozen;
using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.PostProcessing;

/// <summary>
/// Checks every internal link and anchor against the pages and files of the whole build. It runs
/// only after every page is rendered, since a link may point to any of them.
/// </summary>
public static class LinkChecker
{
    /// <param name="basePath">The site's path on its domain ("/" or "/katalog/"); links outside it are external.</param>
    /// <param name="files">Every file the build writes, by path relative to the output root.</param>
    /// <param name="originOf">Where a link on a page was written (a line of Markdown, a menu item), to blame the right place; null if unknown.</param>
    /// <param name="only">The pages whose links to check (the others' are known to be good: serve's incremental rebuild); null for all.</param>
    public static void Check(IReadOnlyList<ProcessedPage> pages, IReadOnlySet<string> files, string basePath,
        Func<ProcessedPage, string, SourceLocation?> originOf, DiagnosticBag diagnostics, IReadOnlyList<ProcessedPage>? only = null)
    {
        var idsByFile = pages.ToFrozenDictionary(p => Site.Routes.FileOf(p.SitePath), p => p.Ids, StringComparer.Ordinal);
        var broken = new ConcurrentDictionary<(string Link, string Problem), ConcurrentBag<ProcessedPage>>();
        Parallel.ForEach(only ?? pages, page =>
        {
            foreach (var link in page.Links.Distinct())
                if (Problem(page, link, files, idsByFile, basePath) is { } problem)
                    broken.GetOrAdd((link, problem), _ => []).Add(page);
        });

        // Only a failing build pays for suggestions: the index of every URL is made when the first broken link needs it.
        var suggester = new Lazy<PathSuggester>(() => new PathSuggester(files.Select(PageUrlOf)));

        // A link broken on many pages comes from a template or the menu: report it once. The same link written in
        // two texts is two mistakes, each reported at its own line.
        foreach (var ((link, problem), onPages) in broken)
        foreach (var group in onPages.GroupBy(p => originOf(p, link)))
        {
            var sorted = group.OrderBy(p => p.SitePath, StringComparer.Ordinal).ToList();
            var where = sorted.Count == 1 ? $"on page /{sorted[0].SitePath}" : $"on {sorted.Count} pages, e.g. /{sorted[0].SitePath}";
            var suggestion = Suggest(sorted[0], link, files, basePath, idsByFile, suggester);
            // Nothing like it: at least the page above it that exists (its list, e.g. /praxe/), so the hint has an address.
            var nearest = suggestion is null ? NearestAbove(link, files, basePath) : null;
            if (group.Key is { } origin)
                diagnostics.Error(origin, $"{problem} ({where})", suggestion is not null ? $"Did you mean '{suggestion}'?"
                    : nearest is not null ? $"No page has an address like it; the nearest page that exists is '{nearest}'. Fix the link, or create the page it points to."
                    : origin.Path.EndsWith(".yml", StringComparison.Ordinal)
                    ? "Fix the link's 'url', or create the page it points to."
                    : "Fix the link: check the file name and the heading it points to (#anchor).");
            else if (sorted.Count == 1 && sorted[0].SourcePath is { } source)
                diagnostics.Error(SourceLocation.File(source), $"{problem} ({where})", "Fix the link in the text, or the key it is made from.");
            else
                diagnostics.Error(SourceLocation.File(sorted.FirstOrDefault(p => p.SourcePath is not null)?.SourcePath ?? "themes"),
                    $"{problem} ({where})", "The link comes from the theme's templates or from a field used on many pages; check both.");
        }
    }

    /// <summary>The real link nearest to a broken one: the page nearest to a missing page, or the id nearest to a missing anchor.</summary>
    private static string? Suggest(ProcessedPage page, string link, IReadOnlySet<string> files, string basePath,
        FrozenDictionary<string, FrozenSet<string>> idsByFile, Lazy<PathSuggester> suggester)
    {
        if (link.StartsWith('#'))
            return DidYouMean.Suggest(Uri.UnescapeDataString(link[1..]), page.Ids) is { } here ? "#" + here : null;
        if (!link.StartsWith(basePath, StringComparison.Ordinal) || link.Contains("://", StringComparison.Ordinal)) return null;
        var hash = link.IndexOf('#');
        var path = Uri.UnescapeDataString((hash >= 0 ? link[..hash] : link).Split('?')[0])[basePath.Length..];
        var file = Site.Routes.FileOf(path);
        if (!files.Contains(file)) return suggester.Value.Suggest(path) is { } near ? basePath + near : null;
        if (hash < 0 || !idsByFile.TryGetValue(file, out var ids)) return null;
        return DidYouMean.Suggest(Uri.UnescapeDataString(link[(hash + 1)..]), ids) is { } id ? $"{basePath}{path}#{id}" : null;
    }

    /// <summary>The nearest page above a missing one: '/praxe/nic-takoveho/' → '/praxe/', at worst the home page; null for anything else.</summary>
    private static string? NearestAbove(string link, IReadOnlySet<string> files, string basePath)
    {
        if (!link.StartsWith(basePath, StringComparison.Ordinal) || link.Contains("://", StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(link.Split('#')[0].Split('?')[0])[basePath.Length..];
        if (files.Contains(Site.Routes.FileOf(path))) return null;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (segments.Count > 0)
        {
            segments.RemoveAt(segments.Count - 1);
            var above = segments.Count == 0 ? "" : string.Join('/', segments) + "/";
            if (files.Contains(Site.Routes.FileOf(above))) return basePath + above;
        }
        return null;
    }

    /// <summary>A written file as readers link to it: 'praxe/x/index.html' → 'praxe/x/'.</summary>
    private static string PageUrlOf(string file) =>
        file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;

    private static string? Problem(ProcessedPage page, string link, IReadOnlySet<string> files,
        FrozenDictionary<string, FrozenSet<string>> idsByFile, string basePath)
    {
        if (link.Length == 0) return "empty link";
        if (link.StartsWith('#'))
            return link.Length > 1 && !page.Ids.Contains(Uri.UnescapeDataString(link[1..])) ? $"anchor '{link}' does not exist on this page" : null;
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme != Uri.UriSchemeFile) return null;
        if (!link.StartsWith('/')) return $"link '{link}' is relative; the generator writes root-relative links";
        if (!link.StartsWith(basePath, StringComparison.Ordinal)) return $"link '{link}' leaves the site's base path {basePath}";

        var hash = link.IndexOf('#');
        var path = Uri.UnescapeDataString((hash >= 0 ? link[..hash] : link).Split('?')[0])[basePath.Length..];
        var file = Site.Routes.FileOf(path);
        if (!files.Contains(file)) return $"link '{link}' points to a page that does not exist";
        if (hash < 0 || hash == link.Length - 1) return null;
        var fragment = Uri.UnescapeDataString(link[(hash + 1)..]);
        return idsByFile.TryGetValue(file, out var ids) && !ids.Contains(fragment)
            ? $"anchor '#{fragment}' does not exist on /{path}"
            : null;
    }
}
