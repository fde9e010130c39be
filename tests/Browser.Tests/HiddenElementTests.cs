using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// What the page or its scripts mark hidden is hidden: a stylesheet rule that sets display on a class
/// (.button, a grid) outranks the browser's own [hidden] rule unless the theme says otherwise.
/// </summary>
[Collection(nameof(BrowserFixture))]
public sealed class HiddenElementTests(BrowserFixture site)
{
    private const string ShownThoughHidden =
        "() => [...document.querySelectorAll('[hidden]')].filter(e => getComputedStyle(e).display !== 'none').map(e => e.outerHTML.slice(0, 120))";

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task no_element_marked_hidden_is_shown(string name)
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(PageTypes.Url(site, name).AbsoluteUri);
        if (name == "search")
            await page.WaitForFunctionAsync("() => /Nalezeno/.test(document.getElementById('search-status').textContent)");
        var shown = await page.EvaluateAsync<string[]>(ShownThoughHidden);
        Assert.True(shown.Length == 0, $"{name}: shown although hidden:\n{string.Join("\n", shown)}");
    }

    [Fact]
    public async Task no_element_marked_hidden_is_shown_on_a_search_with_more_than_one_batch()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Large.Address, "hledat/?q=").AbsoluteUri);
        await page.WaitForFunctionAsync("() => /Celý katalog/.test(document.getElementById('search-status').textContent)");
        Assert.Empty(await page.EvaluateAsync<string[]>(ShownThoughHidden));
        var more = page.Locator(".search-more");
        // Each batch is waited for (the list is busy until it is shown): a click while the last one loads would
        // find the button gone with the final batch.
        for (var i = 0; i < 5 && await more.IsVisibleAsync(); i++)
        {
            await more.ClickAsync();
            await page.WaitForFunctionAsync("() => !document.getElementById('search-results').hasAttribute('aria-busy')");
        }
        Assert.Empty(await page.EvaluateAsync<string[]>(ShownThoughHidden));
    }
}
