using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// The bundled site's English pages (/en/, issue 30) in a real browser: axe at desktop and phone width, every language
/// switch of every page leading to a page that exists, and the English search (stock lunr's English pipeline) finding
/// a translated entry by an inflected word and an untranslated one by its English title.
/// </summary>
[Collection(nameof(BrowserFixture))]
public sealed partial class EnglishSiteTests(BrowserFixture site)
{
    /// <summary>The address the bundled site is built for: cross-language links are absolute (the other language is another site).</summary>
    private const string Production = "https://www.dobrapraxe.cz/";

    /// <summary>
    /// One English page of every type the English sites have: each page type of the Czech catalogue that has an English
    /// counterpart (an untranslated entry's page has none), and the pages of a microsite in English too (the 'english'
    /// fixture's konference-b, marked "fixture:").
    /// </summary>
    public static readonly string[] Pages =
    [
        "en/", "en/praxe/", "en/praxe/strana/2/", "en/praxe/kromeriz-cyklostezky/", "en/praxe/krizanov-komunitni-zahrada/", "en/nejpraxe/", "en/nejpraxe/2024/",
        "en/temata/", "en/temata/zdravi/", "en/kraje/", "en/kraje/vysocina/", "en/clenove/", "en/clenove/litomerice/", "en/cile/", "en/cile/11/", "en/roky/",
        "en/roky/2014/", "en/stitky/", "en/stitky/participace/", "en/ocenene/", "en/akce/", "en/akce/skola-zdravych-mest-podzim-2024/", "en/videa/",
        "en/hledat/?q=cycling", "en/accessibility-statement/", "en/data/", "en/404.html",
        "fixture:konference-b/en/", "fixture:konference-b/en/program/", "fixture:konference-b/en/recnici/", "fixture:konference-b/en/accessibility-statement/",
    ];

    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in Pages)
            foreach (var width in new[] { 1280, 375 }) data.Add(page, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task english_pages_have_no_axe_violations_and_no_horizontal_scrolling(string path, int width)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 }, BypassCSP = true, Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        var (server, address) = path.StartsWith("fixture:", StringComparison.Ordinal) ? (site.English, path["fixture:".Length..]) : (site.Main, path);
        var response = await page.GotoAsync(new Uri(server.Address, address).AbsoluteUri);
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        if (path.Contains("hledat", StringComparison.Ordinal)) await WaitForResults(page);
        var name = Regex.Replace(path.Replace("fixture:", "", StringComparison.Ordinal), "[^a-z0-9]+", "-").Trim('-');
        Directory.CreateDirectory(AccessibilityTests.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AccessibilityTests.Screenshots, $"{name}-{width}.png"), FullPage = true });

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AccessibilityTests.Axe.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        Assert.True(violations.GetArrayLength() == 0, $"{path} at {width}px:\n{string.Join("\n", violations.EnumerateArray().Select(v => v.GetString()))}");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} at {width}px scrolls sideways by {overflow}px");
    }

    [GeneratedRegex("""<nav class="language-switch"[^>]*>.*?</nav>""", RegexOptions.Singleline)]
    private static partial Regex Switch();

    [GeneratedRegex("""<a href="([^"]+)" hreflang="([a-z]+)"[^>]*>([^<]+)</a>( <span class="language-nearest">)?""")]
    private static partial Regex SwitchLink();

    [GeneratedRegex("""<link rel="alternate" hreflang="([a-z\-]+)" href="([^"]+)">""")]
    private static partial Regex Alternate();

    /// <summary>The file of the built site an absolute URL of it leads to.</summary>
    private string FileOf(string url)
    {
        Assert.StartsWith(Production, url);
        var path = url[Production.Length..].Split('#')[0];
        return Path.Combine(site.Output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
    }

    [Fact]
    public async Task every_pages_language_switch_and_every_alternate_leads_to_a_page_that_exists_and_pairs_back()
    {
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith(BrowserFixture.Microsite + "/", StringComparison.Ordinal) && !p.StartsWith("admin/", StringComparison.Ordinal))
            .ToList();
        var english = pages.Count(p => p.StartsWith("en/", StringComparison.Ordinal));
        Assert.True(english > 100, $"only {english} English pages");
        var walked = 0;
        foreach (var path in pages)
        {
            var html = await File.ReadAllTextAsync(Path.Combine(site.Output, path));
            if (html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)) continue;   // an old address's page leads on
            walked++;
            var block = Switch().Match(html);
            Assert.True(block.Success, $"{path} has no language switch");
            var link = SwitchLink().Match(block.Value);
            Assert.True(link.Success, $"{path}: {block.Value}");
            var target = FileOf(link.Groups[1].Value);
            Assert.True(File.Exists(target), $"{path}: the switch leads to {link.Groups[1].Value}, which does not exist");
            Assert.DoesNotContain("404.html", target, StringComparison.Ordinal);
            Assert.Equal(path.StartsWith("en/", StringComparison.Ordinal) ? "cs" : "en", link.Groups[2].Value);
            var alternates = Alternate().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            // No counterpart: the nearest page, said so; a counterpart: the alternates name it, and it names them back.
            Assert.Equal(!alternates.ContainsKey(link.Groups[2].Value), link.Groups[4].Success);
            if (alternates.Count == 0) continue;
            Assert.Equal(alternates["cs"], alternates["x-default"]);
            foreach (var url in alternates.Values)
            {
                var back = Alternate().Matches(await File.ReadAllTextAsync(FileOf(url))).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
                Assert.Equal(alternates, back);
            }
        }
        Assert.True(walked > 300, $"only {walked} pages walked");
        // And the switch works in the browser: from a translated practice to its Czech page.
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Main.Address, "en/praxe/kromeriz-cyklostezky/").AbsoluteUri);
        var czech = await page.Locator(".language-switch a").GetAttributeAsync("href");
        await page.GotoAsync(new Uri(site.Main.Address, czech![Production.Length..]).AbsoluteUri);
        Assert.Equal("cs", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Kroměříž", await page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task a_microsite_in_english_pairs_every_page_both_ways_and_every_switch_leads_to_a_page_that_exists()
    {
        const string microsite = "https://example.net/konference-b/";
        string FileOf(string url)
        {
            Assert.StartsWith(microsite, url);
            var path = "konference-b/" + url[microsite.Length..].Split('#')[0];
            return Path.Combine(site.EnglishOutput, path.EndsWith('/') ? path + "index.html" : path);
        }
        var pages = Directory.EnumerateFiles(Path.Combine(site.EnglishOutput, "konference-b"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.Contains(pages, p => p.Contains($"{Path.DirectorySeparatorChar}en{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in pages)
        {
            var html = await File.ReadAllTextAsync(file);
            var link = SwitchLink().Match(Switch().Match(html).Value);
            Assert.True(link.Success, $"{file} has no language switch");
            Assert.True(File.Exists(FileOf(link.Groups[1].Value)), $"{file}: the switch leads to {link.Groups[1].Value}, which does not exist");
            var alternates = Alternate().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            Assert.Equal(!alternates.ContainsKey(link.Groups[2].Value), link.Groups[4].Success);
            foreach (var url in alternates.Values)
                Assert.Equal(alternates, Alternate().Matches(await File.ReadAllTextAsync(FileOf(url))).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value));
        }
        // In the browser: from the English programme to the Czech one and back.
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.English.Address, "konference-b/en/program/").AbsoluteUri);
        var czech = await page.Locator(".language-switch a").GetAttributeAsync("href");
        await page.GotoAsync(new Uri(site.English.Address, czech![(microsite.Length - "konference-b/".Length)..]).AbsoluteUri);
        Assert.Equal("cs", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Zahájení", (await page.Locator(".session-title").First.TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task untranslated_entries_in_english_lists_are_marked_czech_and_say_so_visibly()
    {
        // Every card of every English page that leads to a Czech page: hreflang="cs", the catalogue's "in Czech" label, and
        // lang="cs" on a title shown in Czech (an entry without an 'en:' title).
        var cards = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, "en"), "*.html", SearchOption.AllDirectories))
        {
            var html = await File.ReadAllTextAsync(file);
            foreach (Match card in CardToCzech().Matches(html))
            {
                cards++;
                Assert.Contains("hreflang=\"cs\"", card.Value, StringComparison.Ordinal);
                Assert.Contains("class=\"card-language\"", card.Value, StringComparison.Ordinal);
            }
        }
        Assert.True(cards > 50, $"only {cards} cards of untranslated entries");
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Main.Address, "en/praxe/").AbsoluteUri);
        var czech = page.Locator(".card:has(.card-title a[hreflang=cs])");
        Assert.True(await czech.CountAsync() > 5);
        Assert.True(await czech.First.Locator(".card-language").IsVisibleAsync());
        Assert.Equal("in Czech", (await czech.First.Locator(".card-language").TextContentAsync())?.Trim());
        // A title without its English is in Czech, and says so to a screen reader.
        var untitled = page.Locator(".card-title[lang=cs]");
        Assert.True(await untitled.CountAsync() > 0);
        Assert.Equal(await untitled.CountAsync(), await page.Locator(".card-title[lang=cs] a[hreflang=cs]").CountAsync());
    }

    /// <summary>A card whose title links to a page of the Czech site, up to the end of its card.</summary>
    [GeneratedRegex("""<h[2-4] class="card-title"[^>]*><a href="https://www\.dobrapraxe\.cz/(?!en/)[^"]*"[^>]*>.*?</article>""", RegexOptions.Singleline)]
    private static partial Regex CardToCzech();

    private static Task WaitForResults(IPage page) =>
        page.WaitForFunctionAsync("() => /Found|Nothing found|The whole catalogue/.test(document.getElementById('search-status').textContent)");

    private async Task<(IPage Page, string[] Results)> Search(string query)
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Main.Address, "en/hledat/?q=" + Uri.EscapeDataString(query)).AbsoluteUri);
        await WaitForResults(page);
        return (page, [.. await page.Locator(".search-result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")]);
    }

    [Fact]
    public async Task english_search_finds_a_translated_entry_by_an_inflected_word_and_an_untranslated_one_by_its_english_title()
    {
        // "cycling" → "cycl" (lunr's Porter stemmer), as the translation's "cycle paths" → "cycl".
        var (page, results) = await Search("cycling");
        Assert.Contains("/en/praxe/kromeriz-cyklostezky/", results.Take(3));
        Assert.Matches("^Found", await page.Locator("#search-status").TextContentAsync() ?? "");
        // An untranslated entry, by its 'en:' title: it links to its Czech page.
        var (_, fairtrade) = await Search("Fairtrade town");
        Assert.Contains(Production + "praxe/vsetin-fair-trade-mesto/", fairtrade.Take(3));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task the_english_menu_leads_to_english_pages_and_marks_an_untranslated_page_as_czech()
    {
        var home = await File.ReadAllTextAsync(Path.Combine(site.Output, "en", "index.html"));
        Assert.Contains("""<a href="/en/praxe/">Catalogue of good practice</a>""", home);
        Assert.Contains("""<a href="/en/akce/">Events</a>""", home);
        Assert.Contains($"""<a href="{Production}o-projektu/" hreflang="cs" lang="cs">O projektu</a>""", home);
    }
}
