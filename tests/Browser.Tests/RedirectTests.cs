using System.Text.Json;
using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// Old addresses in a browser, on the bundled site served as a static host serves it: an entry's alias and the old catalogue's
/// address form (redirects: in site.yml) lead to the page, and the page at an old address passes axe for a reader who stays on it.
/// </summary>
[Collection(nameof(BrowserFixture))]
public sealed class RedirectTests(BrowserFixture site)
{
    [Theory]
    // content/practices/kromeriz-cyklostezky.md: aliases: [/praxe/cyklostezky-kromeriz/]
    [InlineData("praxe/cyklostezky-kromeriz/", "praxe/kromeriz-cyklostezky/", "Síť cyklostezek v Kroměříži a okolí")]
    // The old catalogue's form, as newsletters link it (no '/' at the end): redirects: in content/site.yml.
    [InlineData("cz/priklady-dobre-praxe/litomerice-participativni-rozpocet", "praxe/litomerice-participativni-rozpocet/", "Participativní rozpočet „Nápady pro Litoměřice“")]
    [InlineData("cz/priklady-dobre-praxe/", "praxe/", "Katalog dobré praxe")]
    public async Task an_old_address_leads_to_its_page(string old, string now, string heading)
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var target = new Uri(site.Main.Address, now).AbsoluteUri;
        // Waiting starts before the first request: the page at the old address may lead on before the first load is reported.
        var arrived = page.WaitForURLAsync(target);
        await page.GotoAsync(new Uri(site.Main.Address, old).AbsoluteUri);
        await arrived;
        Assert.Equal(heading, (await page.Locator("h1").TextContentAsync())?.Trim());
        // The browser's history has the page, not the address it left at once.
        Assert.Equal(target, page.Url);
    }

    [Fact]
    public async Task the_page_at_an_old_address_has_no_axe_violations_for_a_reader_who_stays()
    {
        // axe is injected as a script, which the page's policy (rightly) forbids: this context bypasses it.
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        // The page as the host serves it, less its refresh: what a reader whose browser does not follow one sees (and what
        // anyone sees for a moment).
        await page.RouteAsync("**/praxe/cyklostezky-kromeriz/", async route =>
        {
            var response = await route.FetchAsync();
            var html = await response.TextAsync();
            Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/praxe/kromeriz-cyklostezky/\">\n", html);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html.Replace("<meta http-equiv=\"refresh\" content=\"0; url=/praxe/kromeriz-cyklostezky/\">\n", "") });
        });
        await page.GotoAsync(new Uri(site.Main.Address, "praxe/cyklostezky-kromeriz/").AbsoluteUri);
        Assert.Equal("Stránka má novou adresu", (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Equal("Síť cyklostezek v Kroměříži a okolí", (await page.Locator("main a").TextContentAsync())?.Trim());
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AccessibilityTests.Axe.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        Assert.True(violations.GetArrayLength() == 0, string.Join("\n", violations.EnumerateArray().Select(v => v.GetString())));
        // The link is the way on: it is the main content's only one.
        await page.Locator("main a").ClickAsync();
        await page.WaitForURLAsync(new Uri(site.Main.Address, "praxe/kromeriz-cyklostezky/").AbsoluteUri);
    }
}
