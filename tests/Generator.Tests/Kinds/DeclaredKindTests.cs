using System.Text.Json.Nodes;
using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;
using Json.Schema;

namespace DobraPraxe.Generator.Tests.Kinds;

/// <summary>
/// A kind declared in site.yml only — the "kinds" fixture adds 'publikace' with two fields and three taxonomies, no
/// code and no layout of its own — gets what a built-in kind has: list and item pages, sitemap, feed, term pages,
/// search documents with a facet value, links checked both ways, JSON Schema, the editor's collection and a scaffold.
/// </summary>
public class DeclaredKindTests
{
    private static readonly string Fixture = TestPaths.Fixture("kinds");
    private static readonly Lazy<BuildResult> Built = new(() => Builds.Generate(Fixture));

    private static string Page(string path)
    {
        Assert.True(Built.Value.Succeeded, Builds.Errors(Built.Value));
        return Builds.Page(Built.Value, path);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Page(path));

    [Fact]
    public void the_list_and_each_entry_have_pages_made_from_the_declaration()
    {
        var list = Html("publikace/index.html");
        Assert.Equal("Publikace", list.QuerySelector("main h1")!.TextContent);
        // Newest first, as 'sort: date' (the default) says.
        Assert.Equal(["/publikace/pruvodce-cyklodopravou/", "/publikace/zdrave-skoly/"],
            list.QuerySelectorAll("main .card-title a").Select(a => a.GetAttribute("href")));
        Assert.Contains(list.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href") == "/publikace/feed.xml");

        var entry = Html("publikace/pruvodce-cyklodopravou/index.html");
        Assert.Equal("Průvodce cyklodopravou ve městě", entry.QuerySelector("main h1")!.TextContent);
        var facts = entry.QuerySelectorAll("main dt").Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent)).ToList();
        Assert.Contains(("Vydavatel", "Národní síť Zdravých měst"), facts);
        Assert.Contains(("Počet stran", "48"), facts);
        Assert.Contains(entry.QuerySelectorAll("main dd a"), a => a.GetAttribute("href") == "/temata/doprava-a-mobilita/");
        Assert.Contains(entry.QuerySelectorAll("main dd a"), a => a.GetAttribute("href") == "/clenove/znojmo/");
        Assert.Contains(entry.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/publikace/");
    }

    [Fact]
    public void the_sitemap_and_the_feed_list_the_entries()
    {
        var sitemap = Page("sitemap.xml");
        Assert.Contains("<loc>https://example.org/publikace/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/publikace/zdrave-skoly/</loc>", sitemap);
        using var reader = XmlReader.Create(new StringReader(Page("publikace/feed.xml")));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(["https://example.org/publikace/pruvodce-cyklodopravou/", "https://example.org/publikace/zdrave-skoly/"],
            feed.Items.Select(i => i.Links[0].Uri.AbsoluteUri));
        Assert.Equal("Sborník příkladů, jak školy podporují pohyb a zdravé stravování.", feed.Items.Last().Summary.Text);
    }

    [Fact]
    public void term_pages_of_the_declared_taxonomies_list_the_entries_too()
    {
        Assert.Contains(Html("temata/zdravi/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/publikace/zdrave-skoly/");
        Assert.Contains(Html("clenove/znojmo/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/publikace/pruvodce-cyklodopravou/");
        Assert.Contains(Html("stitky/cyklistika/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/publikace/pruvodce-cyklodopravou/");
        // The member brings its region, as a practice's does.
        Assert.Contains(Html("kraje/jihomoravsky/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/publikace/pruvodce-cyklodopravou/");
    }

    [Fact]
    public void links_between_a_practice_and_an_entry_resolve_both_ways()
    {
        Assert.Contains(Html("praxe/jihlava-pesi-zona/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/publikace/pruvodce-cyklodopravou/");
        var entry = Html("publikace/pruvodce-cyklodopravou/index.html");
        Assert.Contains(entry.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/praxe/znojmo-cyklostezky/");
        Assert.Contains(entry.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/publikace/zdrave-skoly/");
    }

    [Fact]
    public void search_has_a_document_for_each_entry_and_the_kind_is_a_value_of_the_kind_facet()
    {
        var manifest = JsonNode.Parse(Page("search/manifest.json"))!;
        var practices = Built.Value.Files.Count(f => f.Path.StartsWith("praxe/", StringComparison.Ordinal) && f.Path.EndsWith("/index.html", StringComparison.Ordinal)
            && f.Path.Count(c => c == '/') == 2 && !f.Path.StartsWith("praxe/strana/", StringComparison.Ordinal));
        Assert.Equal(practices + 2, (int)manifest["documents"]!);
        var kind = manifest["facets"]!.AsArray().Single(f => (string?)f!["key"] == "druh")!;
        var values = kind["values"]!.AsArray().Select(v => (string)v![0]!).ToList();
        Assert.Contains("publikace", values);
        Assert.Equal(2, (int)kind["counts"]![values.IndexOf("publikace")]!);
        var store = string.Join("", Built.Value.Files.Where(f => f.Path.StartsWith("search/docs/", StringComparison.Ordinal) && f.Path.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => System.Text.Encoding.UTF8.GetString(f.Content!)));
        Assert.Contains("\"/publikace/zdrave-skoly/\"", store);
    }

    [Fact]
    public void open_data_has_a_table_of_the_kind_read_back_by_csvhelper_and_valid_against_its_schema()
    {
        var rows = OpenData.OpenDataTests.Csv(Page("data/publikace.csv"));
        Assert.Equal(["pruvodce-cyklodopravou", "zdrave-skoly"], rows.Select(r => r["slug"]));
        Assert.Equal("https://example.org/publikace/pruvodce-cyklodopravou/", rows[0]["url"]);
        Assert.Equal("48", rows[0]["pages"]);
        Assert.Equal("doprava-a-mobilita", rows[0]["themes"]);
        Assert.Equal("znojmo", rows[0]["member"]);
        Assert.Equal("", rows[1]["pages"]);
        var json = JsonNode.Parse(Page("data/publikace.json"))!;
        var schema = JsonSchema.FromText(Page("data/publikace.schema.json"));
        Assert.True(schema.Evaluate(json).IsValid);
        Assert.Equal("Národní síť Zdravých měst", (string?)json[0]!["publisher"]);
        // The DCAT catalogue names the table as a dataset with its distributions.
        Assert.Contains("publikace.csv", Page("data/katalog.jsonld"));
    }

    [Fact]
    public void json_schema_and_the_web_editor_get_the_kind()
    {
        var export = SchemaExporter.Export(Fixture, Builds.Now);
        Assert.True(export.Succeeded);
        var schema = JsonSchema.FromText(export.Files["publikace.schema.json"]);
        var good = YamlJson.FrontMatter(File.ReadAllText(Path.Combine(Fixture, "content/publikace/zdrave-skoly.md")));
        Assert.True(schema.Evaluate(good).IsValid);
        var bad = good!.DeepClone().AsObject();
        bad.Remove("publisher");
        Assert.False(schema.Evaluate(bad).IsValid);

        var diagnostics = new DiagnosticBag();
        var content = ContentReader.Read(ContentScanner.Scan(Fixture, diagnostics), diagnostics, Builds.Now)!;
        var config = Generator.Editing.CmsConfigWriter.Write(content, Generator.Editing.EditorMode.Local);
        Assert.Contains("- name: publikace", config);
        Assert.Contains("folder: content/publikace", config);
        Assert.Contains("label: Vydavatel", config);
    }

    [Fact]
    public void a_new_entry_of_the_kind_passes_check_as_it_is()
    {
        using var tree = new ContentTree("kinds");
        var outcome = Generator.Scaffolding.EntryScaffolder.Create(tree.Root, "publikace", "nova-publikace", Builds.Now);
        Assert.True(outcome.Created, outcome.Message);
        Assert.Equal("content/publikace/nova-publikace.md", outcome.Path);
        var text = File.ReadAllText(Path.Combine(tree.Root, outcome.Path));
        Assert.Contains("publisher: ", text);
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Contains(result.Files, f => f.Path == "publikace/nova-publikace/index.html");

        var unknown = Generator.Scaffolding.EntryScaffolder.Create(tree.Root, "publikacee", "x", Builds.Now);
        Assert.True(unknown.UnknownKind);
        Assert.Contains("did you mean 'publikace'", unknown.Message);
    }

    [Fact]
    public void bad_values_are_errors_at_their_line_with_a_did_you_mean()
    {
        using var tree = new ContentTree("kinds");
        tree.Write("content/publikace/chybna.md", """
            ---
            title: Chybná publikace
            summary: Má chyby.
            date: 2024-01-01
            publisherr: Někdo
            themes: [zdravy]
            member: znojm
            pages: mnoho
            ---

            Viz [neexistující](zdrave-skolly.md).
            """);
        var errors = Builds.Generate(tree.Root).Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Format()).ToList();
        Assert.Contains(errors, e => e.StartsWith("content/publikace/chybna.md:5:1: error: unknown field 'publisherr'", StringComparison.Ordinal) && e.Contains("'publisher'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("content/publikace/chybna.md:2:1: error: required field 'publisher' is missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("content/publikace/chybna.md:6:10: error: unknown theme 'zdravy'; did you mean 'zdravi'?", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("content/publikace/chybna.md:7:9: error: unknown member 'znojm'; did you mean 'znojmo'?", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("content/publikace/chybna.md:8:8: error:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("content/publikace/chybna.md:11:5: error: link target 'zdrave-skolly.md' does not exist", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    taxonomies: [themes, member, tags]", "    taxonomies: [temata]", "content/site.yml:15:17: error: 'temata' is the key of a taxonomy; did you mean its field 'themes'?")]
    [InlineData("  - key: publikace", "  - key: publikace\n    route: praxe", "content/site.yml:9:10: error: kind 'publikace' takes the URL /praxe/, which the site itself uses")]
    [InlineData("  - key: publikace", "  - key: practice", "content/site.yml:9:10: error: 'practice' is a kind the generator has already")]
    [InlineData("    title: Publikace\n", "", "content/site.yml:9:10: error: kind 'publikace' has no 'title:'")]
    public void a_bad_declaration_is_an_error_at_its_line(string line, string replacement, string error)
    {
        using var tree = new ContentTree("kinds");
        var site = File.ReadAllText(Path.Combine(Fixture, "content/site.yml"));
        Assert.Contains(line, site);
        tree.Write("content/site.yml", site.Replace(line, replacement));
        var result = Builds.Generate(tree.Root);
        Assert.False(result.Succeeded);
        Assert.True(Builds.Errors(result).Contains(error, StringComparison.Ordinal), Builds.Errors(result));
    }

    [Fact]
    public void a_folder_no_kind_reads_is_a_warning_naming_the_nearest_kind()
    {
        using var tree = new ContentTree("kinds");
        tree.Write("content/publikacee/x.md", "---\ntitle: X\n---\n");
        var result = Builds.Generate(tree.Root);
        Assert.Contains(result.Diagnostics, d => d.Format().StartsWith("content/publikacee:1:1: warning: no kind of entry reads content/publikacee/", StringComparison.Ordinal)
            && d.Message.Contains("did you mean 'publikace'", StringComparison.Ordinal));
    }
}
