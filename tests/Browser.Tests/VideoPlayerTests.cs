using System.Text.Json;
using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// A page with a video on YouTube or Vimeo asks before it loads anything of the host: every request and every storage
/// write of the page is recorded; before the press everything goes to the site's own origin and nothing is stored, after
/// it the only new origin is the player's (answered here by a stand-in, so no network is needed) and still nothing is
/// stored. Without JavaScript the poster is a link to the video on its host. Screenshots go to /tmp/shots-videos/.
/// </summary>
[Collection(nameof(BrowserFixture))]
public sealed class VideoPlayerTests(BrowserFixture site)
{
    public const string Shots = "/tmp/shots-videos";

    /// <summary>
    /// Wraps every way a page stores something on the reader's device (local and session storage, cookies, IndexedDB,
    /// the Cache API, a service worker), in every frame, and records each call in the top window's list.
    /// </summary>
    private const string StorageSpy = """
        (() => {
          const log = (what) => { try { (window.top.__writes = window.top.__writes || []).push(location.origin + ' ' + what); } catch (e) { (window.__writes = window.__writes || []).push(location.origin + ' ' + what); } };
          for (const name of ['setItem', 'removeItem', 'clear']) {
            const original = Storage.prototype[name];
            Storage.prototype[name] = function (...args) { log((this === window.sessionStorage ? 'sessionStorage.' : 'localStorage.') + name + ' ' + args[0]); return original.apply(this, args); };
          }
          const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
          Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get() { return cookie.get.call(this); }, set(v) { log('cookie ' + v); cookie.set.call(this, v); } });
          const open = IDBFactory.prototype.open;
          IDBFactory.prototype.open = function (...args) { log('indexedDB.open ' + args[0]); return open.apply(this, args); };
          if (window.caches) { const cacheOpen = CacheStorage.prototype.open; CacheStorage.prototype.open = function (...args) { log('caches.open ' + args[0]); return cacheOpen.apply(this, args); }; }
          if (navigator.serviceWorker) { const register = ServiceWorkerContainer.prototype.register; ServiceWorkerContainer.prototype.register = function (...args) { log('serviceWorker.register ' + args[0]); return register.apply(this, args); }; }
        })();
        """;

    private static string OriginOf(string url) => new Uri(url).GetLeftPart(UriPartial.Authority);

    public static TheoryData<string, string, string, string> Hosts() => new()
    {
        { "videa/litomerice-napady-pro-litomerice/", "https://www.youtube-nocookie.com", "https://www.youtube-nocookie.com/embed/p7Kq2ZtR4mE?autoplay=1", "YouTube" },
        { "videa/pisek-kompostarna/", "https://player.vimeo.com", "https://player.vimeo.com/video/148751763?dnt=1&autoplay=1", "Vimea" },
    };

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task nothing_goes_to_the_host_and_nothing_is_stored_until_the_reader_presses_play_and_then_only_the_player_s_origin_is_added(
        string path, string player, string embed, string from)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "cs-CZ" });
        await context.AddInitScriptAsync(StorageSpy);
        var requests = new List<string>();
        context.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        // The player's origin answers with a stand-in page; anything else outside the site is refused (and recorded above).
        await context.RouteAsync(player + "/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "text/html; charset=utf-8", Body = "<!DOCTYPE html><html lang=\"cs\"><title>Přehrávač</title><p>Přehrávač</p></html>",
        }));
        await context.RouteAsync(url => !url.StartsWith(site.Main.Address.AbsoluteUri, StringComparison.Ordinal) && !url.StartsWith(player, StringComparison.Ordinal),
            route => route.AbortAsync());
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        await page.GotoAsync(new Uri(site.Main.Address, path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var own = OriginOf(site.Main.Address.AbsoluteUri);

        // The button's accessible name says where the video loads from and which video it is.
        var title = await page.Locator("main h1").InnerTextAsync();
        var button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Přehrát video – načte se z {from}: {title}", Exact = true });
        await button.WaitForAsync();
        lock (requests) Assert.All(requests, url => Assert.Equal(own, OriginOf(url)));
        Assert.Empty(await Writes(page));
        Assert.Empty(await context.CookiesAsync());
        Assert.Equal(0, await page.Locator("iframe").CountAsync());
        Directory.CreateDirectory(Shots);
        var name = path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
        await page.Locator("figure.video").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Shots, $"{name}-before-1280.png") });

        // The keyboard presses it: focus on the button, Enter.
        await button.FocusAsync();
        await page.Locator("figure.video").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Shots, $"{name}-focused-1280.png") });
        await page.Keyboard.PressAsync("Enter");
        var frame = page.Locator("figure.video iframe");
        await frame.WaitForAsync();
        Assert.Equal(embed, await frame.GetAttributeAsync("src"));
        Assert.Equal(title, await frame.GetAttributeAsync("title"));
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.tagName === 'IFRAME'");
        // The stand-in player has loaded in the frame.
        await page.FrameLocator("figure.video iframe").Locator("p").WaitForAsync();
        string[] origins;
        lock (requests) origins = [.. requests.Select(OriginOf).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(new[] { own, player }.Order(StringComparer.Ordinal), origins);
        lock (requests) Assert.Contains(embed, requests);
        Assert.Empty(await Writes(page));
        Assert.Empty(await context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("async () => (await indexedDB.databases()).length"));
        Assert.True(problems.Count == 0, string.Join("; ", problems));
        await page.Locator("figure.video").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Shots, $"{name}-after-1280.png") });
    }

    private static async Task<string[]> Writes(IPage page) =>
        (await page.EvaluateAsync<JsonElement>("() => window.__writes || []")).EnumerateArray().Select(w => w.GetString()!).ToArray();

    [Fact]
    public async Task without_javascript_the_page_works_and_the_poster_links_to_the_video_on_its_host()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var requests = new List<string>();
        context.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        await context.RouteAsync("https://www.youtube.com/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "text/html; charset=utf-8", Body = "<!DOCTYPE html><title>YouTube</title>",
        }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Main.Address, "videa/litomerice-napady-pro-litomerice/").AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        Assert.True(await page.Locator("main .video-transcript").IsVisibleAsync());
        var link = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Přehrát video – načte se z YouTube: Jak vznikají Nápady pro Litoměřice", Exact = true });
        Assert.True(await link.IsVisibleAsync());
        Assert.Equal("https://www.youtube.com/watch?v=p7Kq2ZtR4mE", await link.GetAttributeAsync("href"));
        lock (requests) Assert.All(requests, url => Assert.Equal(OriginOf(site.Main.Address.AbsoluteUri), OriginOf(url)));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Directory.CreateDirectory(Shots).FullName, "video-nojs-1280.png") });
        await link.ClickAsync();
        await page.WaitForURLAsync("https://www.youtube.com/watch?v=p7Kq2ZtR4mE");
    }

    [Fact]
    public async Task a_self_hosted_video_loads_neither_the_video_nor_its_captions_before_it_is_played()
    {
        await using var context = await site.Browser.NewContextAsync();
        var requests = new List<string>();
        context.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Main.Address, "videa/krizanov-zahrada-za-minutu/").AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        lock (requests)
        {
            Assert.All(requests, url => Assert.Equal(OriginOf(site.Main.Address.AbsoluteUri), OriginOf(url)));
            Assert.DoesNotContain(requests, url => url.EndsWith(".webm", StringComparison.Ordinal) || url.EndsWith(".vtt", StringComparison.Ordinal));
        }
        Assert.False(await page.Locator("main video").EvaluateAsync<bool>("v => v.autoplay"));
        Assert.Equal(1, await page.Locator("main video track[kind=captions][srclang=cs]").CountAsync());
    }

    public static TheoryData<string, int> ShotsAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "videa/", "videa/litomerice-napady-pro-litomerice/", "videa/krizanov-zahrada-za-minutu/", "praxe/litomerice-participativni-rozpocet/", "praxe/boskovice-festival-bez-odpadu/" })
            foreach (var width in new[] { 1280, 375 }) data.Add(path, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(ShotsAndWidths))]
    public async Task screenshots_of_the_video_pages_at_desktop_and_phone_width(string path, int width)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Main.Address, path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var name = path.Trim('/').Replace('/', '-');
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"{name}-{width}.png"), FullPage = true });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} at {width}px scrolls sideways by {overflow}px");
    }
}
