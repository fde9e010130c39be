using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// A measurement, not a test: the first query on a large built site in Chromium — bytes transferred (compressed)
/// and time from the page's load event to the first results shown (and to the whole batch of 50 with its count); beside it,
/// the time from the page's last byte to the first results, which does not depend on whether the search starts before
/// the load event (the manifest comes as a deferred script) or after it. Runs only when SEARCH_BENCH_SITE names a built
/// site (skipped otherwise, so `dotnet test` never runs it); SEARCH_BENCH_OLD_SITE may name the same corpus built by
/// the previous generator (one lunr index) to compare; SEARCH_BENCH_RESULTS=FILE also writes the figures there, for the
/// benchmark's report (docs/performance.md). See docs/benchmarks.md:
///   SEARCH_BENCH_SITE=/dev/shm/h7site[:/dev/shm/other] dotnet test tests/Browser.Tests --filter Category=Benchmark --logger "console;verbosity=detailed"
/// Bytes are what Chromium received on the wire (Resource Timing's encodedBodySize, summed over the page and
/// everything it fetched) from a loopback server that sends each file's .gz sibling with Content-Encoding: gzip,
/// or gzips a file without one (the old site's index, the page's scripts); then again from one that prefers a
/// file's .br sibling (Chromium accepts br on loopback too) and gzips the rest. Then the round trips: from a server that
/// holds every answer for a long network latency (SEARCH_BENCH_LATENCY_MS, default 1000: longer than drawing the results
/// takes, so a fetch that finished before them was waited for), how many dependent fetches came
/// after the page before the first results were shown — a fetch's wave is one more than the latest wave of the fetches
/// that had finished before it started (the page is wave 0; its scripts and the manifest's script wave 1) — and what each wave fetched.
/// </summary>
[Collection(nameof(BrowserFixture))]
[Trait("Category", "Benchmark")]
public sealed class SearchBenchmark(BrowserFixture site, ITestOutputHelper output)
{
    // SEARCH_BENCH_RUNS=1 for a quick look, 0 for the round trips alone.
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("SEARCH_BENCH_RUNS"), out var runs) && runs >= 0 ? runs : 5;

    [BenchmarkFact]
    public async Task first_query_bytes_and_time_on_a_large_site()
    {
        // Each variable may name several sites, separated by ':' (e.g. the same corpus built before and after a change).
        // An entry may be name=path (the name is the report's, e.g. "long 10,000"); else the folder's name is.
        var sites = new[] { ("sharded", "SEARCH_BENCH_SITE"), ("old", "SEARCH_BENCH_OLD_SITE") }
            .SelectMany(v => (Environment.GetEnvironmentVariable(v.Item2) ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
                .Select(entry => entry.Split('=', 2) is [var name, var path] ? (Kind: v.Item1, Name: name, Root: path) : (Kind: v.Item1, Name: Path.GetFileName(entry.TrimEnd('/')), Root: entry)))
            .ToList();
        var file = new SearchBenchResults();
        foreach (var (kind, siteName, root) in sites)
        foreach (var brotli in new[] { false, true })
        {
            // A site without .br siblings would only repeat the gzip figures.
            if (Runs == 0 || brotli && !File.Exists(Path.Combine(root, "search", "manifest.json.br"))) continue;
            var name = $"{kind} {root} ({(brotli ? "br where a .br sibling is, else gzip" : "gzip")})";
            await using var server = await SiteServer.StartAsync(root, gzip: true, brotli: brotli);
            foreach (var query in new[] { "mobilitou", "kompostárny", "zdraví", "cyklostezky" })
            {
                var runs = new List<Measurement>();
                for (var i = 0; i < Runs; i++) runs.Add(await Measure(server, query));
                var bytes = runs.Select(r => r.Bytes).Order().ToList();
                var ms = runs.Select(r => r.Ms).Order().ToList();
                var complete = runs.Select(r => r.CompleteMs).Order().ToList();
                var fromPage = runs.Select(r => r.FromPageMs).Order().ToList();
                output.WriteLine($"{name} '{query}': {runs[0].Results} results; {bytes[Runs / 2] / 1024.0:F1} kB compressed in {runs[0].Requests} requests " +
                                 $"(median of {Runs}, {bytes[0] / 1024.0:F1}–{bytes[^1] / 1024.0:F1}); first results {ms[Runs / 2]:F0} ms after load ({ms[0]:F0}–{ms[^1]:F0}), " +
                                 $"{fromPage[Runs / 2]:F0} ms after the page arrived ({fromPage[0]:F0}–{fromPage[^1]:F0}), " +
                                 $"the whole batch and its count {complete[Runs / 2]:F0} ms ({complete[0]:F0}–{complete[^1]:F0})");
                foreach (var (part, size) in runs[0].Parts) output.WriteLine($"    {size / 1024.0,8:F1} kB  {part}");
                if (kind == "sharded") file.Add(siteName, root, brotli, query, runs[0].Results, runs[0].Requests, bytes, ms[Runs / 2], complete[Runs / 2]);
            }
        }

        // Longer than the page takes to draw its results, so that a fetch which finished first was waited for, not merely quicker.
        var latency = TimeSpan.FromMilliseconds(int.TryParse(Environment.GetEnvironmentVariable("SEARCH_BENCH_LATENCY_MS"), out var latencyMs) ? latencyMs : 1000);
        foreach (var (kind, siteName, root) in sites)
        {
            var brotli = File.Exists(Path.Combine(root, "search", "manifest.json.br"));
            await using var server = await SiteServer.StartAsync(root, gzip: true, brotli: brotli, latency: latency);
            foreach (var query in new[] { "mobilitou", "kompostárny", "zdraví", "cyklostezky", "cyklostezky a mobilita" })
            {
                var chain = await RoundTrips(server, query);
                output.WriteLine($"{kind} {root} '{query}' with {latency.TotalMilliseconds:0} ms per answer: {chain.Waves} dependent fetches after the page before the first results, " +
                                 $"shown {chain.Ms:F0} ms after the page arrived");
                foreach (var wave in chain.Parts) output.WriteLine($"    {wave}");
                if (kind == "sharded") file.SetWaves(siteName, query, chain.Waves);
            }
        }
        file.Save();
    }

    /// <summary>The waves of fetches after the page up to the first results, on a server that answers with a latency.</summary>
    private async Task<(int Waves, double Ms, string[] Parts)> RoundTrips(SiteServer server, string query)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__first = 0;
            window.__whenFirst = new Promise(resolve => { window.__firstShown = resolve; });
            new MutationObserver(() => {
              const list = document.getElementById('search-results');
              const status = document.getElementById('search-status');
              // The first results, or the word that there are none.
              if (!window.__first && ((list && list.firstChild) || (status && /Nic nenalezeno/.test(status.textContent)))) { window.__first = performance.now(); window.__firstShown(); }
            }).observe(document, { subtree: true, childList: true, characterData: true });
            """);
        await page.GotoAsync(new Uri(server.Address, "hledat/?q=" + Uri.EscapeDataString(query)).AbsoluteUri, new PageGotoOptions { Timeout = 120_000 });
        await Until(page, "window.__whenFirst");
        var json = await page.EvaluateAsync<JsonElement>("""
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const first = window.__first;
              // The favicon is the browser's own fetch, which no result waits for.
              const fetches = performance.getEntriesByType('resource').filter(r => r.responseEnd <= first && !/favicon/.test(r.name)).sort((a, b) => a.startTime - b.startTime);
              const done = [{ end: nav.responseEnd, wave: 0 }];
              const waves = [];
              for (const r of fetches) {
                const wave = 1 + Math.max(...done.filter(d => d.end <= r.startTime).map(d => d.wave));
                done.push({ end: r.responseEnd, wave });
                (waves[wave] = waves[wave] || []).push(new URL(r.name).pathname.replace(/^.*?\/(search|assets)\//, '$1/'));
              }
              return { waves: waves.length - 1, ms: first - nav.responseEnd, parts: waves.slice(1).map((w, i) => 'wave ' + (i + 1) + ': ' + w.join(', ')) };
            }
            """);
        return (json.GetProperty("waves").GetInt32(), json.GetProperty("ms").GetDouble(), [.. json.GetProperty("parts").EnumerateArray().Select(p => p.GetString()!)]);
    }

    private async Task<Measurement> Measure(SiteServer server, string query)
    {
        // A fresh context each time: nothing cached.
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__shown = 0; window.__first = 0;
            window.__whenShown = new Promise(resolve => { window.__allShown = resolve; });
            new MutationObserver(() => {
              const status = document.getElementById('search-status');
              const list = document.getElementById('search-results');
              if (!window.__first && list && list.firstChild) window.__first = performance.now();
              if (!window.__shown && status && /Nalezeno|Nic nenalezeno/.test(status.textContent)) { window.__shown = performance.now(); window.__allShown(); }
            }).observe(document, { subtree: true, childList: true, characterData: true });
            """);
        await page.GotoAsync(new Uri(server.Address, "hledat/?q=" + Uri.EscapeDataString(query)).AbsoluteUri, new PageGotoOptions { Timeout = 120_000 });
        await Until(page, "window.__whenShown");
        var json = await page.EvaluateAsync<JsonElement>("""
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const resources = performance.getEntriesByType('resource');
              const status = document.getElementById('search-status').textContent;
              return {
                ms: (window.__first || window.__shown) - nav.loadEventEnd,
                // From the page's last byte: what a reader waits for, whether the search starts before the load event or after it.
                fromPage: (window.__first || window.__shown) - nav.responseEnd,
                complete: window.__shown - nav.loadEventEnd,
                bytes: nav.encodedBodySize + resources.reduce((s, r) => s + r.encodedBodySize, 0),
                requests: 1 + resources.length,
                results: +((status.match(/Nalezeno ([\d\s\u00a0]+)/) || [0, '0'])[1].replace(/\D/g, '')),
                parts: Object.entries([[nav.name, nav.encodedBodySize]].concat(resources.map(r => [r.name, r.encodedBodySize])).reduce((parts, [url, size]) => {
                  const path = new URL(url).pathname;
                  const part = /\/search\/manifest\.js(on)?$/.test(path) ? 'manifest' : path.includes('/search/terms/') ? 'term shards'
                    : path.includes('/search/docs/') ? 'document chunks' : path.includes('/search/') ? path : 'page and its assets';
                  const [count, bytes] = parts[part] || [0, 0];
                  parts[part] = [count + 1, bytes + size];
                  return parts;
                }, {})).map(([part, [count, bytes]]) => [part + ' (' + count + ')', bytes]),
              };
            }
            """);
        return new Measurement(json.GetProperty("ms").GetDouble(), json.GetProperty("fromPage").GetDouble(), json.GetProperty("complete").GetDouble(), json.GetProperty("bytes").GetDouble(), json.GetProperty("requests").GetInt32(),
            json.GetProperty("results").GetInt32(), [.. json.GetProperty("parts").EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetDouble()))]);
    }

    /// <summary>
    /// Waits for a promise the init script keeps. Not WaitForFunctionAsync: that first compiles Playwright's injected
    /// script in the page (tens of milliseconds on its main thread, measured in a trace), which would fall between the
    /// load event and the first results and be counted as the page's time; awaiting a promise costs the page nothing.
    /// </summary>
    private static Task Until(IPage page, string promise) =>
        page.EvaluateAsync("() => " + promise).WaitAsync(TimeSpan.FromMinutes(2));

    private sealed record Measurement(double Ms, double FromPageMs, double CompleteMs, double Bytes, int Requests, int Results, (string Part, double Size)[] Parts);
}
