using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.History;

/// <summary>
/// 'check --since &lt;ref&gt;': no published address is lost silently. The site as it was at the ref is built (its content/
/// taken from git, with this generator and this theme) and the addresses of its pages made from a file — entries, free
/// pages, a microsite's pages — are looked for among everything the build now writes: a page, an alias's or a redirect's
/// page, any file. Each one missing is an error at what lost it: a deleted file at its old path, a renamed file at its new
/// one, a changed 'slug:' at that line, a file no longer published at itself. The generated pages (a list's page 3, a tag
/// nobody uses any more) come and go with the content and are not counted.
/// </summary>
public static class AddressHistory
{
    /// <param name="now">The build of the site as it is (check's): its files are the addresses that exist.</param>
    /// <param name="note">Told, once, why the comparison was skipped.</param>
    /// <returns><paramref name="now"/> with the lost addresses among its diagnostics.</returns>
    public static BuildResult Check(BuildOptions options, BuildResult now, string reference, Action<string> note)
    {
        var (git, why) = Git.Find(options.SourceDirectory);
        if (git is null)
        {
            note($"{why}, so no addresses were compared with '{reference}' (--since needs the site's git history)");
            return now;
        }
        if (git.Commit(reference) is not { } commit)
        {
            note($"'{reference}' is not a commit of this repository, so no addresses were compared (in CI, fetch the history: actions/checkout with fetch-depth: 0)");
            return now;
        }
        if (!now.Succeeded || now.State is null) return now;

        // Paths from the repository's top: the source folder may be a folder inside it.
        var prefix = Path.GetRelativePath(git.Root, options.SourceDirectory).Replace('\\', '/') is var relative && relative != "." ? relative + "/" : "";
        var temporary = Directory.CreateTempSubdirectory("dobrapraxe-since-");
        try
        {
            if (!git.Extract(commit, prefix + ContentScanner.ContentFolder, temporary.FullName))
            {
                note($"the site had no {prefix}{ContentScanner.ContentFolder}/ at '{reference}', so it published no addresses to compare");
                return now;
            }
            var before = Path.Combine(temporary.FullName, prefix);
            // This generator's theme: the content of then, as this build would publish it.
            var themes = Path.Combine(options.SourceDirectory, "themes");
            if (Directory.Exists(themes)) CopyFolder(themes, Path.Combine(before, "themes"));
            var then = new SiteGenerator(options with
            {
                // Only its pages are wanted: no spelling, no outside links asked again, no progress lines.
                SourceDirectory = before, OutputDirectory = Path.Combine(temporary.FullName, "site-output"), CheckSpelling = false, ExternalLinks = null, StageDone = null,
                KeepForUpdates = false, Precompress = false,
                ImageCacheDirectory = options.ImageCacheDirectory ?? Imaging.ImageCache.Beside(options.SourceDirectory).Folder,
            }).Generate(new DiscardSink());
            if (!then.Succeeded)
            {
                note($"the site at '{reference}' does not build with this generator ({then.ErrorCount} errors), so no addresses were compared");
                return now;
            }
            var lost = Lost(options.SourceDirectory, then, now, git.Renames(commit, prefix + ContentScanner.ContentFolder).ToDictionary(r => Strip(r.Key, prefix), r => Strip(r.Value, prefix)),
                now.State.Content, reference);
            return lost.Count == 0 ? now : now with { Diagnostics = [.. now.Diagnostics.Concat(lost).OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)] };
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    /// <summary>The pages made from a file then whose address nothing serves now, each blamed on what lost it.</summary>
    private static List<Diagnostic> Lost(string source, BuildResult then, BuildResult now, Dictionary<string, string> renames, ContentSet content, string reference)
    {
        var served = now.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var pageNow = now.Pages.Where(p => p.SourcePath is not null).GroupBy(p => p.SourcePath!).ToDictionary(g => g.Key, g => "/" + g.First().SitePath, StringComparer.Ordinal);
        var published = Published(content);
        const string keep = "Keep the address: add it to 'aliases:' of the page that has its content now (the 'move' command does it), or a rule to site.yml 'redirects:'.";
        var lost = new List<Diagnostic>();
        foreach (var page in then.Pages.Where(p => p.SourcePath is not null).OrderBy(p => p.SitePath, StringComparer.Ordinal))
        {
            if (served.Contains(Routes.FileOf(page.SitePath))) continue;
            var (file, address) = (page.SourcePath!, "/" + page.SitePath);
            if (published.TryGetValue(file, out var slugAt))
            {
                var moved = pageNow.GetValueOrDefault(file, "?");
                lost.Add(slugAt is { } at
                    ? new Diagnostic(Severity.Error, at, $"'slug:' moved this page from {address} (published at '{reference}') to {moved}; the old address now leads nowhere", keep)
                    : new Diagnostic(Severity.Error, SourceLocation.File(file), $"this page was at {address} (published at '{reference}') and is at {moved} now; the old address leads nowhere", keep));
            }
            else if (renames.TryGetValue(file, out var renamed))
                lost.Add(new Diagnostic(Severity.Error, SourceLocation.File(renamed), $"this file was {file} at '{reference}', published at {address}; that address now leads nowhere", keep));
            else if (File.Exists(Path.Combine(source, file)))
                lost.Add(new Diagnostic(Severity.Error, SourceLocation.File(file), $"the address {address} of this file, published at '{reference}', is no longer published (a draft now, or dated in the future)",
                    "Publish it again, or keep the address: add it to 'aliases:' of the page that has its content now, or a rule to site.yml 'redirects:'."));
            else
                lost.Add(new Diagnostic(Severity.Error, SourceLocation.File(file), $"this file was deleted since '{reference}'; its address {address} now leads nowhere", keep));
        }
        return lost;
    }

    /// <summary>Every published file with where its 'slug:' is written (null: its name is its slug).</summary>
    private static Dictionary<string, SourceLocation?> Published(ContentSet content)
    {
        var files = new Dictionary<string, SourceLocation?>(StringComparer.Ordinal);
        foreach (var p in content.Practices) files[p.SourcePath] = p.SlugLocation;
        foreach (var e in content.Events) files[e.SourcePath] = e.SlugLocation;
        foreach (var p in content.Pages.Concat(content.Conferences.SelectMany(c => c.Pages))) files[p.SourcePath] = p.SlugLocation;
        foreach (var i in content.Items) files[i.SourcePath] = i.SlugLocation;
        return files;
    }

    private static string Strip(string path, string prefix) => path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path;

    private static void CopyFolder(string from, string to)
    {
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
