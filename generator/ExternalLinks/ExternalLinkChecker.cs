using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.MarkdownRendering;

namespace DobraPraxe.Generator.ExternalLinks;

/// <summary>
/// `check --external`: every http(s) link of the content asked whether it still works (<see cref="LinkProbe"/>), each
/// address once however often it is written, fresh answers taken from the cache (<see cref="LinkCache"/>). A broken link
/// or one that moved for good is a warning at every place it is written — never an error: someone else's server must not
/// fail a pull request. Links to the site itself (its base_url, a microsite's) are the internal link check's.
/// </summary>
public static class ExternalLinkChecker
{
    /// <param name="ownSites">The addresses this content is published at; links under them are not asked.</param>
    /// <param name="now">"Today" for the cache's ages (the build's, so --now pins it).</param>
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<OutsideLink> links, IReadOnlyCollection<Uri> ownSites, ExternalLinkSettings settings, DateTimeOffset now)
    {
        var asked = new List<(OutsideLink Link, string Address)>();
        var diagnostics = new List<Diagnostic>();
        foreach (var link in links)
        {
            if (!Uri.TryCreate(link.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, link.Location, $"the outside link '{link.Url}' is not a valid web address",
                    "Write the whole address as the browser shows it, starting with https://."));
                continue;
            }
            if (ownSites.Any(site => uri.AbsoluteUri.StartsWith(site.AbsoluteUri, StringComparison.OrdinalIgnoreCase))) continue;
            // The fragment is never sent: two links differing only in it are one question.
            asked.Add((link, uri.GetLeftPart(UriPartial.Query)));
        }

        var addresses = asked.Select(a => a.Address).ToHashSet(StringComparer.Ordinal);
        var cache = LinkCache.Load(settings.CacheFile);
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        foreach (var address in addresses)
            if (cache.Fresh(address, now, settings.MaxAge) is { } known) verdicts[address] = known;

        var unknown = addresses.Where(a => !verdicts.ContainsKey(a)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            using var probe = new LinkProbe(settings, ExternalLinkSettings.UserAgentFor(ownSites.FirstOrDefault() ?? new Uri("https://www.dobrapraxe.cz/")));
            var answers = Task.WhenAll(unknown.Select(async address => (address, await probe.Check(new Uri(address))))).GetAwaiter().GetResult();
            foreach (var (address, verdict) in answers)
            {
                verdicts[address] = verdict;
                cache.Remember(address, verdict, now);
            }
        }
        cache.Save(settings.CacheFile, addresses);

        foreach (var (link, address) in asked)
        {
            var verdict = verdicts[address];
            if (verdict.Kind == VerdictKind.Broken)
                diagnostics.Add(new Diagnostic(Severity.Warning, link.Location, $"the outside link '{link.Url}' is broken: {verdict.Problem}",
                    "Open it in a browser: if the page has moved, link to its new address; if it is gone, remove the link or link to a copy " +
                    "(e.g. web.archive.org). Outside links are only warnings: another site's server never fails a build."));
            else if (verdict.Kind == VerdictKind.Moved)
                diagnostics.Add(new Diagnostic(Severity.Warning, link.Location, $"the outside link '{link.Url}' has moved for good to '{verdict.MovedTo}'",
                    "Link to the new address: the server answers the old one with a permanent redirect (301 or 308)."));
        }
        return diagnostics;
    }
}
