using System.Collections.Immutable;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>One language's site as planned, for pairing its pages with the other languages'.</summary>
public sealed record LanguagePlan(string Code, SiteUrls Urls, IReadOnlyList<RenderJob> Jobs, Words Words);

/// <summary>
/// Pairs the pages of a site's languages, the default first: a page's counterpart is the page at the same site path in the
/// other language's site (every language has the same routes, but the pages each names itself: <see cref="Routes.Counterpart"/>). From that one pairing come the hreflang alternates (on
/// every page that has a counterpart, x-default the default's) and the switcher's links (the counterpart, or the nearest
/// page above it that exists there, at worst the home page: never a page that does not exist). A pair is made from both
/// sites' planned pages at once, so it links both ways or not at all.
/// </summary>
public static class LanguagePairs
{
    /// <summary>Each site's jobs with their alternates and switcher links, in the order given.</summary>
    public static IReadOnlyList<IReadOnlyList<RenderJob>> Link(IReadOnlyList<LanguagePlan> sites)
    {
        if (sites.Count < 2) return [.. sites.Select(s => s.Jobs)];
        var paths = sites.Select(s => s.Jobs.Where(j => j.Meta is { NoIndex: false }).Select(j => j.SitePath).ToHashSet(StringComparer.Ordinal)).ToList();
        return [.. sites.Select((site, i) => (IReadOnlyList<RenderJob>)[.. site.Jobs.Select(job => With(job, i))])];

        RenderJob With(RenderJob job, int i)
        {
            if (job.Meta is not { } meta) return job;
            // The page's path on each site: the same, but for a page each language names itself (the statement).
            string PathIn(int k) => Routes.Counterpart(job.SitePath, sites[i].Code, sites[k].Code);
            // A page not to be found (404) has no counterpart: its switcher leads to the other language's home page.
            bool Has(int k) => !meta.NoIndex && paths[k].Contains(PathIn(k));
            var links = sites.Select((other, k) => (Other: other, K: k)).Where(x => x.K != i)
                .Select(x => new LanguageLink(x.Other.Code, x.Other.Words[GeneratorWords.LanguageName], x.Other.Words[GeneratorWords.Locale],
                    x.Other.Urls.Absolute(Has(x.K) ? PathIn(x.K) : Nearest(PathIn(x.K), paths[x.K])), !Has(x.K)))
                .ToImmutableArray();
            ImmutableArray<Alternate> alternates = links.All(l => l.Nearest) ? [] :
                [.. sites.Select((s, k) => (Site: s, K: k)).Where(x => Has(x.K)).Select(x => new Alternate(x.Site.Code, x.Site.Urls.Absolute(PathIn(x.K)))),
                    new Alternate("x-default", sites[0].Urls.Absolute(PathIn(0)))];
            return job with { Variables = job.Variables.SetItem("page", meta with { Alternates = alternates, Languages = links }) };
        }
    }

    /// <summary>The nearest page above <paramref name="path"/> among <paramref name="paths"/>: 'praxe/x/' → 'praxe/', at worst the home page "".</summary>
    public static string Nearest(string path, IReadOnlySet<string> paths)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (segments.Count > 0)
        {
            segments.RemoveAt(segments.Count - 1);
            var above = segments.Count == 0 ? "" : string.Join('/', segments) + "/";
            if (paths.Contains(above)) return above;
        }
        return "";
    }
}
