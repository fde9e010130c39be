using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Producers;

/// <summary>
/// The old addresses of a site (entries' 'aliases:', site.yml's 'redirects:'): a small page at each, which leads on at once
/// (GitHub Pages has no server redirects), and _redirects with a permanent redirect per address for hosts that read it
/// (Cloudflare Pages; Netlify serves the page that is there). Neither is in the sitemap or the search index: they are no pages.
/// </summary>
public sealed class RedirectsOutput : IOutputProducer
{
    public const string FilePath = "_redirects";

    public string Name => "redirects";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan)
    {
        var addresses = RedirectTable.AliasesOf(plan).Select(a => a.Alias.Path).Concat(RedirectTable.RulesOf(plan).Select(r => r.From)).ToList();
        if (addresses.Count == 0) return [];
        // A rule with {slug} writes a page for each entry: its shape, '*' for the slug.
        return [OwnedPath.File(FilePath), .. addresses.Select(a => OwnedPath.File(SitePaths.FileOf(SitePaths.Fill(a, "*")))).Distinct()];
    }

    public IEnumerable<OutputFile> Files(OutputContext context)
    {
        if (!Paths(context.Plan).Any()) return [];
        var others = Outputs.Of(context.Plan).Where(p => p is not RedirectsOutput).SelectMany(p => p.Paths(context.Plan)).ToList();
        var table = RedirectTable.Resolve(context.Plan, context.Jobs, others, context.Diagnostics);
        var siteTitle = context.Plan.Conference?.Title ?? context.Site.Config.Title;
        var words = context.Jobs.Count > 0 ? context.Jobs[0].Words : context.Site.Words;
        return [.. table.Addresses.Select(a => OutputFile.Text(SitePaths.FileOf(a.From), RedirectPage.Html(a.To, siteTitle, context.Urls, words, context.Statement is null ? null : Routes.Accessibility(context.Plan.WrittenIn)))),
            OutputFile.Text(FilePath, RedirectPage.HostRules(table, context.Urls))];
    }
}
