using System.Net;
using System.Net.Sockets;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Serve;
using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>The preview server's error overlay as an editor sees it: shown, styled under the pages' CSP, and gone after the fix.</summary>
[Collection(nameof(BrowserFixture))]
public sealed class ServeOverlayTests(BrowserFixture site)
{
    [Fact]
    public async Task broken_content_shows_the_overlay_over_the_page_and_a_fix_takes_it_away()
    {
        var root = Path.Combine(Path.GetTempPath(), "dobrapraxe-browser", "serve-" + Guid.NewGuid().ToString("N"));
        LargeCatalogue.CopySample(root);
        const string entry = "content/practices/litomerice-participativni-rozpocet.md";
        var path = Path.Combine(root, entry);
        var original = await File.ReadAllTextAsync(path);
        var options = new BuildOptions { SourceDirectory = root, OutputDirectory = Path.Combine(root, "site-output") };
        var server = new PreviewServer(options, BrowserFixture.Now, new StringWriter());
        try
        {
            await server.StartAsync(FreePort());
            await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(server.Address, "praxe/litomerice-participativni-rozpocet/").AbsoluteUri);
            await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
            // The live-reload script subscribes to the server's events; give it a moment to connect.
            await Task.Delay(500);

            await File.WriteAllTextAsync(path, original.Replace("member: litomerice", "member: litomericee"));
            var overlay = page.Locator("#dobrapraxe-overlay");
            await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15_000 });
            Assert.Contains("litomericee", await overlay.TextContentAsync());
            // Its styles are set through the CSSOM, which the CSP (style-src 'self') allows: fixed at the bottom, dark.
            Assert.Equal("fixed", await overlay.EvaluateAsync<string>("e => getComputedStyle(e).position"));
            Assert.Equal("rgb(43, 11, 11)", await overlay.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
            Directory.CreateDirectory(AccessibilityTests.Screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AccessibilityTests.Screenshots, "serve-overlay-375.png") });

            await File.WriteAllTextAsync(path, original);
            await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        }
        finally
        {
            await server.DisposeAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
