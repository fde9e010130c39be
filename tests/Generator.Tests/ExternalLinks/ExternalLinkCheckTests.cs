using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.ExternalLinks;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.ExternalLinks;

/// <summary>
/// `check --external` against a server on loopback: each kind of answer is a warning at the line and column where the
/// link is written (or none, for a working link), every address is asked once however often it is written, the cache
/// spares fresh answers and asks again about old ones, and one host never gets more than its share of requests at once.
/// No request leaves the machine.
/// </summary>
public class ExternalLinkCheckTests
{
    // Long enough for a heavily loaded test machine to answer (load 40 on 2 cores was seen), short enough to wait for the slow server twice.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(8);

    /// <summary>The basic fixture, every outside address in it pointed at <paramref name="site"/>, and a practice that links to each kind of answer.</summary>
    private static ContentTree SiteLinkingTo(LoopbackSite site)
    {
        var tree = new ContentTree("basic");
        Replace(tree, "content/events/skola-jaro.md", "https://example.org/registrace", site["zmizelo"]);
        Replace(tree, "content/data/members.yml", "https://www.znojmocity.cz/", site["ok"]);
        Replace(tree, "content/conferences/konference-a/site.yml", "https://www.example.edu/", site["presunuto"]);
        tree.Write("content/practices/odkazy-ven.md", $"""
            ---
            title: Odkazy ven
            summary: Záznam s odkazy na jiné weby.
            member: znojmo
            themes: [zdravi]
            year: 2015
            date: 2021-02-17
            ---

            Funguje [stránka]({site["ok"]}).
            Přesunutá [stránka]({site["presunuto"]}) a dočasně [jinde]({site["docasne"]}).
            Zmizelá [stránka]({site["zmizelo"]}).
            Chybující [server]({site["chyba"]}).
            Pomalý [server]({site["pomalu"]}).
            Zavřený [server]({site.Closed}).
            Neznámý [server](http://neexistuje.invalid/).
            HEAD neumí: <{site["bez-head"]}>
            Znovu tatáž [stránka]({site["zmizelo"]}#cast).

            """);
        // Nothing may be asked outside this machine: every other address of the fixture is a base_url (its own sites).
        foreach (var file in Directory.EnumerateFiles(Path.Combine(tree.Root, "content"), "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md") || f.EndsWith(".yml")))
            foreach (var line in File.ReadLines(file).Where(l => l.Contains("://", StringComparison.Ordinal) && !l.StartsWith("base_url:", StringComparison.Ordinal)))
                Assert.True(line.Contains("http://127.0.0.1", StringComparison.Ordinal) || line.Contains("http://neexistuje.invalid/", StringComparison.Ordinal)
                    || line.Contains("xmlns=", StringComparison.Ordinal), $"{file}: {line}");
        return tree;
    }

    private static void Replace(ContentTree tree, string path, string from, string to)
    {
        var file = Path.Combine(tree.Root, path);
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to));
    }

    private static ExternalLinkSettings Settings(string? cache) =>
        new() { CacheFile = cache, Timeout = Timeout, RetryDelay = TimeSpan.FromMilliseconds(50) };

    private static BuildResult Check(string root, string cache, DateTimeOffset now) =>
        new SiteGenerator(new BuildOptions
        {
            SourceDirectory = root, OutputDirectory = Path.Combine(root, "site-output"), Now = now, ExternalLinks = Settings(cache),
        }).Generate();

    private static List<string> Outside(BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Message.StartsWith("the outside link", StringComparison.Ordinal)).Select(d => $"{d.Location}: {d.Message}")];

    [Fact]
    public async Task each_answer_is_a_warning_at_every_line_and_column_where_the_link_is_written()
    {
        await using var site = await LoopbackSite.Start();
        using var tree = SiteLinkingTo(site);

        var result = Check(tree.Root, Path.Combine(tree.Root, ".link-cache", "external-links.json"), Builds.Now);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Equal(
        [
            $"content/conferences/konference-a/site.yml:9:30: the outside link '{site["presunuto"]}' has moved for good to '{site["ok"]}'",
            $"content/events/skola-jaro.md:7:15: the outside link '{site["zmizelo"]}' is broken: the server answers 404 Not Found",
            $"content/practices/odkazy-ven.md:11:11: the outside link '{site["presunuto"]}' has moved for good to '{site["ok"]}'",
            $"content/practices/odkazy-ven.md:12:9: the outside link '{site["zmizelo"]}' is broken: the server answers 404 Not Found",
            $"content/practices/odkazy-ven.md:13:11: the outside link '{site["chyba"]}' is broken: the server answers 500 Internal Server Error",
            $"content/practices/odkazy-ven.md:14:8: the outside link '{site["pomalu"]}' is broken: 127.0.0.1 did not answer within 8 s",
            $"content/practices/odkazy-ven.md:15:9: the outside link '{site.Closed}' is broken: {new Uri(site.Closed).Authority} refused the connection",
            "content/practices/odkazy-ven.md:16:9: the outside link 'http://neexistuje.invalid/' is broken: the server name 'neexistuje.invalid' was not found",
            $"content/practices/odkazy-ven.md:18:13: the outside link '{site["zmizelo"]}#cast' is broken: the server answers 404 Not Found",
        ], Outside(result));
        Assert.All(result.Diagnostics.Where(d => d.Message.StartsWith("the outside link", StringComparison.Ordinal)), d => Assert.Equal(Severity.Warning, d.Severity));

        // Asked once for its three places: HEAD, then GET (a server may answer HEAD wrongly); a 404 is not asked again.
        Assert.Equal(2, site.Count("zmizelo"));
        // A 500 may pass: HEAD and GET, a moment's wait, HEAD and GET again.
        Assert.Equal(4, site.Count("chyba"));
        // HEAD refused with 405, GET answers: it works.
        Assert.Equal(2, site.Count("bez-head"));
        // A timeout may pass too: asked twice, then given up.
        Assert.Equal(2, site.Count("pomalu"));
        Assert.All(site.UserAgents, agent => Assert.StartsWith("DobraPraxe-link-check/1.0 (+https://example.org/;", agent));
    }

    [Fact]
    public async Task the_cache_spares_fresh_answers_and_asks_again_about_old_and_broken_ones()
    {
        await using var site = await LoopbackSite.Start();
        using var tree = new ContentTree("basic");
        Replace(tree, "content/events/skola-jaro.md", "https://example.org/registrace", site["zmizelo"]);
        Replace(tree, "content/data/members.yml", "https://www.znojmocity.cz/", site["ok"]);
        Replace(tree, "content/conferences/konference-a/site.yml", "https://www.example.edu/", site["bez-head"]);
        tree.Write("content/pages/odkazy-ven.md", $"---\ntitle: Odkazy ven\n---\n\n[Přesunutá]({site["presunuto"]}), [dočasně jinde]({site["docasne"]}).\n");
        var cache = Path.Combine(tree.Root, ".link-cache", "external-links.json");
        string[] fresh = ["ok", "presunuto", "docasne", "bez-head"];

        var first = Outside(Check(tree.Root, cache, Builds.Now));
        Assert.Equal(
        [
            $"content/events/skola-jaro.md:7:15: the outside link '{site["zmizelo"]}' is broken: the server answers 404 Not Found",
            $"content/pages/odkazy-ven.md:5:1: the outside link '{site["presunuto"]}' has moved for good to '{site["ok"]}'",
        ], first);
        Assert.All(fresh, path => Assert.True(site.Count(path) > 0, path));
        Assert.True(File.Exists(cache));

        // A day later: what worked or moved for good is not asked again (a move is still reported); what was broken is.
        site.Forget();
        Assert.Equal(first, Outside(Check(tree.Root, cache, Builds.Now.AddDays(1))));
        Assert.All(fresh, path => Assert.Equal(0, site.Count(path)));
        Assert.Equal(2, site.Count("zmizelo"));

        // Two months later every answer is old: all are asked again.
        site.Forget();
        Assert.Equal(first, Outside(Check(tree.Root, cache, Builds.Now.AddDays(60))));
        Assert.All(fresh, path => Assert.True(site.Count(path) > 0, path));
    }

    [Fact]
    public async Task one_host_gets_at_most_its_share_of_requests_at_once()
    {
        await using var site = await LoopbackSite.Start();
        var links = Enumerable.Range(1, 8).Select(i => new OutsideLink(site[$"chvili/{i}"], new SourceLocation("content/pages/x.md", i, 1))).ToList();
        var warnings = ExternalLinkChecker.Check(links, [new Uri("https://example.org/")], Settings(cache: null) with { PerHost = 2, Timeout = TimeSpan.FromSeconds(60) }, Builds.Now);
        Assert.True(warnings.Count == 0, string.Join("\n", warnings.Select(w => w.Format())));
        Assert.Equal(8, Enumerable.Range(1, 8).Sum(i => site.Count($"chvili/{i}")));
        Assert.Equal(2, site.MostAtOnce);
    }

    [Fact]
    public async Task a_redirect_to_something_that_is_not_a_web_address_is_broken_not_a_crash()
    {
        await using var site = await LoopbackSite.Start();
        var warning = Assert.Single(ExternalLinkChecker.Check([new OutsideLink(site["jinam"], new SourceLocation("content/pages/x.md", 3, 7))],
            [new Uri("https://example.org/")], Settings(cache: null) with { Timeout = TimeSpan.FromSeconds(60) }, Builds.Now));
        Assert.Equal($"content/pages/x.md:3:7: warning: the outside link '{site["jinam"]}' is broken: it redirects to 'ftp://127.0.0.1/soubor', which is not a web address",
            warning.Format().Split('\n')[0]);
    }

    [Fact]
    public async Task links_to_the_site_itself_and_to_drafts_are_not_asked()
    {
        await using var site = await LoopbackSite.Start();
        using var tree = SiteLinkingTo(site);
        tree.Write("content/practices/rozpracovana-ven.md", $"---\ntitle: Koncept\nsummary: Koncept.\nmember: znojmo\nthemes: [zdravi]\nyear: 2015\ndate: 2021-02-17\ndraft: true\n---\n\n[Jinam]({site["koncept"]}).\n");
        tree.Write("content/pages/sama-sebe.md", "---\ntitle: Sama sebe\n---\n\n[Katalog](https://example.org/praxe/).\n");
        var result = Check(tree.Root, Path.Combine(tree.Root, ".link-cache", "external-links.json"), Builds.Now);
        Assert.Equal(0, site.Count("koncept"));
        Assert.DoesNotContain(Outside(result), w => w.Contains("example.org", StringComparison.Ordinal));
    }

    [Fact]
    public void external_belongs_to_check_and_a_build_asks_nobody()
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, CliApp.Run(["build", "--external"], output, errors));
        Assert.Contains("--external belongs to 'check'", errors.ToString());
        Assert.True(CommandLineParser.Parse(["check", "--external"]).Options!.External);
    }
}
