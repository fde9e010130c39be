using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// How the search page loads: it fetches only the manifest (as a script), the shards and first-result buckets of the query's terms
/// and the document chunks of the other results shown; nothing on it moves while it loads (layout shift 0), and its largest paint does not wait for the index.
/// </summary>
[Collection(nameof(BrowserFixture))]
public sealed class SearchLoadingTests(BrowserFixture site)
{
    // Layout shifts and paints from the first frame on, recorded before any of the page's own scripts run.
    private const string Observers = """
        window.__shifts = []; window.__paints = [];
        new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); })
          .observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver(list => { for (const e of list.getEntries()) window.__paints.push({ t: e.startTime, id: e.id, tag: e.element ? e.element.tagName : '', inResults: !!(e.element && e.element.closest('#search-results, #filtry')) }); })
          .observe({ type: 'largest-contentful-paint', buffered: true });
        """;

    private const string Found = "() => /Nalezeno/.test(document.getElementById('search-status').textContent)";

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task nothing_on_the_search_page_moves_while_the_index_loads_and_results_and_facets_appear(int width)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(Observers);
        // The index arrives late, as over a slow network: the page paints its loading state first, then the results.
        await page.RouteAsync("**/search/**", async route => { await Task.Delay(200); await route.ContinueAsync(); });
        await page.GotoAsync(new Uri(site.Main.Address, "hledat/?q=zdravi").AbsoluteUri);
        await page.WaitForFunctionAsync(Found);
        // Two frames after the results, so a shift they caused has been reported.
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var shifts = await page.EvaluateAsync<double[]>("() => window.__shifts");
        Assert.True(shifts.Sum() == 0, $"cumulative layout shift {shifts.Sum()} at {width}px ({string.Join(", ", shifts)})");
        Assert.NotEmpty(await page.Locator(".search-result").AllAsync());
        Assert.NotEmpty(await page.Locator("#filtry fieldset").AllAsync());
    }

    [Fact]
    public async Task the_largest_paint_happens_while_the_index_is_still_on_its_way()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(Observers);
        var release = new TaskCompletionSource();
        // The index's files the page fetches (term shards, first results, chunks); the manifest is one of the page's scripts.
        await page.RouteAsync("**/search/*/**", async route => { await release.Task; await route.ContinueAsync(); });
        await page.GotoAsync(new Uri(site.Main.Address, "hledat/?q=zdravi").AbsoluteUri);
        await page.WaitForFunctionAsync("() => window.__paints.length > 0");
        release.SetResult();
        await page.WaitForFunctionAsync(Found);
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var paints = (await page.EvaluateAsync<System.Text.Json.JsonElement>("() => window.__paints")).EnumerateArray()
            .Select(p => new Paint(p.GetProperty("t").GetDouble(), p.GetProperty("id").GetString() ?? "", p.GetProperty("tag").GetString() ?? "", p.GetProperty("inResults").GetBoolean())).ToList();
        // The results and facets arrive after the index; the largest paint must not be one of them.
        Assert.True(paints.All(p => !p.InResults), "the largest paint waited for the index: " + string.Join("; ", paints.Select(p => $"{p.Tag}#{p.Id} at {p.T:F0} ms")));
    }

    [Fact]
    public async Task a_query_fetches_the_manifest_the_shard_and_first_results_of_its_term_and_the_chunks_of_the_other_results_shown()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("/search/", StringComparison.Ordinal)) fetched.Add(new Uri(request.Url).AbsolutePath); };
        // The document chunks are held back: the first ten results must not need them (their records come with the term).
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/search/docs/**", async route => { await release.Task; await route.ContinueAsync(); });
        await page.GotoAsync(new Uri(site.Large.Address, "hledat/?q=zdravi").AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.search-result').length >= 10");
        Assert.Equal(10, (await page.Locator(".search-result").AllAsync()).Count);
        release.SetResult();
        await page.WaitForFunctionAsync(Found);
        // The manifest comes once, as the script the page loads before its own; its JSON twin is not fetched.
        Assert.Equal(1, fetched.Count(p => p.EndsWith("/search/manifest.js", StringComparison.Ordinal)));
        Assert.DoesNotContain(fetched, p => p.EndsWith("/search/manifest.json", StringComparison.Ordinal));
        Assert.Equal(1, fetched.Count(p => p.Contains("/search/terms/", StringComparison.Ordinal)));
        Assert.Equal(1, fetched.Count(p => p.Contains("/search/first/", StringComparison.Ordinal)));
        // 50 results shown, the first ten from the term's bucket, four entries per chunk: at most 40 chunks, at least 10.
        Assert.InRange(fetched.Count(p => p.Contains("/search/docs/", StringComparison.Ordinal)), 10, 40);
        Assert.DoesNotContain(fetched, p => p.EndsWith("/search/index.json", StringComparison.Ordinal) || p.EndsWith("documents.json", StringComparison.Ordinal));
        // The hits' facet values come with the term's shard: every entry's rows are not fetched for a query with words.
        Assert.DoesNotContain(fetched, p => p.EndsWith("/search/facets.json", StringComparison.Ordinal));
        Assert.Equal(50, (await page.Locator(".search-result").AllAsync()).Count);
    }

    [Fact]
    public async Task filtering_the_catalogue_without_words_fetches_every_entry_s_facet_rows_once_and_no_term_shard()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("/search/", StringComparison.Ordinal)) fetched.Add(new Uri(request.Url).AbsolutePath); };
        await page.GotoAsync(new Uri(site.Large.Address, "hledat/?tema=zdravi").AbsoluteUri);
        await page.WaitForFunctionAsync(Found);
        Assert.Equal(1, fetched.Count(p => p.EndsWith("/search/facets.json", StringComparison.Ordinal)));
        Assert.DoesNotContain(fetched, p => p.Contains("/search/terms/", StringComparison.Ordinal));
        Assert.Equal("true", await page.Locator("#f-tema-zdravi").EvaluateAsync<string>("e => String(e.checked)"));
    }

    private sealed record Paint(double T, string Id, string Tag, bool InResults);
}
