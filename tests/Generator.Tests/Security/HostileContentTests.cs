using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Security;

/// <summary>A site with hostile values in every field, data file and Markdown construct builds, and no page can run them.</summary>
public class HostileContentTests
{
    private static readonly Lazy<Generator.Pipeline.BuildResult> Result = new(() => Builds.Generate(TestPaths.Fixture("hostile")));

    [Fact]
    public void the_hostile_site_builds_with_warnings_only()
    {
        Assert.True(Result.Value.Succeeded, Builds.Errors(Result.Value));
        Assert.Contains(Result.Value.Diagnostics, d => d.Message.Contains("could run code"));
        Assert.Contains(Result.Value.Diagnostics, d => d.Message.Contains("raw HTML"));
    }

    [Fact]
    public void no_page_contains_executable_injected_markup()
    {
        var pages = Result.Value.Files.Where(f => f.Path.EndsWith(".html")).ToList();
        Assert.True(pages.Count > 30);
        foreach (var page in pages)
            Assert.Empty(ExecutableMarkup.Find(Encoding.UTF8.GetString(page.Content!)).Select(p => $"{page.Path}: {p}"));
    }

    [Fact]
    public void the_search_manifest_script_only_sets_the_manifest_whatever_the_terms_and_facet_names_are()
    {
        var json = Result.Value.Files.Single(f => f.Path == Generator.Search.SearchIndexBuilder.ManifestPath).Content!;
        var script = Result.Value.Files.Single(f => f.Path == Generator.Search.SearchIndexBuilder.ManifestScriptPath).Content!;
        Assert.Equal([.. Encoding.UTF8.GetBytes(Generator.Search.SearchIndexBuilder.ManifestScriptPrefix), .. json, .. ";\n"u8], script);
        // Run as a browser would run it, in a context of its own: it sets self.czechSearchManifest to the manifest and nothing else.
        using var folder = new TempFolder();
        folder.Write("manifest.json", Encoding.UTF8.GetString(json));
        folder.Write("manifest.js", Encoding.UTF8.GetString(script));
        var check = folder.Write("check.js", """
            const fs = require("fs"), path = require("path"), vm = require("vm"), assert = require("assert");
            const self = {}, context = vm.createContext({ self });
            vm.runInContext(fs.readFileSync(path.join(__dirname, "manifest.js"), "utf8"), context);
            assert.deepStrictEqual(Object.keys(self), ["czechSearchManifest"]);
            assert.deepStrictEqual(Object.keys(context), ["self"]);
            // The script's objects are of its own context: compared as the JSON they make.
            assert.strictEqual(JSON.stringify(self.czechSearchManifest), JSON.stringify(JSON.parse(fs.readFileSync(path.join(__dirname, "manifest.json"), "utf8"))));
            console.log("ok");
            """);
        var (exitCode, output) = NodeTools.Run("node", check);
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void hostile_text_is_shown_as_text()
    {
        var page = new HtmlParser().ParseDocument(Builds.Page(Result.Value, "praxe/zla-praxe/index.html"));
        Assert.Equal("Praxe <script>alert(1)</script>", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert('blok')</script>", page.QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public void json_ld_stays_one_valid_json_value_whatever_the_event_says()
    {
        var page = new HtmlParser().ParseDocument(Builds.Page(Result.Value, "akce/zla-akce/index.html"));
        var script = Assert.Single(page.QuerySelectorAll("script"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("Akce </script><script>alert(4)</script>", json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void the_feed_and_sitemap_stay_well_formed()
    {
        System.Xml.Linq.XDocument.Parse(Builds.Page(Result.Value, "feed.xml"));
        System.Xml.Linq.XDocument.Parse(Builds.Page(Result.Value, "sitemap.xml"));
    }

    [Fact]
    public void allowed_html_is_sanitized_not_trusted()
    {
        using var tree = new ContentTree("hostile");
        tree.Write("content/site.yml", File.ReadAllText(Path.Combine(tree.Root, "content/site.yml")) + "allow_html: true\n");
        // Let raw images point to a real file, so the only thing judged is what the sanitizer lets through.
        foreach (var file in Directory.GetFiles(Path.Combine(tree.Root, "content"), "*.md", SearchOption.AllDirectories))
            File.WriteAllText(file, File.ReadAllText(file).Replace("src=x", "src=https://example.org/obrazek.svg"));
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        foreach (var page in result.Files.Where(f => f.Path.EndsWith(".html")))
            Assert.Empty(ExecutableMarkup.Find(Encoding.UTF8.GetString(page.Content!)).Select(p => $"{page.Path}: {p}"));
        var prose = new HtmlParser().ParseDocument(Builds.Page(result, "praxe/zla-praxe/index.html")).QuerySelector(".prose")!;
        Assert.NotNull(prose.QuerySelector("div"));
        Assert.Null(prose.QuerySelector("[onclick]"));
    }

    [Fact]
    public void every_page_declares_a_strict_content_security_policy_and_a_headers_file_exists()
    {
        foreach (var page in Result.Value.Files.Where(f => f.Path.EndsWith(".html")))
        {
            var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(page.Content!));
            var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.NotNull(csp);
            Assert.Contains("default-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
        }
        Assert.Contains("Content-Security-Policy: default-src 'self'", Builds.Page(Result.Value, "_headers"));
        Assert.Contains("Content-Security-Policy", Builds.Page(Result.Value, "zla-konference/_headers"));
    }
}
