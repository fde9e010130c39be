using System.Text.Json.Nodes;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;
using Json.Schema;

namespace DobraPraxe.Generator.Tests.Schema;

/// <summary>The 'schema' command's JSON Schema, checked with a real validator (JsonSchema.Net) against real content.</summary>
public class JsonSchemaTests
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> Sites => new() { TestPaths.RepositoryRoot, TestPaths.Fixture("basic"), TestPaths.Fixture("extended"), TestPaths.Fixture("english") };

    [Theory]
    [MemberData(nameof(Sites))]
    public void every_content_file_of_a_valid_site_validates_against_its_schema(string site)
    {
        var schemas = Load(site);
        var checkedFiles = 0;
        foreach (var (file, schema) in FilesWithSchemas(site))
        {
            var text = File.ReadAllText(file);
            var json = file.EndsWith(".md", StringComparison.Ordinal) ? YamlJson.FrontMatter(text) : YamlJson.Convert(text);
            var result = schemas[schema].Evaluate(json, Options);
            Assert.True(result.IsValid, $"{Path.GetRelativePath(site, file)} against {schema}:\n{Errors(result)}");
            checkedFiles++;
        }
        Assert.True(checkedFiles > 5, $"only {checkedFiles} files were checked");
    }

    [Theory]
    [InlineData("member: znojmo", "member: neznamy")]
    [InlineData("year: 2015", "year: 1890")]
    [InlineData("themes: [doprava-a-mobilita, zdravi]", "themes: [doprava-a-mobilita, zdravi, zdravi, kultura-a-tradice]")]
    [InlineData("title: Cyklostezky kolem Znojma", "titel: Cyklostezky kolem Znojma")]
    [InlineData("date: 2021-02-17", "date: 17. 2. 2021")]
    public void a_mistake_that_check_rejects_is_rejected_by_the_schema_too(string line, string broken)
    {
        var basic = TestPaths.Fixture("basic");
        var text = File.ReadAllText(Path.Combine(basic, "content/practices/znojmo-cyklostezky.md"));
        Assert.Contains(line, text);
        var schema = Load(basic)["practice.schema.json"];
        Assert.True(schema.Evaluate(YamlJson.FrontMatter(text), Options).IsValid);
        Assert.False(schema.Evaluate(YamlJson.FrontMatter(text.Replace(line, broken)), Options).IsValid);
    }

    [Fact]
    public void the_schema_offers_the_site_s_own_keys_and_declared_fields()
    {
        var files = SchemaExporter.Export(TestPaths.Fixture("extended"), Builds.Now).Files;
        var practice = JsonNode.Parse(files["practice.schema.json"])!["properties"]!;
        Assert.Equal(["jihlava", "kraj-vysocina", "znojmo"], practice["member"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Order());
        Assert.Equal("integer", practice["budget"]!["type"]!.GetValue<string>());
        Assert.Equal("Rozpočet", practice["budget"]!["title"]!.GetValue<string>());
        Assert.Contains("cilove-skupiny.schema.json", files.Keys);
        Assert.Equal(JsonSchemaWriterDraft, JsonNode.Parse(files["members.schema.json"])!["$schema"]!.GetValue<string>());
    }

    private const string JsonSchemaWriterDraft = "https://json-schema.org/draft/2020-12/schema";

    private static Dictionary<string, JsonSchema> Load(string site)
    {
        var result = SchemaExporter.Export(site, Builds.Now);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        return result.Files.ToDictionary(f => f.Key, f => JsonSchema.FromText(f.Value));
    }

    private static IEnumerable<(string File, string Schema)> FilesWithSchemas(string site)
    {
        var content = Path.Combine(site, "content");
        // A translation (<slug>.en.md) writes part of its kind's fields: it has a schema of its own (<kind>.translation.schema.json).
        IEnumerable<(string File, bool Translation)> Md(string folder) => Directory.Exists(Path.Combine(content, folder))
            ? Directory.EnumerateFiles(Path.Combine(content, folder), "*.md").Select(f => (f, Generator.Loading.ContentScanner.TranslationName(f) is not null))
            : [];
        foreach (var (kind, folder) in new[] { ("practice", "practices"), ("event", "events"), ("page", "pages") })
            foreach (var (f, translation) in Md(folder)) yield return (f, translation ? kind + ".translation.schema.json" : kind + ".schema.json");
        yield return (Path.Combine(content, "site.yml"), "site.schema.json");
        foreach (var name in new[] { "themes", "regions", "members" }) yield return (Path.Combine(content, "data", name + ".yml"), name + ".schema.json");
        var conferences = Path.Combine(content, "conferences");
        if (!Directory.Exists(conferences)) yield break;
        foreach (var folder in Directory.EnumerateDirectories(conferences))
        {
            yield return (Path.Combine(folder, "site.yml"), "conference.schema.json");
            foreach (var f in Directory.EnumerateFiles(folder, "*.md")) yield return (f, "page.schema.json");
            if (File.Exists(Path.Combine(folder, "program.yml"))) yield return (Path.Combine(folder, "program.yml"), "program.schema.json");
            if (File.Exists(Path.Combine(folder, "speakers.yml"))) yield return (Path.Combine(folder, "speakers.yml"), "speakers.schema.json");
        }
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
