using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// A measurement, not a test: the first query on a large built site in Chromium — bytes transferred (compressed)
/// and time from the page's load event to the first results shown (and to the whole batch of 50 with its count). Runs only when SEARCH_BENCH_SITE names a built
/// site (skipped otherwise, so `dotnet test` never runs it); SEARCH_BENCH_OLD_SITE may name the same corpus built by
/// the previous generator (one lunr index) to compare; SEARCH_BENCH_RESULTS=FILE also writes the figures there, for the
/// benchmark's report (docs/performance.md). See docs/benchmarks.md:
///   SEARCH_BENCH_SITE=/dev/shm/h7site[:/dev/shm/other] dotnet test tests/Browser.Tests --filter Category=Benchmark --logger "console;verbosity=detailed"
/// Bytes are what Chromium received on the wire (Resource Timing's encodedBodySize, summed over the page and
/// everything it fetched) from a loopback server that sends each file's .gz sibling with Content-Encoding: gzip,
/// or gzips a file without one (the old site's index, the page's scripts); then again from one that prefers a
/// file's .br sibling (Chromium accepts br on loopback too) and gzips the rest.
/// </summary>
[Collection(nameof(BrowserFixture))]
[Trait("Category", "Benchmark")]
public sealed class SearchBenchmark(BrowserFixture site, ITestOutputHelper output)
{
    private const int Runs = 5;

    [BenchmarkFact]
    public async Task first_query_bytes_and_time_on_a_large_site()
    {
        // Each variable may name several sites, separated by ':' (e.g. the same corpus built before and after a change).
        var sites = new[] { ("sharded", "SEARCH_BENCH_SITE"), ("old", "SEARCH_BENCH_OLD_SITE") }
            .SelectMany(v => (Environment.GetEnvironmentVariable(v.Item2) ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(root => (Kind: v.Item1, Root: root)));
        var file = new SearchBenchResults();
        foreach (var (kind, root) in sites)
        foreach (var brotli in new[] { false, true })
        {
            // A site without .br siblings would only repeat the gzip figures.
            if (brotli && !File.Exists(Path.Combine(root, "search", "manifest.json.br"))) continue;
            var name = $"{kind} {root} ({(brotli ? "br where a .br sibling is, else gzip" : "gzip")})";
            await using var server = await SiteServer.StartAsync(root, gzip: true, brotli: brotli);
            foreach (var query in new[] { "mobilitou", "kompostárny", "zdraví", "cyklostezky" })
            {
                var runs = new List<Measurement>();
                for (var i = 0; i < Runs; i++) runs.Add(await Measure(server, query));
                var bytes = runs.Select(r => r.Bytes).Order().ToList();
                var ms = runs.Select(r => r.Ms).Order().ToList();
                var complete = runs.Select(r => r.CompleteMs).Order().ToList();
                output.WriteLine($"{name} '{query}': {runs[0].Results} results; {bytes[Runs / 2] / 1024.0:F1} kB compressed in {runs[0].Requests} requests " +
                                 $"(median of {Runs}, {bytes[0] / 1024.0:F1}–{bytes[^1] / 1024.0:F1}); first results {ms[Runs / 2]:F0} ms after load ({ms[0]:F0}–{ms[^1]:F0}), " +
                                 $"the whole batch and its count {complete[Runs / 2]:F0} ms ({complete[0]:F0}–{complete[^1]:F0})");
                foreach (var (part, size) in runs[0].Parts) output.WriteLine($"    {size / 1024.0,8:F1} kB  {part}");
                if (kind == "sharded") file.Add(root, brotli, query, runs[0].Results, runs[0].Requests, bytes, ms[Runs / 2], complete[Runs / 2]);
            }
        }
        file.Save();
    }

    private async Task<Measurement> Measure(SiteServer server, string query)
    {
        // A fresh context each time: nothing cached.
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__shown = 0; window.__first = 0;
            new MutationObserver(() => {
              const status = document.getElementById('search-status');
              const list = document.getElementById('search-results');
              if (!window.__first && list && list.firstChild) window.__first = performance.now();
              if (!window.__shown && status && /Nalezeno|Nic nenalezeno/.test(status.textContent)) window.__shown = performance.now();
            }).observe(document, { subtree: true, childList: true, characterData: true });
            """);
        await page.GotoAsync(new Uri(server.Address, "hledat/?q=" + Uri.EscapeDataString(query)).AbsoluteUri, new PageGotoOptions { Timeout = 120_000 });
        await page.WaitForFunctionAsync("() => window.__shown > 0", null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        var json = await page.EvaluateAsync<JsonElement>("""
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const resources = performance.getEntriesByType('resource');
              const status = document.getElementById('search-status').textContent;
              return {
                ms: (window.__first || window.__shown) - nav.loadEventEnd,
                complete: window.__shown - nav.loadEventEnd,
                bytes: nav.encodedBodySize + resources.reduce((s, r) => s + r.encodedBodySize, 0),
                requests: 1 + resources.length,
                results: +((status.match(/Nalezeno (\d+)/) || [0, 0])[1]),
                parts: Object.entries([[nav.name, nav.encodedBodySize]].concat(resources.map(r => [r.name, r.encodedBodySize])).reduce((parts, [url, size]) => {
                  const path = new URL(url).pathname;
                  const part = path.endsWith('/search/manifest.json') ? 'manifest' : path.includes('/search/terms/') ? 'term shards'
                    : path.includes('/search/docs/') ? 'document chunks' : path.includes('/search/') ? path : 'page and its assets';
                  const [count, bytes] = parts[part] || [0, 0];
                  parts[part] = [count + 1, bytes + size];
                  return parts;
                }, {})).map(([part, [count, bytes]]) => [part + ' (' + count + ')', bytes]),
              };
            }
            """);
        return new Measurement(json.GetProperty("ms").GetDouble(), json.GetProperty("complete").GetDouble(), json.GetProperty("bytes").GetDouble(), json.GetProperty("requests").GetInt32(),
            json.GetProperty("results").GetInt32(), [.. json.GetProperty("parts").EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetDouble()))]);
    }

    private sealed record Measurement(double Ms, double CompleteMs, double Bytes, int Requests, int Results, (string Part, double Size)[] Parts);
}
