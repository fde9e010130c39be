using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.PostProcessing;

namespace DobraPraxe.Generator.Incremental;

/// <summary>Which pages of a site to render; the others' files and links are taken from the last build (by path from the output root).</summary>
/// <param name="Microsites">The microsites' folders ("kongres/"): their files are not the main site's.</param>
public sealed record PageReuse(IReadOnlySet<string> Render, IReadOnlyDictionary<string, ProcessedPage> Pages, IReadOnlyDictionary<string, OutputFile> Files,
    IReadOnlyList<string> Microsites)
{
    /// <summary>
    /// The pages whose links need checking: only those rendered again, when every link target is still there — the
    /// same files or more (a new tag's page), and each page rendered again with the ids it had or more — since every
    /// other page's links were good last time (a broken link fails the build) and a link's check reads nothing else.
    /// Null (check all) otherwise.
    /// </summary>
    public IReadOnlyList<ProcessedPage>? OnlyRenderedLinks(string folder, IReadOnlySet<string> targets, IReadOnlyList<ProcessedPage> rendered)
    {
        var before = Files.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal)).Select(k => k[folder.Length..]);
        if (!targets.IsSupersetOf(folder.Length == 0 ? before.Where(k => !Microsites.Any(m => k.StartsWith(m, StringComparison.Ordinal))) : before))
            return null;
        // A page that is new had no ids a link could point to.
        return rendered.All(p => !Pages.TryGetValue(folder + p.SitePath, out var old) || p.Ids.IsSupersetOf(old.Ids)) ? rendered : null;
    }
}
