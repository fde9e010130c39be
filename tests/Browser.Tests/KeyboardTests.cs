using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>Keyboard use: the skip link, visible focus, a menu reachable without a mouse.</summary>
[Collection(nameof(BrowserFixture))]
public sealed class KeyboardTests(BrowserFixture site)
{
    private async Task<IPage> Open(string name, int width = 1280)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(PageTypes.Url(site, name).AbsoluteUri);
        return page;
    }

    [Theory]
    [InlineData("home")]
    [InlineData("entry")]
    [InlineData("microsite-program")]
    public async Task the_first_tab_reaches_a_visible_skip_link_that_moves_focus_to_the_content(string name)
    {
        var page = await Open(name);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Přejít na obsah", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is not null && box.Y >= 0, "the focused skip link is not on screen");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("obsah", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task focus_is_visible_and_the_menu_is_reachable_in_order()
    {
        var page = await Open("home", 375);
        var reached = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
            var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
            Assert.NotEqual("none", outline);
        }
        Assert.Equal("Přejít na obsah", reached[0]);
        Assert.Contains("Katalog", reached);
        Assert.True(reached.IndexOf("Katalog") < reached.IndexOf("Akce"), string.Join(", ", reached));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task reduced_motion_turns_transitions_off_and_entries_print_without_navigation()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        var page = await context.NewPageAsync();
        await page.GotoAsync(PageTypes.Url(site, "entry").AbsoluteUri);
        Assert.Equal("0s", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.card, a')).transitionDuration"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).display"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.facts')).display"));
        await context.CloseAsync();
    }
}
