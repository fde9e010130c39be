using DobraPraxe.Generator.Localization;
using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>The search page in a real browser: Czech queries as people type them, facets, and the state in the URL.</summary>
[Collection(nameof(BrowserFixture))]
public sealed class SearchTests(BrowserFixture site)
{
    private async Task<IPage> Search(string query, SiteServer? server = null)
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri((server ?? site.Main).Address, "hledat/?q=" + Uri.EscapeDataString(query)).AbsoluteUri);
        await WaitForResults(page);
        return page;
    }

    // The page keeps its state with history.replaceState: wait on location.search itself rather than on navigation events.
    // Results may need a shard or chunks from the network: wait until the list is no longer busy as well.
    private static Task WaitForQuery(IPage page, string pattern) =>
        page.WaitForFunctionAsync("p => new RegExp(p).test(decodeURIComponent(location.search)) && !document.getElementById('search-results').hasAttribute('aria-busy')", pattern);

    private static Task WaitForResults(IPage page) =>
        page.WaitForFunctionAsync("() => /Nalezeno|Nic nenalezeno|Celý katalog/.test(document.getElementById('search-status').textContent)");

    private static async Task<string[]> ResultUrls(IPage page) =>
        [.. await page.Locator(".search-result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];

    [Theory]
    [InlineData("cyklostezky", "/praxe/kromeriz-cyklostezky/")]
    [InlineData("cyklostezka", "/praxe/kromeriz-cyklostezky/")]
    [InlineData("mobilitou", "/praxe/koprivnice-plan-udrzitelne-mobility/")]
    [InlineData("udrzitelne mobility", "/praxe/koprivnice-plan-udrzitelne-mobility/")]
    [InlineData("participativní rozpočet", "/praxe/litomerice-participativni-rozpocet/")]
    [InlineData("participativni rozpocet", "/praxe/litomerice-participativni-rozpocet/")]
    [InlineData("zdravotní plán", "/praxe/kraj-vysocina-zdravotni-plan/")]
    [InlineData("zdravotni planu", "/praxe/kraj-vysocina-zdravotni-plan/")]
    [InlineData("Kopřivnice", "/praxe/koprivnice-pedibus/")]
    [InlineData("koprivnice", "/praxe/koprivnice-plan-udrzitelne-mobility/")]
    [InlineData("kompostování", "/praxe/pisek-komunitni-kompostovani/")]
    [InlineData("kompostovani", "/praxe/pisek-komunitni-kompostovani/")]
    public async Task queries_with_or_without_diacritics_and_in_any_case_find_the_entry_in_the_first_three(string query, string expected)
    {
        var page = await Search(query);
        var urls = await ResultUrls(page);
        Assert.Contains(expected, urls.Take(3));
        Assert.NotEmpty(await page.Locator(".search-result mark").AllAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The messages are the site's words, read from the page's JSON block (a data block, so the Content-Security-Policy,
    /// which forbids inline script, holds and reports nothing); the form of a count is Intl.PluralRules', the same
    /// category the generator's table gives.
    /// </summary>
    [Fact]
    public async Task the_status_speaks_the_page_s_words_in_the_form_its_count_takes()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.GotoAsync(new Uri(site.Main.Address, "hledat/?q=" + Uri.EscapeDataString("zdraví")).AbsoluteUri);
        await WaitForResults(page);
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));

        using var words = System.Text.Json.JsonDocument.Parse(await page.Locator("#hledani-slova").TextContentAsync() ?? "");
        var status = await page.Locator("#search-status").TextContentAsync() ?? "";
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(status, @"(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var form = LanguageRules.Czech.PluralOf(count).Name();
        Assert.Equal(words.RootElement.GetProperty("words").GetProperty("found").GetProperty(form).GetString()!.Replace("{count}", count.ToString(System.Globalization.CultureInfo.InvariantCulture)), status);

        decimal[] numbers = [0, 1, 2, 3, 4, 5, 11, 21, 22, 101, 0.5m, 1.5m];
        var chosen = await page.EvaluateAsync<string[]>("ns => ns.map(n => new Intl.PluralRules('cs').select(n))", numbers.Select(n => (double)n).ToArray());
        Assert.Equal(numbers.Select(n => LanguageRules.Czech.PluralOf(n).Name()), chosen);
        await context.CloseAsync();
    }

    [Fact]
    public async Task nonsense_finds_nothing_and_says_so()
    {
        var page = await Search("xqzvwk");
        Assert.Empty(await ResultUrls(page));
        Assert.Contains("Nic nenalezeno", await page.Locator("#search-status").TextContentAsync());
        Assert.Equal("polite", await page.Locator("#search-status").GetAttributeAsync("aria-live"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task facets_filter_the_results_update_their_counts_and_go_into_the_url()
    {
        var page = await Search("");
        var all = (await ResultUrls(page)).Length;
        Assert.True(all >= 20);

        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Kraj Vysočina \\(")).CheckAsync();
        await WaitForQuery(page, "kraj=vysocina");
        var filtered = await page.Locator(".search-result .card-meta").AllTextContentsAsync();
        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all);
        Assert.All(filtered, meta => Assert.Contains("Kraj Vysočina", meta));
        Assert.Contains($"Nalezeno {filtered.Count} ", await page.Locator("#search-status").TextContentAsync());

        await page.Locator("#q").FillAsync("zdraví");
        await WaitForQuery(page, "q=zdrav.*kraj=vysocina");
        var both = await page.Locator(".search-result .card-meta").AllTextContentsAsync();
        Assert.All(both, meta => Assert.Contains("Kraj Vysočina", meta));

        // The URL alone restores the search: it can be shared.
        var shared = await page.Context.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await shared.WaitForFunctionAsync("() => /Nalezeno/.test(document.getElementById('search-status').textContent)");
        Assert.Equal(await ResultUrls(page), await ResultUrls(shared));
        Assert.True(await shared.GetByLabel(new System.Text.RegularExpressions.Regex("^Kraj Vysočina \\(")).IsCheckedAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task a_facet_declared_in_site_yml_only_filters_results_and_goes_into_the_url()
    {
        var page = await Search("", site.Extended);
        Assert.Equal(3, (await ResultUrls(page)).Length);
        Assert.Equal(["Téma", "Kraj", "Typ člena", "Rok zahájení", "Druh záznamu", "Cílové skupiny", "Stav"], await page.Locator("#filtry legend").AllTextContentsAsync());
        await page.GetByLabel("Senioři (1)").CheckAsync();
        await WaitForQuery(page, "cilove-skupiny=seniori");
        Assert.Equal(["/praxe/jihlava-pesi-zona/"], await ResultUrls(page));
        // A group's own counts ignore its own choice (values of one group are alternatives): families stay at 2.
        Assert.True(await page.GetByLabel("Rodiny s dětmi (2)").IsVisibleAsync());
        Assert.True(await page.GetByLabel("Senioři (1)").IsCheckedAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task a_kind_declared_in_site_yml_only_is_found_and_is_a_value_of_the_kind_facet()
    {
        var page = await Search("", site.Kinds);
        await page.GetByLabel("Publikace (2)").CheckAsync();
        await WaitForQuery(page, "druh=publikace");
        Assert.Equal(["/publikace/pruvodce-cyklodopravou/", "/publikace/zdrave-skoly/"], (await ResultUrls(page)).Order(StringComparer.Ordinal));
        await page.Context.CloseAsync();

        var words = await Search("sborník", site.Kinds);
        Assert.Equal("/publikace/zdrave-skoly/", (await ResultUrls(words))[0]);
        await words.Context.CloseAsync();
    }

    [Fact]
    public async Task search_finds_stripky_and_filters_by_kind_and_by_the_proverenno_stamp()
    {
        var page = await Search("");
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Střípek \\(")).CheckAsync();
        await WaitForQuery(page, "druh=stripek");
        var snippets = await ResultUrls(page);
        Assert.Equal(3, snippets.Length);
        Assert.All(snippets, url => Assert.Contains("stripek", url));
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Střípek \\(")).UncheckAsync();
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^prověřeno na akci sítě \\(")).CheckAsync();
        await WaitForQuery(page, "provereno=ano");
        Assert.Contains("/praxe/litomerice-participativni-rozpocet/", await ResultUrls(page));
        Assert.Equal(4, (await ResultUrls(page)).Length);
        await page.Context.CloseAsync();

        var words = await Search("výměník hraček");
        Assert.Equal("/praxe/hlinsko-stripek-vymenik-hracek/", (await ResultUrls(words))[0]);
        await words.Context.CloseAsync();
    }

    [Fact]
    public async Task search_filters_by_nejpraxe_contest_year()
    {
        var page = await Search("");
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^NEJpraxe 2024 \\(5\\)")).CheckAsync();
        await WaitForQuery(page, "nejpraxe=2024");
        var urls = await ResultUrls(page);
        Assert.Equal(5, urls.Length);
        Assert.Contains("/praxe/opava-hospodareni-s-destovou-vodou/", urls);
        Assert.Contains("/praxe/pisek-komunitni-kompostovani/", urls);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task the_header_search_box_leads_to_the_search_page_with_the_query()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Main.Address.AbsoluteUri);
        await page.Locator("#hledat-v-hlavicce").FillAsync("pedibus");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => /Nalezeno/.test(document.getElementById('search-status')?.textContent || '')");
        Assert.Contains("/praxe/koprivnice-pedibus/", await ResultUrls(page));
        await context.CloseAsync();
    }

    [Fact]
    public async Task the_more_button_is_absent_while_the_index_loads_and_when_every_hit_is_shown()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        // Hold the query's term shard back, so the page is seen in its loading state (the manifest comes as a script before the page's own).
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/search/terms/**", async route => { await release.Task; await route.ContinueAsync(); });
        await page.GotoAsync(new Uri(site.Main.Address, "hledat/?q=zdravi").AbsoluteUri);
        await page.WaitForFunctionAsync("() => /Načítám/.test(document.getElementById('search-status').textContent)");
        Assert.False(await page.Locator(".search-more").IsVisibleAsync(), "the more button shows while the index is loading");

        release.SetResult();
        await WaitForResults(page);
        var hits = (await ResultUrls(page)).Length;
        Assert.InRange(hits, 1, 50);
        Assert.Contains($"Nalezeno {hits} ", await page.Locator("#search-status").TextContentAsync());
        Assert.False(await page.Locator(".search-more").IsVisibleAsync(), $"the more button shows under all {hits} results");
        await context.CloseAsync();
    }

    [Fact]
    public async Task more_than_fifty_hits_show_fifty_and_a_button_that_shows_the_rest_then_goes()
    {
        var page = await Search("zdravi", site.Large);
        var status = await page.Locator("#search-status").TextContentAsync() ?? "";
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(status, @"Nalezeno (\d+) ").Groups[1].Value);
        Assert.True(total > 50, status);
        Assert.Equal(50, (await ResultUrls(page)).Length);
        var more = page.GetByRole(AriaRole.Button, new() { Name = "Zobrazit další výsledky" });
        Assert.True(await more.IsVisibleAsync());

        await more.ClickAsync();
        // The next batch's document chunks may still be on their way: wait for them, then count.
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.search-result').length === n", Math.Min(total, 100));
        Assert.Equal(Math.Min(total, 100), (await ResultUrls(page)).Length);
        // Keyboard users go on reading where the new results begin.
        Assert.Equal((await ResultUrls(page))[50], await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        if (total > 100) await more.ClickAsync();
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.search-result').length === n", total);
        Assert.Equal(total, (await ResultUrls(page)).Length);
        Assert.False(await more.IsVisibleAsync(), "the more button stays after every hit is shown");
        await page.Context.CloseAsync();
    }
}
