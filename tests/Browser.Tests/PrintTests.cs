using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>An entry printed from Chromium: the print stylesheet applies, and the "Vytisknout" button (script only) prints.</summary>
[Collection(nameof(BrowserFixture))]
public sealed class PrintTests(BrowserFixture site)
{
    private const string Entry = "praxe/praha-12-revitalizace-namesti/";

    [Fact]
    public async Task in_print_the_entry_keeps_its_facts_and_loses_navigation_and_search()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1600 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Main.Address, Entry).AbsoluteUri);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        async Task<string> Display(string selector) => await page.EvalOnSelectorAsync<string>(selector, "e => getComputedStyle(e).display");
        Assert.Equal("none", await Display(".site-header"));
        Assert.Equal("none", await Display(".site-footer"));
        Assert.Equal("none", await Display(".print-action"));
        Assert.NotEqual("none", await Display(".facts"));
        var after = await page.EvalOnSelectorAsync<string>(".prose a[href^='/']", "e => getComputedStyle(e, '::after').content");
        Assert.Contains("/praxe/", after);
        Directory.CreateDirectory(Path.Combine(BrowserFixture.RepositoryRoot, "tests/Browser.Tests/screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.RepositoryRoot, "tests/Browser.Tests/screenshots/entry-print.png"), FullPage = true });
        await context.CloseAsync();
    }

    [Fact]
    public async Task the_print_button_appears_with_script_and_opens_the_print_dialog()
    {
        var context = await site.Browser.NewContextAsync();
        await context.AddInitScriptAsync("window.__printed = 0; window.print = () => { window.__printed++; };");
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Main.Address, Entry).AbsoluteUri);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Vytisknout" });
        await button.ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("window.__printed"));
        await context.CloseAsync();

        var noScript = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var plain = await noScript.NewPageAsync();
        await plain.GotoAsync(new Uri(site.Main.Address, Entry).AbsoluteUri);
        Assert.False(await plain.Locator("#vytisknout").IsVisibleAsync());
        await noScript.CloseAsync();
    }
}
