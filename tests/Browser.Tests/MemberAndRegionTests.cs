using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>The line that says who did a practice and where: a region that is itself the member is named once.</summary>
[Collection(nameof(BrowserFixture))]
public sealed class MemberAndRegionTests(BrowserFixture site)
{
    private const string Lines = ".card-meta, .practice-byline";

    private async Task<IPage> Open(string path, SiteServer? server = null)
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri((server ?? site.Main).Address, path).AbsoluteUri);
        if (path.StartsWith("hledat/", StringComparison.Ordinal))
            await page.WaitForFunctionAsync("() => /Nalezeno|Celý katalog/.test(document.getElementById('search-status').textContent)");
        return page;
    }

    [Theory]
    [InlineData("clenove/jihomoravsky-kraj/", ".card-meta", "Jihomoravský kraj · od roku 2011")]
    [InlineData("clenove/kraj-vysocina/", ".card-meta", "Kraj Vysočina · od roku")]
    [InlineData("temata/zdravi/", ".card-meta", "Jihomoravský kraj · od roku 2011")]
    [InlineData("praxe/jihomoravsky-kraj-zdrave-skolni-stravovani/", ".practice-byline", "Jihomoravský kraj · zveřejněno")]
    [InlineData("hledat/?q=%C5%A1koln%C3%AD%20stravov%C3%A1n%C3%AD", ".search-result .card-meta", "Jihomoravský kraj · od roku 2011 · Zdraví")]
    public async Task a_region_that_is_the_member_is_named_once(string path, string selector, string expected)
    {
        var page = await Open(path);
        var lines = await page.Locator(selector).AllTextContentsAsync();
        Assert.Contains(lines, line => line.Trim().StartsWith(expected, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("clenove/boskovice/", ".card-meta", "Boskovice · Jihomoravský kraj · od roku")]
    [InlineData("hledat/?q=boskovice", ".search-result .card-meta", "Boskovice · Jihomoravský kraj · od roku")]
    public async Task a_town_is_named_with_its_region(string path, string selector, string expected)
    {
        var page = await Open(path);
        var lines = await page.Locator(selector).AllTextContentsAsync();
        Assert.Contains(lines, line => line.Trim().StartsWith(expected, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, bool> PagesWithEntries()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (_, path, microsite) in PageTypes.All)
            if (!microsite) data.Add(path, false);
        foreach (var path in new[] { "hledat/?q=", "clenove/jihomoravsky-kraj/", "kraje/vysocina/", "praxe/jihomoravsky-kraj-zdrave-skolni-stravovani/" })
            data.Add(path, false);
        foreach (var path in new[] { "hledat/?q=zdravi", "temata/zdravi/", "praxe/vzorova-praxe-01/" })
            data.Add(path, true);
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesWithEntries))]
    public async Task no_line_about_an_entry_repeats_a_part(string path, bool large)
    {
        var page = await Open(path, large ? site.Large : null);
        foreach (var line in await page.Locator(Lines).AllTextContentsAsync())
        {
            var parts = line.Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Assert.True(parts.Length == parts.Distinct().Count(), $"{path}: “{line.Trim()}” repeats a part");
        }
        await page.Context.CloseAsync();
    }
}
