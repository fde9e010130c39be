using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CsvHelper;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.OpenData;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;
using Json.Schema;

namespace DobraPraxe.Generator.Tests.OpenData;

/// <summary>
/// The bundled catalogue as open data: the CSV read by CsvHelper, the JSON checked by JsonSchema.Net against its own
/// schema, both equal to the pages; the columns are the schema's fields, with the personal ones left out.
/// </summary>
public class OpenDataTests
{
    private static readonly Lazy<BuildResult> Bundled = new(() => Builds.Generate(TestPaths.RepositoryRoot));
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static string Text(BuildResult result, string path) => Builds.Page(result, path);

    // Strict RFC 4180: a comma, no guessing; malformed quoting or a row with another field count fails the test.
    private static readonly CsvReaderOptions Strict = new()
    {
        Separator = ',', HasHeader = true, MalformedData = CsvMalformedDataHandling.Throw, FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    internal static List<Dictionary<string, string>> Csv(string text)
    {
        using var reader = CsvReader.FromText(text, Strict);
        var header = Header(reader);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(header.ToDictionary(h => h, reader.GetString));
        return rows;
    }

    internal static string[] Header(string text)
    {
        using var reader = CsvReader.FromText(text, Strict);
        return Header(reader);
    }

    private static string[] Header(CsvReader reader)
    {
        reader.ReadHeader();
        return [.. reader.Headers];
    }

    // The pages, not every file: the page at an old address (praxe/cyklostezky-kromeriz/) is no practice's.
    private static IEnumerable<string> PracticePages(BuildResult result) =>
        result.Pages.Select(p => p.SitePath + "index.html").Where(p => p.StartsWith("praxe/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal)
            && p.Count(c => c == '/') == 2 && !p.StartsWith("praxe/strana/", StringComparison.Ordinal));

    [Fact]
    public void the_csv_has_one_record_per_published_practice_with_the_values_of_its_page()
    {
        Assert.True(Bundled.Value.Succeeded, Builds.Errors(Bundled.Value));
        var rows = Csv(Text(Bundled.Value, "data/praxe.csv"));
        var pages = PracticePages(Bundled.Value).ToList();
        Assert.True(rows.Count >= 20, $"{rows.Count} rows");
        Assert.Equal(pages.Order(StringComparer.Ordinal), rows.Select(r => $"praxe/{r["slug"]}/index.html").Order(StringComparer.Ordinal));
        Assert.Equal(rows.Select(r => r["slug"]).Order(StringComparer.Ordinal), rows.Select(r => r["slug"]));
        foreach (var row in rows)
        {
            var page = new HtmlParser().ParseDocument(Text(Bundled.Value, $"praxe/{row["slug"]}/index.html"));
            Assert.Equal($"https://www.dobrapraxe.cz/praxe/{row["slug"]}/", row["url"]);
            Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), row["url"]);
            Assert.Equal(page.QuerySelector("main h1")!.TextContent, row["title"]);
            Assert.Equal(page.QuerySelector("main .lead")!.TextContent, row["summary"]);
            Assert.Equal(page.QuerySelector(".practice-byline time")!.GetAttribute("datetime"), row["date"]);
            Assert.Contains(page.QuerySelectorAll(".practice-byline a"), a => a.GetAttribute("href") == $"/clenove/{row["member"]}/");
            foreach (var theme in row["themes"].Split(CsvTableWriter.ListSeparator))
                Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/temata/{theme}/");
            Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/roky/{row["year"]}/");
        }
    }

    [Fact]
    public void the_columns_are_the_declared_fields_in_order_without_the_personal_ones()
    {
        var schema = ContentReader.SchemaOf(null, Builds.Now);
        var settings = Bundled.Value.State!.Content.Site.OpenData!;
        var expected = CsvTableWriter.Columns(OpenDataFields.Of(schema.Practice, settings)).Select(c => c.Name).ToArray();
        var header = Header(Text(Bundled.Value, "data/praxe.csv"));
        Assert.Equal(expected, header);
        // Each declared field of a practice is a column (a group's parts as group.part), but for the build's own switch, the old
        // addresses (the site's, not the entry's), the personal contact and the short English section (docs/languages.md).
        var declared = schema.Practice.Fields.SelectMany(f => f.Fields.IsEmpty ? [f.Key] : f.Fields.Select(i => $"{f.Key}.{i.Key}")).ToList();
        Assert.Equal(["aliases", "contact.email", "contact.name", "contact.phone", "draft", "en.summary", "en.title"], declared.Except(header).Order(StringComparer.Ordinal));
        Assert.Equal("url", header[0]);
        Assert.Equal(schema.Event.Fields.Where(f => f.Key is not ("draft" or "aliases" or "en")).Select(f => f.Key).Prepend("url"), Header(Text(Bundled.Value, "data/akce.csv")));
    }

    [Fact]
    public void no_contact_persons_name_email_or_phone_reaches_the_data_files()
    {
        var contacts = Bundled.Value.State!.Content.Practices.Select(p => p.Contact).OfType<Model.Contact>()
            .SelectMany(c => new[] { c.Name, c.Email, c.Phone }).OfType<string>().ToList();
        Assert.NotEmpty(contacts);
        foreach (var file in Bundled.Value.Files.Where(f => f.Path.StartsWith("data/", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(file.Content!);
            foreach (var personal in contacts) Assert.DoesNotContain(personal, text);
        }
    }

    [Theory]
    [InlineData("praxe")]
    [InlineData("akce")]
    public void the_json_is_valid_against_its_schema_and_holds_the_same_records_as_the_csv(string table)
    {
        var schema = JsonSchema.FromText(Text(Bundled.Value, $"data/{table}.schema.json"));
        var json = JsonNode.Parse(Text(Bundled.Value, $"data/{table}.json"))!.AsArray();
        var result = schema.Evaluate(json, Options);
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
        var rows = Csv(Text(Bundled.Value, $"data/{table}.csv"));
        Assert.Equal(rows.Count, json.Count);
        Assert.True(json.Count > 5);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i]["url"], (string)json[i]!["url"]!);
            Assert.Equal(rows[i]["title"], (string)json[i]!["title"]!);
            Assert.Equal(rows[i]["summary"], (string)json[i]!["summary"]!);
        }
        // The schema is not a rubber stamp: a record without its title fails it.
        var broken = json.DeepClone().AsArray();
        broken[0]!.AsObject().Remove("title");
        Assert.False(schema.Evaluate(broken, Options).IsValid);
    }

    [Fact]
    public void lists_of_groups_stay_aligned_and_media_become_absolute_urls()
    {
        var rows = Csv(Text(Bundled.Value, "data/praxe.csv"));
        var withAttachment = rows.First(r => r["attachments.src"].Length > 0);
        foreach (var url in withAttachment["attachments.src"].Split(CsvTableWriter.ListSeparator))
        {
            Assert.StartsWith("https://www.dobrapraxe.cz/media/", url);
            Assert.Contains(Bundled.Value.Files, f => "https://www.dobrapraxe.cz/" + f.Path == url);
        }
        Assert.Equal(withAttachment["attachments.src"].Split(CsvTableWriter.ListSeparator).Length, withAttachment["attachments.title"].Split(CsvTableWriter.ListSeparator).Length);
        var events = Csv(Text(Bundled.Value, "data/akce.csv"));
        Assert.All(events, e => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", e["start"]));
    }

    [Fact]
    public void the_csv_is_rfc_4180_with_crlf_line_ends_and_no_byte_order_mark()
    {
        var bytes = Bundled.Value.Files.Single(f => f.Path == "data/praxe.csv").Content!;
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "").Replace("\"\n", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void the_csvw_metadata_describes_every_column_of_the_header()
    {
        var meta = JsonDocument.Parse(Text(Bundled.Value, "data/praxe.csv-metadata.json")).RootElement;
        Assert.Equal("https://www.dobrapraxe.cz/data/praxe.csv", meta.GetProperty("url").GetString());
        var titles = meta.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("titles").GetString()).ToArray();
        Assert.Equal(Header(Text(Bundled.Value, "data/praxe.csv")), titles);
    }
    [Fact]
    public void the_data_page_links_every_file_names_every_column_and_says_what_is_left_out()
    {
        var page = new HtmlParser().ParseDocument(Text(Bundled.Value, "data/index.html"));
        var links = page.QuerySelectorAll("main a[href^='/data/']").Select(a => a.GetAttribute("href")![1..]).ToHashSet();
        var files = Bundled.Value.Files.Where(f => f.Path.StartsWith("data/", StringComparison.Ordinal) && f.Path != "data/index.html").Select(f => f.Path).ToHashSet();
        Assert.Equal(files, links);
        var columns = page.QuerySelectorAll(".open-data-columns").Select(dl => dl.QuerySelectorAll("dt").Select(dt => dt.TextContent).ToArray()).ToList();
        Assert.Equal([Header(Text(Bundled.Value, "data/praxe.csv")), Header(Text(Bundled.Value, "data/akce.csv")), Header(Text(Bundled.Value, "data/video.csv"))], columns);
        var leftOut = page.QuerySelector(".open-data-left-out")!.QuerySelectorAll("code").Select(c => c.TextContent);
        Assert.Equal(["contact.name", "contact.email", "contact.phone"], leftOut);
        Assert.Contains("/data/", Text(Bundled.Value, "index.html"));
        Assert.Contains("<loc>https://www.dobrapraxe.cz/data/</loc>", Text(Bundled.Value, "sitemap.xml"));
    }
}
