using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>Every page works without JavaScript, and with it on, the strict CSP blocks nothing the theme needs.</summary>
[Collection(nameof(BrowserFixture))]
public sealed class NoScriptTests(BrowserFixture site)
{
    [Fact]
    public async Task without_javascript_the_search_page_says_so_and_links_to_the_browse_pages()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(PageTypes.Url(site, "search").AbsoluteUri);
        Assert.Contains("Vyhledávání potřebuje JavaScript", await page.Locator("main").InnerTextAsync());
        Assert.True(await page.Locator("main a[href='/temata/']").IsVisibleAsync());
    }

    [Fact]
    public async Task every_page_shows_its_content_with_javascript_disabled()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        foreach (var (name, _, _) in PageTypes.All)
        {
            await page.GotoAsync(PageTypes.Url(site, name).AbsoluteUri);
            Assert.True(await page.Locator("main h1").IsVisibleAsync(), name);
            Assert.True(await page.Locator("nav a").First.IsVisibleAsync(), name);
        }
    }

    [Fact]
    public async Task the_content_security_policy_blocks_nothing_and_no_page_logs_an_error()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        foreach (var (name, _, _) in PageTypes.All)
        {
            await page.GotoAsync(PageTypes.Url(site, name).AbsoluteUri);
            // A 404 page logs its own status; that is the one expected message.
            problems.RemoveAll(p => name == "not-found" && p.Contains("404"));
            Assert.True(problems.Count == 0, $"{name}: {string.Join("; ", problems)}");
        }
    }
}
