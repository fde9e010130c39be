using System.Text.RegularExpressions;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Schema;

/// <summary>The field tables of the editors' guide are written from the schema; this fails when they drift apart.</summary>
public partial class EditorsGuideTests
{
    private static readonly ContentSchema Declared = ContentReader.SchemaOf(null, Builds.Now);

    private static string Table(string name) => name switch
    {
        "practice" => FieldTableWriter.Table(Declared.Practice),
        "event" => FieldTableWriter.Table(Declared.Event),
        "page" => FieldTableWriter.Table(Declared.Page),
        "conference" => FieldTableWriter.Table(Declared.ConferenceSite),
        "program" => FieldTableWriter.Table(Declared.Program, nested: true),
        "member" => FieldTableWriter.Table(Declared.Member),
        "taxonomy" => FieldTableWriter.Table(Declared.Site with { Fields = Declared.Site["taxonomies"].Fields }),
        "field" => FieldTableWriter.Table(Declared.Site with { Fields = Declared.Site["fields"].Fields }),
        "pristupnost" => FieldTableWriter.Table(Declared.Site with { Fields = Declared.Site["accessibility"].Fields }, nested: true),
        "data" => FieldTableWriter.Table(Declared.Site with { Fields = Declared.Site["open_data"].Fields }, nested: true),
        "media" => Generator.Imaging.MediaTypes.EditorsTable(Declared.Practice),
        // The generator's declared kinds (video): their tables come from their declaration like every other.
        _ when Declared.ItemKinds.Any(k => k.Key == name) => FieldTableWriter.Table(Declared.EntryOf(Declared.Kind(name))),
        _ => throw new ArgumentException($"content/README.md names an unknown table '{name}'"),
    };

    [Fact]
    public void the_field_tables_in_content_readme_are_the_ones_the_schema_gives()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "content", "README.md");
        var text = File.ReadAllText(path);
        var tables = Marker().Matches(text);
        Assert.True(tables.Count >= 6, "content/README.md should hold the generated field tables");
        var expected = Marker().Replace(text, m => m.Groups["head"].Value + Table(m.Groups["name"].Value) + m.Groups["tail"].Value);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(path, expected);
        Assert.True(expected == text, "content/README.md's field tables differ from the schema; run the tests with UPDATE_GOLDEN=1 to rewrite them, then review the diff");
    }

    [GeneratedRegex(@"(?<head><!-- pole: (?<name>[a-z]+) [^\n]*-->\n)(?<table>.*?)(?<tail><!-- /pole -->)", RegexOptions.Singleline)]
    private static partial Regex Marker();
}
