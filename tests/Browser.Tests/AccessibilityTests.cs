using System.Text.Json;
using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>axe-core (WCAG 2.0/2.1 A and AA) on every page type at desktop and phone width, with screenshots to look at.</summary>
[Collection(nameof(BrowserFixture))]
public sealed class AccessibilityTests(BrowserFixture site)
{
    internal static readonly Lazy<string> Axe = new(() =>
    {
        var path = Path.Combine(BrowserFixture.RepositoryRoot, "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), $"{path} is missing: run `npm ci` in the repository root, as .ci/run does.");
        return File.ReadAllText(path);
    });

    public static readonly string Screenshots = Path.Combine(BrowserFixture.RepositoryRoot, "tests", "Browser.Tests", "screenshots");

    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var (name, _, _) in PageTypes.All)
            foreach (var width in new[] { 1280, 375 }) data.Add(name, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task every_page_type_has_no_axe_violations_and_no_horizontal_scrolling(string name, int width) =>
        await CheckAndShoot(name, width, PageTypes.Url(site, name),
            name == "search" ? page => page.WaitForFunctionAsync("() => /Nalezeno/.test(document.getElementById('search-status').textContent)") : null);

    /// <summary>States a page type alone does not show: search before the index arrives, with one batch or more, lines about a region's entries.</summary>
    public static TheoryData<string, int> StatesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "search-loading", "search-few", "search-many", "search-many-all-shown", "member-region", "entry-of-a-region" })
            foreach (var width in new[] { 1280, 375 }) data.Add(name, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(StatesAndWidths))]
    public async Task search_states_and_a_regions_entries_have_no_axe_violations_and_no_horizontal_scrolling(string name, int width)
    {
        const string found = "() => /Nalezeno/.test(document.getElementById('search-status').textContent)";
        var release = new TaskCompletionSource();
        var (server, path, ready) = name switch
        {
            "search-loading" => (site.Main, "hledat/?q=zdravi", new Func<IPage, Task>(async page =>
                await page.WaitForFunctionAsync("() => /Načítám/.test(document.getElementById('search-status').textContent)"))),
            "search-few" => (site.Main, "hledat/?q=zdravi", page => page.WaitForFunctionAsync(found)),
            "search-many" => (site.Large, "hledat/?q=zdravi", page => page.WaitForFunctionAsync(found)),
            "search-many-all-shown" => (site.Large, "hledat/?q=zdravi", async page =>
            {
                await page.WaitForFunctionAsync(found);
                await page.Locator(".search-more").ClickAsync();
                await page.Locator(".search-more").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
            }),
            "member-region" => (site.Main, "clenove/jihomoravsky-kraj/", null),
            "entry-of-a-region" => (site.Main, "praxe/jihomoravsky-kraj-zdrave-skolni-stravovani/", (Func<IPage, Task>?)null),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        // The loading state lasts only while the query's term shard is on its way: hold it back until the checks are done.
        Func<IRoute, Task>? hold = name == "search-loading" ? async route => { await release.Task; await route.ContinueAsync(); } : null;
        // Where to look in a long page: a second, window-sized screenshot is taken there.
        var detail = name switch
        {
            "search-many" => ".search-more",
            "search-few" or "search-many-all-shown" => ".search-result:last-child",
            "member-region" or "entry-of-a-region" => ".card-meta",
            _ => null,
        };
        try
        {
            await CheckAndShoot(name, width, new Uri(server.Address, path), ready, hold, detail);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    private async Task CheckAndShoot(string name, int width, Uri url, Func<IPage, Task>? ready, Func<IRoute, Task>? holdDocuments = null, string? detail = null)
    {
        // axe is injected as a script; the CSP (correctly) forbids that, so this context bypasses it.
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 }, BypassCSP = true, Locale = "cs-CZ",
        });
        var page = await context.NewPageAsync();
        if (holdDocuments is not null) await page.RouteAsync("**/search/terms/**", holdDocuments);
        var response = await page.GotoAsync(url.AbsoluteUri);
        Assert.NotNull(response);
        if (ready is not null) await ready(page);

        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}-{width}.png"), FullPage = true });
        if (detail is not null)
        {
            await page.Locator(detail).First.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}-{width}-detail.png") });
        }

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Axe.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        Assert.True(violations.GetArrayLength() == 0, $"{name} at {width}px:\n{string.Join("\n", violations.EnumerateArray().Select(v => v.GetString()))}");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{name} at {width}px scrolls sideways by {overflow}px");
    }

    [Fact]
    public async Task headings_never_skip_a_level_and_every_image_has_alt_text()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var (name, _, _) in PageTypes.All)
        {
            await page.GotoAsync(PageTypes.Url(site, name).AbsoluteUri);
            var levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])");
            Assert.True(levels.Length > 0 && levels[0] == 1, $"{name}: first heading is not h1");
            for (var i = 1; i < levels.Length; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{name}: heading h{levels[i]} follows h{levels[i - 1]}");
            Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.images].filter(i => !i.hasAttribute('alt')).length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('table')].filter(t => !t.querySelector('th')).length"));
        }
    }
}
