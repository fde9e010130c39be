using System.Text.Json.Nodes;
using System.Text;
using DobraPraxe.Generator.Editing;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Editing;

/// <summary>
/// admin/config.yml is held against the schema field by field: every field of practices, events and pages (the
/// site's own included), every taxonomy, the site's keys as options. And /admin/ exists only when site.yml asks.
/// </summary>
public class CmsConfigTests
{
    private static BuildResult Build(string source, EditorMode? mode) =>
        new SiteGenerator(new BuildOptions
        {
            SourceDirectory = source, OutputDirectory = Path.Combine(source, "site-output"), Now = Builds.Now, Editor = mode,
        }).Generate();

    private static string File(BuildResult result, string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content!);

    private static JsonObject Config(BuildResult result) => YamlJson.Convert(File(result, EditorFiles.ConfigPath))!.AsObject();

    private static JsonArray Fields(JsonObject config, string collection) =>
        config["collections"]!.AsArray().Single(c => (string?)c!["name"] == collection)!["fields"]!.AsArray();

    private static void AssertFieldsMatch(IEnumerable<FieldSpec> declared, JsonArray fields, string where, bool optionalGroup = false)
    {
        var byName = fields.ToDictionary(f => (string)f!["name"]!, f => f!.AsObject());
        foreach (var spec in declared)
        {
            Assert.True(byName.ContainsKey(spec.Key), $"{where}: the editor lacks '{spec.Key}'");
            var field = byName[spec.Key];
            Assert.Equal(spec.Title.Length > 0 ? spec.Title : spec.Key, (string?)field["label"]);
            // Inside an optional group every part is optional in the form (the CMS would demand it of every entry).
            Assert.Equal(spec.Required && !optionalGroup, (bool)field["required"]!);
            if (spec.Help.Length > 0) Assert.Equal(spec.Help, (string?)field["hint"]);
            if (spec.Type is FieldType.Number && spec.Min is { } min) Assert.Equal(min, (long)field["min"]!);
            if (spec.Type is FieldType.Number && spec.Max is { } max) Assert.Equal(max, (long)field["max"]!);
            if (spec.Type is FieldType.Text && spec.Upload == UploadKind.None)
                Assert.Contains($"{{0,{spec.MaxLength}}}", (string?)field["pattern"]![0]);
            if (spec.Type is FieldType.Choice)
                Assert.Equal(spec.Choices.Select(c => c.Key), field["options"]!.AsArray().Select(o => (string?)o!["value"]));
            if (spec.Type is FieldType.Group or FieldType.GroupList)
                AssertFieldsMatch(spec.Fields, field["fields"]!.AsArray(), $"{where}.{spec.Key}", spec.Type is FieldType.Group && !spec.Required);
        }
        // Nothing more than declared, but the body.
        Assert.Equal(declared.Select(f => f.Key).Order(), byName.Keys.Where(k => k != "body").Order());
    }

    [Fact]
    public void the_config_has_every_field_of_practices_events_and_pages_as_the_schema_declares_it()
    {
        var result = Build(TestPaths.Fixture("basic"), EditorMode.Published);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var schema = result.State!.Content.Schema;
        var config = Config(result);
        AssertFieldsMatch(schema.Practice.Fields, Fields(config, "practices"), "practices");
        AssertFieldsMatch(schema.Event.Fields, Fields(config, "events"), "events");
        AssertFieldsMatch(schema.Page.Fields, Fields(config, "pages"), "pages");
        // The generator's declared kind (video) is a collection like a site's kind.
        AssertFieldsMatch(schema.EntryOf(schema.Kind("video")).Fields, Fields(config, "videa"), "videa");
        Assert.Equal(["content/practices", "content/events", "content/pages", "content/videa"], config["collections"]!.AsArray().Select(c => (string?)c!["folder"]));
        Assert.Equal("content/media", (string?)config["media_folder"]);
        Assert.Equal("media", (string?)config["public_folder"]);
    }

    [Fact]
    public void keys_are_chosen_from_the_sites_own_members_themes_and_regions_with_names_as_labels()
    {
        var result = Build(TestPaths.Fixture("basic"), EditorMode.Published);
        var content = result.State!.Content;
        var practice = Fields(Config(result), "practices").ToDictionary(f => (string)f!["name"]!, f => f!.AsObject());
        Assert.Equal(content.Members.Select(m => (m.Key, m.Name)).Order(),
            practice["member"]["options"]!.AsArray().Select(o => ((string)o!["value"]!, (string)o["label"]!)).Order());
        Assert.Equal(content.Themes.Select(t => (t.Key, t.Name)).Order(),
            practice["themes"]["options"]!.AsArray().Select(o => ((string)o!["value"]!, (string)o["label"]!)).Order());
        Assert.True((bool)practice["themes"]["multiple"]!);
        Assert.Equal(1L, (long)practice["themes"]["min"]!);
        Assert.Equal(3L, (long)practice["themes"]["max"]!);
        Assert.Equal("relation", (string?)practice["related"]["widget"]);
        Assert.Equal("image", (string?)practice["images"]["fields"]!.AsArray().Single(f => (string?)f!["name"] == "src")!["widget"]);
        Assert.Equal(Enumerable.Range(1, 17).Select(n => (long)n), practice["sdgs"]["options"]!.AsArray().Select(o => (long)o!["value"]!));
    }

    [Fact]
    public void every_taxonomy_of_the_schema_can_be_filled_in_through_the_field_it_reads()
    {
        var result = Build(TestPaths.Fixture("extended"), EditorMode.Published);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var names = Fields(Config(result), "practices").Select(f => (string)f!["name"]!).ToHashSet();
        foreach (var taxonomy in result.State!.Content.Schema.Taxonomies)
            Assert.Contains(taxonomy.Field.Split('.')[0], names);
    }

    [Fact]
    public void a_site_that_declares_its_own_field_and_taxonomy_gets_them_in_the_editor()
    {
        var result = Build(TestPaths.Fixture("extended"), EditorMode.Published);
        var content = result.State!.Content;
        var practice = Fields(Config(result), "practices").ToDictionary(f => (string)f!["name"]!, f => f!.AsObject());
        // fields: budget (money), web_projektu (url), stav (text); taxonomies: cilove-skupiny over target_groups.
        Assert.Equal("number", (string?)practice["budget"]["widget"]);
        Assert.Equal(0L, (long)practice["budget"]["min"]!);
        Assert.Equal("Rozpočet", (string?)practice["budget"]["label"]);
        Assert.StartsWith("^https?://", (string?)practice["web_projektu"]["pattern"]![0]);
        Assert.Contains((string?)practice["stav"]["widget"], new[] { "string", "text" });
        Assert.Equal("^[^\\n]{0,1000}$", (string?)practice["stav"]["pattern"]![0]);
        var terms = content.Terms["data/cilove-skupiny.yml"];
        Assert.Equal("select", (string?)practice["target_groups"]["widget"]);
        Assert.Equal(terms.Select(t => (t.Key, t.Name)).Order(),
            practice["target_groups"]["options"]!.AsArray().Select(o => ((string)o!["value"]!, (string)o["label"]!)).Order());
        Assert.Equal("Cílové skupiny", (string?)practice["target_groups"]["label"]);
    }

    [Fact]
    public void without_editor_in_site_yml_there_is_no_admin_folder_and_robots_and_headers_are_as_before()
    {
        var result = Builds.Generate(TestPaths.Fixture("basic"));
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("admin/", StringComparison.Ordinal));
        Assert.DoesNotContain("Disallow", File(result, "robots.txt"));
        Assert.DoesNotContain("/admin/", File(result, "_headers"));
    }

    [Fact]
    public void editor_in_site_yml_publishes_admin_with_its_own_policy_kept_out_of_robots_and_the_sitemap()
    {
        using var site = new ContentTree("basic");
        site.Write("content/site.yml", System.IO.File.ReadAllText(Path.Combine(TestPaths.Fixture("basic"), "content", "site.yml")) + "editor:\n  repo: nszm/dobrapraxe\n  branch: main\n");
        var result = Build(site.Root, mode: null);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Equal(["admin/config.yml", "admin/editor.html", "admin/editor.js", "admin/index.html", "admin/sveltia-cms.js"],
            result.Files.Where(f => f.Path.StartsWith("admin/", StringComparison.Ordinal)).Select(f => f.Path).Order(StringComparer.Ordinal));
        var config = Config(result);
        Assert.Equal("github", (string?)config["backend"]!["name"]);
        Assert.Equal("nszm/dobrapraxe", (string?)config["backend"]!["repo"]);
        Assert.Equal("editorial_workflow", (string?)config["publish_mode"]);
        Assert.Contains("Disallow: /admin/", File(result, "robots.txt"));
        Assert.DoesNotContain("/admin/", File(result, "sitemap.xml"));
        var headers = File(result, "_headers");
        Assert.Contains("/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: " + EditorFiles.Policy(EditorMode.Published), headers);
        // The public pages keep theirs, untouched.
        Assert.StartsWith(DobraPraxe.Generator.Formats.SecurityHeaders.File(), headers);
        Assert.Contains("connect-src 'self' blob: data: https://api.github.com", EditorFiles.Policy(EditorMode.Published));
        foreach (var page in new[] { "admin/index.html", "admin/editor.html" })
        {
            Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{EditorFiles.Policy(EditorMode.Published)}\">", File(result, page));
            Assert.Contains("noindex", File(result, page));
        }
        Assert.Contains("<script src=\"sveltia-cms.js\"></script>", File(result, "admin/editor.html"));
    }

    [Fact]
    public void a_wrong_repository_in_editor_is_an_error_at_its_line()
    {
        using var site = new ContentTree("basic");
        var original = System.IO.File.ReadAllText(Path.Combine(TestPaths.Fixture("basic"), "content", "site.yml"));
        site.Write("content/site.yml", original + "editor:\n  repo: jen-nazev\n");
        var result = Build(site.Root, mode: null);
        var line = original.Split('\n').Length + 1;
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Location.Path == "content/site.yml" && d.Location.Line == line && d.Message.Contains("GitHub repository"));
    }

    [Fact]
    public void the_local_editor_under_serve_talks_to_the_preview_servers_backend()
    {
        var result = Build(TestPaths.Fixture("basic"), EditorMode.Local);
        var config = Config(result);
        Assert.Equal("proxy", (string?)config["backend"]!["name"]);
        Assert.Equal(CmsConfigWriter.LocalBackendPath, (string?)config["backend"]!["proxy_url"]);
        Assert.Null(config["publish_mode"]);
        Assert.Contains(result.Files, f => f.Path == "admin/decap-cms.js");
        Assert.Contains("<script src=\"decap-cms.js\"></script>", File(result, "admin/editor.html"));
    }

    [Fact]
    public void media_the_editor_inserts_is_saved_in_content_media_and_named_as_check_accepts_it_in_front_matter_and_body()
    {
        var config = Config(Build(TestPaths.Fixture("basic"), EditorMode.Published));
        using var site = new TempFolder();
        site.CopyFrom(TestPaths.Fixture("basic"));
        foreach (var collection in config["collections"]!.AsArray().Select(c => c!.AsObject()))
        {
            var folder = (string)collection["folder"]!;
            // The body's uploads: saved beside the entries' folder in content/media, linked relative to the entry.
            var bodyFolder = Path.GetRelativePath(site.Path, Path.GetFullPath(Path.Combine(site.Path, folder, (string)collection["media_folder"]!)));
            Assert.Equal("content/media", bodyFolder.Replace('\\', '/'));
            // The image and file fields: saved in content/media, named from content/.
            foreach (var upload in collection["fields"]!.AsArray().SelectMany(Uploads))
            {
                Assert.Equal("/content/media", (string?)upload["media_folder"]);
                Assert.Equal(CmsConfigWriter.PublicFolder, (string?)upload["public_folder"]);
            }
        }
        var practices = config["collections"]!.AsArray().Single(c => (string?)c!["name"] == "practices")!;
        var body = (string)practices["public_folder"]!;
        var entry = Path.Combine(site.Path, (string)practices["folder"]!, "znojmo-cyklostezky.md");
        // What the editor writes for an uploaded mapa.svg: the field's path in front matter, the body's in the text.
        System.IO.File.WriteAllText(entry, System.IO.File.ReadAllText(entry).TrimEnd() + $"\n\n![Mapa cyklostezek]({body}/mapa.svg)\n");
        var result = Build(site.Path, EditorMode.Published);
        Assert.True(result.Succeeded, Builds.Errors(result));
    }

    private static IEnumerable<JsonObject> Uploads(JsonNode? field) =>
        field!["widget"]?.GetValue<string>() is "image" or "file" ? [field.AsObject()]
        : field["fields"] is JsonArray inner ? inner.SelectMany(Uploads) : [];

    [Fact]
    public void a_site_in_two_languages_edits_the_translations_beside_their_originals_from_the_schema()
    {
        var published = Config(Build(TestPaths.Fixture("english"), EditorMode.Published));
        var i18n = published["i18n"]!.AsObject();
        Assert.Equal("multiple_files", (string?)i18n["structure"]);
        Assert.Equal(["cs", "en"], i18n["locales"]!.AsArray().Select(l => (string?)l));
        Assert.Equal("cs", (string?)i18n["default_locale"]);
        // x.md stays the Czech file, x.en.md beside it: what the generator reads.
        Assert.True((bool)i18n["omit_default_locale_from_file_path"]!);
        foreach (var collection in published["collections"]!.AsArray()) Assert.True((bool)collection!["i18n"]!, (string?)collection["name"]);

        var fields = Fields(published, "practices");
        JsonObject Named(JsonArray list, string name) => list.Single(f => (string?)f!["name"] == name)!.AsObject();
        // The translatable fields, declared once (FieldSpec.Translatable), are edited per language; the others are the original's only.
        foreach (var name in new[] { "title", "summary", "motto", "body" }) Assert.True((bool)Named(fields, name)["i18n"]!, name);
        foreach (var name in new[] { "member", "themes", "year" }) Assert.Null(Named(fields, name)["i18n"]);
        // A list with translatable parts: edited per language, its other parts copied from the original.
        var images = Named(fields, "images");
        Assert.True((bool)images["i18n"]!);
        Assert.True((bool)Named(images["fields"]!.AsArray(), "alt")["i18n"]!);
        Assert.Equal("duplicate", (string?)Named(images["fields"]!.AsArray(), "src")["i18n"]);
        Assert.True((bool)Named(Fields(published, "pages"), "description")["i18n"]!);

        // A one-language site has no languages to edit side by side.
        Assert.Null(Config(Build(TestPaths.Fixture("basic"), EditorMode.Published))["i18n"]);
        Assert.Null(Config(Build(TestPaths.Fixture("basic"), EditorMode.Local))["i18n"]);
    }

    /// <summary>
    /// serve's editor (Decap CMS) gets the same side-by-side translation as the published one: the same 'i18n' and the same
    /// fields, from the same schema. Decap ignores 'omit_default_locale_from_file_path' and names the Czech file x.cs.md;
    /// serve's local backend reads and writes x.md for it (LocalBackendTests).
    /// </summary>
    [Fact]
    public void serves_editor_translates_side_by_side_as_the_published_one_does()
    {
        var published = Config(Build(TestPaths.Fixture("english"), EditorMode.Published));
        var local = Config(Build(TestPaths.Fixture("english"), EditorMode.Local));
        Assert.Equal(published["i18n"]!.ToJsonString(), local["i18n"]!.ToJsonString());
        Assert.Equal(published["collections"]!.ToJsonString(), local["collections"]!.ToJsonString());
        Assert.Equal("proxy", (string?)local["backend"]!["name"]);
    }
}
