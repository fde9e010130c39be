using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Producers;

/// <summary>One old address and the page it leads to: a redirect page is written at <see cref="From"/>.</summary>
/// <param name="From">The old address as a site path ("cz/priklady-dobre-praxe/x", "praxe/stary-nazev/").</param>
/// <param name="To">The planned page it leads to.</param>
/// <param name="ByPattern">Made by a rule with {slug} for the page its 'to' names, so that rule's one line in _redirects covers it.</param>
public sealed record RedirectAddress(string From, RenderJob To, bool ByPattern = false);

/// <summary>
/// Every old address of one site, resolved to the pages of its plan and checked: an entry's 'aliases:' (the main site's entries,
/// or a microsite's pages) and, on the main site, the rules of site.yml 'redirects:'. An address that is a page, a file another
/// producer writes, a microsite's folder or another old address is an error at the line that wrote it, naming the other; so is
/// a rule that leads to an old address instead of a page (a chain) or back to itself (a loop). A rule with {slug} stands for
/// every page its 'to' matches, and for every alias that matches it (straight to that alias's page, so no chain is made);
/// an address an entry's alias or a rule names itself is not also made by a pattern.
/// </summary>
public sealed class RedirectTable
{
    private RedirectTable(IReadOnlyList<RedirectAddress> addresses, IReadOnlyList<Redirect> patterns)
    {
        Addresses = addresses;
        Patterns = patterns;
    }

    /// <summary>Every old address with the page it leads to, in the order written.</summary>
    public IReadOnlyList<RedirectAddress> Addresses { get; }

    /// <summary>The rules with {slug} that led somewhere (for hosts that read _redirects, one line each).</summary>
    public IReadOnlyList<Redirect> Patterns { get; }

    /// <summary>The entries' aliases of the site a plan is for, each with the file that wrote it.</summary>
    public static IEnumerable<(string Source, Alias Alias)> AliasesOf(OutputPlan plan)
    {
        if (plan.Conference is { } conference) return conference.Pages.SelectMany(p => p.Aliases.Select(a => (p.SourcePath, a)));
        var content = plan.Content;
        return content.Practices.SelectMany(p => p.Aliases.Select(a => (p.SourcePath, a)))
            .Concat(content.Events.SelectMany(e => e.Aliases.Select(a => (e.SourcePath, a))))
            .Concat(content.Pages.SelectMany(p => p.Aliases.Select(a => (p.SourcePath, a))))
            .Concat(content.Items.SelectMany(i => i.Aliases.Select(a => (i.SourcePath, a))));
    }

    /// <summary>The rules of site.yml 'redirects:' that apply to the site a plan is for: the main site's only.</summary>
    public static IEnumerable<Redirect> RulesOf(OutputPlan plan) => plan.Conference is null ? plan.Content.Site.Redirects : [];

    /// <param name="jobs">The site's planned pages.</param>
    /// <param name="others">What the site's other producers declare they write.</param>
    public static RedirectTable Resolve(OutputPlan plan, IReadOnlyList<RenderJob> jobs, IReadOnlyList<OwnedPath> others, DiagnosticBag diagnostics)
    {
        var pages = new Dictionary<string, RenderJob>(StringComparer.Ordinal);
        foreach (var job in jobs) pages.TryAdd(Routes.FileOf(job.SitePath), job);
        var pageOf = jobs.Where(j => j.SourcePath is not null).GroupBy(j => j.SourcePath!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var microsites = plan.Conference is null ? plan.Content.Conferences.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal) : [];

        // Each address written by hand (an alias, a rule without {slug}), by the file a host serves for it.
        var written = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var addresses = new List<RedirectAddress>();

        // 'what' names the address as its own line's error says it ("the alias"); 'relation' as another's error names it.
        bool Free(string path, SourceLocation at, string what, string relation, string? ownSource)
        {
            var file = SitePaths.FileOf(path);
            if (pages.TryGetValue(file, out var page))
            {
                if (ownSource is not null && page.SourcePath == ownSource)
                    diagnostics.Error(at, $"{what} '/{path}' is the address of this page itself; a redirect to it would lead in a circle",
                        "Remove it from 'aliases:'.");
                else
                    diagnostics.Error(at, $"{what} '/{path}' is the address of {Describe(page)}", ownSource is null
                        ? "Remove the redirect, or choose another old address: a page that exists is never redirected."
                        : "Remove the alias, or move that page away first: a page that exists is never redirected.");
                return false;
            }
            if (others.FirstOrDefault(o => o.Matches(file)) is { } output)
            {
                diagnostics.Error(at, $"{what} '/{path}' is a file the site writes itself (/{output})", "Choose another address.");
                return false;
            }
            if (path.Split('/')[0] is var top && microsites.Contains(top))
            {
                diagnostics.Error(at, $"{what} '/{path}' is inside /{top}/, where the microsite of content/conferences/{top}/ is published",
                    "Give the microsite's page the alias instead: a microsite's pages keep their old addresses on its own site.");
                return false;
            }
            if (written.TryGetValue(file, out var before))
            {
                diagnostics.Error(at, $"{what} '/{path}' is also {before.Relation}", "Keep the address in one place: remove one of the two.");
                diagnostics.Error(before.At, $"{before.What} '/{before.Path}' is also {relation}", "Keep the address in one place: remove one of the two.");
                return false;
            }
            return true;
        }

        foreach (var (source, alias) in AliasesOf(plan))
        {
            // An entry that is not published (a draft) has no page: its aliases wait with it.
            if (!pageOf.TryGetValue(source, out var page)) continue;
            var relation = $"an alias of {source} (line {alias.Location.Line})";
            if (!Free(alias.Path, alias.Location, "the alias", relation, source)) continue;
            written[SitePaths.FileOf(alias.Path)] = new Claim(alias.Path, alias.Location, "the alias", relation, page);
            addresses.Add(new RedirectAddress(alias.Path, page));
        }

        var rules = RulesOf(plan).ToList();
        foreach (var rule in rules.Where(r => !r.IsPattern))
        {
            if (rule.From == rule.To)
            {
                diagnostics.Error(rule.ToLocation, $"the redirect leads from '/{rule.From}' to itself", "Write the address of the page it should lead to in 'to:'.");
                continue;
            }
            var relation = $"a redirect at {rule.FromLocation}";
            if (Free(rule.From, rule.FromLocation, "the redirect from", relation, null))
                written[SitePaths.FileOf(rule.From)] = new Claim(rule.From, rule.FromLocation, "the redirect from", relation, null) { Rule = rule };
        }
        foreach (var claim in written.Values.Where(c => c.Rule is not null).ToList())
        {
            var rule = claim.Rule!;
            if (Target(rule, pages, written, diagnostics) is { } page)
            {
                written[SitePaths.FileOf(rule.From)] = claim with { Page = page };
                addresses.Add(new RedirectAddress(rule.From, page));
            }
        }

        var patterns = new List<Redirect>();
        var made = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        foreach (var rule in rules.Where(r => r.IsPattern))
        {
            var to = SitePaths.FileOf(rule.To);
            // Pages first, then aliases that lead to one: an old address of an old address goes straight to the page.
            var matches = pages.Select(p => (File: p.Key, Page: p.Value, Direct: true))
                .Concat(written.Where(w => w.Value.Rule is null && w.Value.Page is not null).Select(w => (File: w.Key, Page: w.Value.Page!, Direct: false)))
                .Select(m => (Slug: SitePaths.Match(to, m.File), m.Page, m.Direct)).Where(m => m.Slug is not null).ToList();
            if (matches.Count == 0)
            {
                diagnostics.Error(rule.ToLocation, $"'to: /{rule.To}' matches no page of the site", $"Write the address of the pages it leads to, with {SitePaths.SlugPlaceholder} where each has its slug, e.g. /praxe/{SitePaths.SlugPlaceholder}/.");
                continue;
            }
            var clean = true;
            foreach (var (slug, page, direct) in matches)
            {
                var from = SitePaths.Fill(rule.From, slug!);
                var file = SitePaths.FileOf(from);
                // What is written by hand wins: an alias or a rule naming this very address says where it leads.
                if (written.ContainsKey(file)) continue;
                string? taken = pages.TryGetValue(file, out var other) ? $"the address of {Describe(other)}"
                    : others.FirstOrDefault(o => o.Matches(file)) is { } output ? $"a file the site writes itself (/{output})"
                    : microsites.Contains(from.Split('/')[0]) ? $"inside the microsite /{from.Split('/')[0]}/"
                    : made.TryGetValue(file, out var earlier) ? $"also made by the redirect at {earlier.FromLocation}"
                    : null;
                if (taken is not null)
                {
                    diagnostics.Error(rule.FromLocation, $"the redirect from '/{rule.From}' would make '/{from}', which is {taken}", "Change 'from:' so that it makes only old addresses.");
                    clean = false;
                    break;
                }
                made[file] = rule;
                addresses.Add(new RedirectAddress(from, page, ByPattern: direct));
            }
            if (clean) patterns.Add(rule);
        }
        return new RedirectTable(addresses, patterns);
    }

    /// <summary>The page a rule's 'to' is; an old address there is a chain (or a loop), reported at the rule's 'to'.</summary>
    private static RenderJob? Target(Redirect rule, Dictionary<string, RenderJob> pages, Dictionary<string, Claim> written, DiagnosticBag diagnostics)
    {
        var file = SitePaths.FileOf(rule.To);
        if (pages.TryGetValue(file, out var page)) return page;
        if (!written.TryGetValue(file, out var first))
        {
            diagnostics.Error(rule.ToLocation, $"'to: /{rule.To}' is no page of the site", "Write the address of a page the site has, from its root, e.g. /praxe/.");
            return null;
        }
        // Follow the old addresses to where they end: at a page (a chain), nowhere, or where they began (a loop).
        var seen = new List<string> { rule.From };
        var step = first;
        RenderJob? end = null;
        while (true)
        {
            if (seen.Contains(step.Path))
            {
                diagnostics.Error(rule.ToLocation, $"the redirects lead in a circle: {string.Join(" → ", seen.Append(step.Path).Select(s => "/" + s))}",
                    "Let each old address lead to a page: write the page's address in 'to:'.");
                return null;
            }
            seen.Add(step.Path);
            if (step.Page is { } reached) { end = reached; break; }
            var next = SitePaths.FileOf(step.Rule!.To);
            if (pages.TryGetValue(next, out var found)) { end = found; break; }
            if (!written.TryGetValue(next, out var further)) break;
            step = further;
        }
        if (end is null)
            diagnostics.Error(rule.ToLocation, $"'to: /{rule.To}' is an old address ({first.Relation}) that leads to no page", "Write the address of a page the site has in 'to:'.");
        else
            diagnostics.Error(rule.ToLocation, $"'to: /{rule.To}' is itself an old address ({first.Relation}) that leads on to /{end.SitePath}; a redirect must lead straight to a page",
                $"Write 'to: /{end.SitePath}'.");
        return null;
    }

    private static string Describe(RenderJob page) => page.SourcePath is { } source ? $"{source} (/{page.SitePath})" : $"the page /{page.SitePath}";

    /// <summary>An address written by hand: where, what it is (its own error's words, another's), and the page it leads to (null for a rule not yet followed).</summary>
    private sealed record Claim(string Path, SourceLocation At, string What, string Relation, RenderJob? Page)
    {
        public Redirect? Rule { get; init; }
    }
}
