using System.Text;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Producers;

/// <summary>
/// Old addresses (entries' 'aliases:', site.yml's 'redirects:') on the addresses fixture: a page at each that leads on, a line
/// in _redirects, nothing in the sitemap or search; and every way an old address can clash, at the line that wrote it.
/// </summary>
public class RedirectsTests
{
    private static readonly string Fixture = TestPaths.Fixture("addresses");
    private static readonly Lazy<BuildResult> Built = new(() => Builds.Generate(Fixture));

    private static string File(string path) => Encoding.UTF8.GetString(Built.Value.Files.Single(f => f.Path == path).Content!);

    [Fact]
    public void redirects_and_the_page_at_an_alias_match_their_golden_files()
    {
        Assert.True(Built.Value.Succeeded, Builds.Errors(Built.Value));
        Golden.AssertMatches(Path.Combine(Fixture, "expected", "_redirects"), File("_redirects"));
        Golden.AssertMatches(Path.Combine(Fixture, "expected", "praxe/pesi-zona/index.html"), File("praxe/pesi-zona/index.html"));
    }

    [Theory]
    // An alias of each kind of entry, one a rule of site.yml writes, a pattern's, and a microsite page's on its own site.
    [InlineData("praxe/cyklostezky-znojmo/index.html", "/praxe/znojmo-cyklostezky/", "https://example.org/praxe/znojmo-cyklostezky/", "Cyklostezky kolem Znojma")]
    [InlineData("praxe/pesi-zona/index.html", "/praxe/jihlava-pesi-zona/", "https://example.org/praxe/jihlava-pesi-zona/", "Pěší zóna v Jihlavě")]
    [InlineData("akce/forum/index.html", "/akce/forum-2021/", "https://example.org/akce/forum-2021/", "Fórum 2021")]
    [InlineData("o-katalogu.html", "/o-nas/", "https://example.org/o-nas/", "O nás")]
    [InlineData("publikace/zprava/index.html", "/publikace/zprava-2024/", "https://example.org/publikace/zprava-2024/", "Zpráva o zdravých městech 2024")]
    [InlineData("zona.html", "/praxe/jihlava-pesi-zona/", "https://example.org/praxe/jihlava-pesi-zona/", "Pěší zóna v Jihlavě")]
    [InlineData("stary-katalog/index.html", "/praxe/", "https://example.org/praxe/", "Katalog dobré praxe")]
    [InlineData("stary-katalog/vysocina-plan/index.html", "/praxe/vysocina-plan/", "https://example.org/praxe/vysocina-plan/", "Zdravotní plán kraje")]
    // The pattern reaches an alias (/praxe/pesi-zona/) too, and leads past it straight to the page.
    [InlineData("stary-katalog/pesi-zona/index.html", "/praxe/jihlava-pesi-zona/", "https://example.org/praxe/jihlava-pesi-zona/", "Pěší zóna v Jihlavě")]
    [InlineData("konference-a/prihlaska/index.html", "/registrace/", "https://konference-a.example.org/registrace/", "Registrace")]
    public void each_old_address_has_a_page_that_leads_on_at_once(string path, string href, string canonical, string title)
    {
        var document = new HtmlParser().ParseDocument(File(path));
        Assert.Equal($"0; url={href}", document.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(canonical, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var link = document.QuerySelector("main a")!;
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(title, link.TextContent);
        // In the site's words (themes/default/i18n/cs.yml), in its language.
        Assert.Equal("Stránka má novou adresu", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("cs", document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.Scripts);
    }

    [Fact]
    public void hosts_that_read_redirects_get_a_permanent_redirect_for_every_address()
    {
        var lines = File("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Contains("/praxe/pesi-zona/ /praxe/jihlava-pesi-zona/ 301", lines);
        Assert.Contains("/o-katalogu.html /o-nas/ 301", lines);
        Assert.Contains("/stary-katalog/pesi-zona /praxe/jihlava-pesi-zona/ 301", lines);
        // A pattern is one line, after every address written out (Cloudflare Pages reads static lines first).
        Assert.Equal("/stary-katalog/:slug /praxe/:slug/ 301", lines[^1]);
        Assert.DoesNotContain(lines, l => l.StartsWith("/stary-katalog/znojmo-cyklostezky ", StringComparison.Ordinal));
        Assert.Equal("/prihlaska/ /registrace/ 301\n", File("konference-a/_redirects").Split('\n', 2)[1]);
    }

    [Fact]
    public void old_addresses_are_in_neither_the_sitemap_nor_the_search_index_and_a_drafts_wait_with_it()
    {
        var sitemap = File("sitemap.xml");
        Assert.Contains("https://example.org/praxe/jihlava-pesi-zona/", sitemap);
        foreach (var old in new[] { "/praxe/pesi-zona/", "cyklostezky-znojmo", "stary-katalog", "zona.html", "o-katalogu", "/akce/forum/", "/prihlaska/" })
            Assert.DoesNotContain(old, sitemap);
        var search = Built.Value.Files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => Encoding.UTF8.GetString(f.Content!)).ToList();
        Assert.NotEmpty(search);
        Assert.Contains(search, s => s.Contains("jihlava-pesi-zona", StringComparison.Ordinal));
        Assert.DoesNotContain(search, s => s.Contains("cyklostezky-znojmo", StringComparison.Ordinal) || s.Contains("stary-katalog", StringComparison.Ordinal));
        // content/practices/rozpracovana.md is a draft: its alias /koncept/ is published with it, not before.
        Assert.DoesNotContain(Built.Value.Files, f => f.Path.StartsWith("koncept/", StringComparison.Ordinal));
        Assert.Contains(Builds.Generate(Fixture, drafts: true).Files, f => f.Path == "koncept/index.html");
    }

    public static TheoryData<string, string, string, string, int, int, string> Clashes => new()
    {
        // An alias that is another entry's page: the error names that page's file.
        { "content/practices/vysocina-zdravotni-plan.md", "slug: vysocina-plan\n", "slug: vysocina-plan\naliases: [/praxe/jihlava-pesi-zona/]\n",
            "content/practices/vysocina-zdravotni-plan.md", 9, 11, "the alias '/praxe/jihlava-pesi-zona/' is the address of content/practices/jihlava-pesi-zona.md (/praxe/jihlava-pesi-zona/)" },
        // A generated page (a list) is a page too.
        { "content/events/forum-2021.md", "aliases: [/akce/forum/]", "aliases: [/akce/forum/, /temata/]",
            "content/events/forum-2021.md", 9, 25, "the alias '/temata/' is the address of the page /temata/" },
        // Its own address: a redirect to itself would never end.
        { "content/practices/znojmo-cyklostezky.md", "aliases: [/praxe/cyklostezky-znojmo/]", "aliases: [/praxe/cyklostezky-znojmo/, /praxe/znojmo-cyklostezky]",
            "content/practices/znojmo-cyklostezky.md", 12, 39, "the alias '/praxe/znojmo-cyklostezky' is the address of this page itself; a redirect to it would lead in a circle" },
        // A file another producer writes.
        { "content/pages/o-nas.md", "aliases: [/o-katalogu.html]", "aliases: [/o-katalogu.html, /search/stare/]",
            "content/pages/o-nas.md", 4, 29, "the alias '/search/stare/' is a file the site writes itself (/search/)" },
        // The microsite is published in its folder of the main site's output.
        { "content/pages/o-nas.md", "aliases: [/o-katalogu.html]", "aliases: [/konference-a/o-nas/]",
            "content/pages/o-nas.md", 4, 11, "the alias '/konference-a/o-nas/' is inside /konference-a/, where the microsite of content/conferences/konference-a/ is published" },
        // Another entry's alias: both are named, each at its own line.
        { "content/publikace/zprava-2024.md", "aliases: [/publikace/zprava/]", "aliases: [/publikace/zprava/, /praxe/pesi-zona]",
            "content/publikace/zprava-2024.md", 6, 31, "the alias '/praxe/pesi-zona' is also an alias of content/practices/jihlava-pesi-zona.md (line 12)" },
        { "content/publikace/zprava-2024.md", "aliases: [/publikace/zprava/]", "aliases: [/publikace/zprava/, /praxe/pesi-zona]",
            "content/practices/jihlava-pesi-zona.md", 12, 5, "the alias '/praxe/pesi-zona/' is also an alias of content/publikace/zprava-2024.md (line 6)" },
        // A rule that leads to an old address instead of a page: a chain, with the page it should name.
        { "content/site.yml", "{ from: /zona.html, to: /praxe/jihlava-pesi-zona/ }", "{ from: /zona.html, to: /praxe/pesi-zona/ }",
            "content/site.yml", 19, 29, "'to: /praxe/pesi-zona/' is itself an old address (an alias of content/practices/jihlava-pesi-zona.md (line 12)) that leads on to /praxe/jihlava-pesi-zona/; a redirect must lead straight to a page" },
        // Two rules that lead to each other: a loop.
        { "content/site.yml", "{ from: /zona.html, to: /praxe/jihlava-pesi-zona/ }", "{ from: /zona.html, to: /stara-zona/ }\n  - { from: /stara-zona/, to: /zona.html }",
            "content/site.yml", 19, 29, "the redirects lead in a circle: /zona.html → /stara-zona/ → /zona.html" },
        { "content/site.yml", "{ from: /zona.html, to: /praxe/jihlava-pesi-zona/ }", "{ from: /zona.html, to: /zona.html }",
            "content/site.yml", 19, 29, "the redirect leads from '/zona.html' to itself" },
        // A rule whose 'from' an alias already has.
        { "content/site.yml", "{ from: /zona.html, to: /praxe/jihlava-pesi-zona/ }", "{ from: /praxe/pesi-zona/, to: /praxe/jihlava-pesi-zona/ }",
            "content/site.yml", 19, 13, "the redirect from '/praxe/pesi-zona/' is also an alias of content/practices/jihlava-pesi-zona.md (line 12)" },
        // A pattern whose 'to' names no page.
        { "content/site.yml", "to: \"/praxe/{slug}/\"", "to: \"/prax/{slug}/\"",
            "content/site.yml", 17, 42, "'to: /prax/{slug}/' matches no page of the site" },
        // A pattern that would write over a file the site writes itself.
        { "content/site.yml", "from: \"/stary-katalog/{slug}\"", "from: \"/search/{slug}\"",
            "content/site.yml", 17, 13, "the redirect from '/search/{slug}' would make '/search/znojmo-cyklostezky', which is a file the site writes itself (/search/)" },
    };

    [Theory]
    [MemberData(nameof(Clashes))]
    public void an_old_address_that_clashes_is_an_error_at_the_line_that_wrote_it(string file, string before, string after, string at, int line, int column, string message)
    {
        using var site = new ContentTree("addresses");
        var path = Path.Combine(site.Root, file);
        var text = System.IO.File.ReadAllText(path);
        Assert.Contains(before, text);
        site.Write(file, text.Replace(before, after));
        var result = Builds.Generate(site.Root);
        Assert.True(result.Diagnostics.Any(d => d.IsError && d.Message == message && d.Location == new SourceLocation(at, line, column)), Builds.Errors(result));
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("https://example.org/praxe/stara/", "the alias 'https://example.org/praxe/stara/' must be a path of this site starting with '/', not a full web address", "Write the path only: '/praxe/stara/'.")]
    [InlineData("praxe/stara/", "the alias 'praxe/stara/' must start with '/' (an address from the site's root)", null)]
    [InlineData("/praxe/stara/?id=5", "the alias '/praxe/stara/?id=5' must not have a query ('?') or a fragment ('#'): a static page is found by its path alone", null)]
    [InlineData("/clanek.php", "the alias '/clanek.php' ends in '.php', which a static host does not serve as a page; only folders ('/old/') and '.html' pages can redirect", null)]
    [InlineData("/praxe/{slug}/", "the alias '/praxe/{slug}/' may not have {slug} here: only a rule of site.yml 'redirects:' stands for many entries", null)]
    [InlineData("/praxe/stará/", "the alias '/praxe/stará/' has 'á' in 'stará'; only letters without diacritics, digits, '-', '_', '.' and '~' are allowed", null)]
    [InlineData("/", "the alias '/' is the home page, which always exists", null)]
    public void an_alias_that_is_no_address_a_static_host_serves_is_an_error_at_its_item(string alias, string message, string? hint)
    {
        using var site = new ContentTree("addresses");
        site.Write("content/pages/o-nas.md", $"---\ntitle: O nás\naliases: [/o-katalogu.html, \"{alias}\"]\n---\n\nText.\n");
        var result = Builds.Generate(site.Root);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(new SourceLocation("content/pages/o-nas.md", 3, 29), error.Location);
        Assert.Equal(message, error.Message);
        if (hint is not null) Assert.Equal(hint, error.Hint);
    }

    [Fact]
    public void a_rule_has_slug_in_both_addresses_or_in_neither()
    {
        using var site = new ContentTree("addresses");
        var text = System.IO.File.ReadAllText(Path.Combine(site.Root, "content/site.yml"));
        site.Write("content/site.yml", text.Replace("to: \"/praxe/{slug}/\"", "to: /praxe/"));
        var error = Assert.Single(Builds.Generate(site.Root).Diagnostics, d => d.IsError);
        Assert.Equal(new SourceLocation("content/site.yml", 17, 42), error.Location);
        Assert.Equal("a redirect has {slug} in both 'from' and 'to', or in neither", error.Message);
    }
}
