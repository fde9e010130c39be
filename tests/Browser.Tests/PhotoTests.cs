using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>An entry with photos on a phone: few bytes of images, and nothing moves while they load.</summary>
[Collection(nameof(BrowserFixture))]
public sealed class PhotoTests(BrowserFixture site)
{
    private const string Entry = "praxe/krizanov-komunitni-zahrada/";
    private const int ImageBudgetBytes = 300 * 1024;

    // Layout shifts as Chromium reports them, from the first paint on (buffered), summed as CLS is.
    private const string ShiftObserver = """
        window.__shifts = [];
        new PerformanceObserver(list => { for (const e of list.getEntries()) window.__shifts.push({ value: e.value, input: e.hadRecentInput,
            sources: (e.sources || []).map(s => s.node ? s.node.nodeName : '?') }); }).observe({ type: 'layout-shift', buffered: true });
        """;

    [Fact]
    public async Task an_entry_with_photos_transfers_at_most_300_kb_of_images_to_a_375_px_phone_and_nothing_shifts()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        await context.AddInitScriptAsync(ShiftObserver);
        var page = await context.NewPageAsync();
        var images = new List<IResponse>();
        page.Response += (_, response) => { if (response.Request.ResourceType == "image") lock (images) images.Add(response); };

        await page.GotoAsync(new Uri(site.Main.Address, Entry).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        // Down the whole page, so every lazy photo loads.
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        for (var y = 0; y <= height; y += 400)
        {
            await page.EvaluateAsync($"window.scrollTo(0, {y})");
            await page.WaitForTimeoutAsync(50);
        }
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        List<IResponse> loaded;
        lock (images) loaded = [.. images];
        var photos = loaded.Where(r => r.Url.Contains("/media/", StringComparison.Ordinal)).ToList();
        // The entry's two photos and the poster of the video about it (its card under "Videa").
        Assert.Equal(3, photos.Count);
        var poster = Assert.Single(photos, r => r.Url.Contains("/media/krizanov-zahrada-klip", StringComparison.Ordinal));
        // Chromium picks the AVIF source at the width the 375 px column needs: the entry's photos' 480 px, the card's 400 px thumbnail.
        Assert.All(photos.Where(r => r != poster), r => Assert.EndsWith("-480.avif", r.Url, StringComparison.Ordinal));
        Assert.EndsWith(".avif", poster.Url, StringComparison.Ordinal);
        long total = 0;
        foreach (var response in loaded) total += (await response.BodyAsync()).Length;
        Assert.True(total <= ImageBudgetBytes, $"images weigh {total} bytes; the budget is {ImageBudgetBytes}: {string.Join(", ", loaded.Select(r => r.Url))}");

        var shifts = await page.EvaluateAsync<Shift[]>("window.__shifts");
        Assert.True(shifts.Sum(s => s.Value) == 0, "layout shifts: " + string.Join("; ", shifts.Select(s => $"{s.Value} from {string.Join(",", s.Sources)}")));
    }

    [Fact]
    public async Task the_first_photo_loads_at_once_the_others_lazily_and_each_has_its_box_before_it_loads()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        // The photos held back: what is measured is the space the page reserves before they arrive.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/media/**", async route => { await release.Task; await route.ContinueAsync(); });
        await page.GotoAsync(new Uri(site.Main.Address, Entry).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.False(await page.EvaluateAsync<bool>("[...document.querySelectorAll('.prose picture img')].some(i => i.complete && i.naturalWidth > 0)"));
        var loading = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.prose picture img')].map(i => i.loading)");
        Assert.Equal(["auto", "lazy"], loading);
        // The width and height attributes give the aspect ratio: 4:3 of the column's width.
        var boxes = await page.EvaluateAsync<double[][]>("[...document.querySelectorAll('.prose picture img')].map(i => [i.getBoundingClientRect().width, i.getBoundingClientRect().height])");
        release.SetResult();
        Assert.All(boxes, b => Assert.InRange(b[1], b[0] * 0.74, b[0] * 0.76));
    }

    public sealed record Shift(double Value, bool Input, string[] Sources);
}
