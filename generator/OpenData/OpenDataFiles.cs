using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Json;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.OpenData;

/// <summary>
/// The catalogue as open data, in /data/: per table (praxe, akce) a CSV, its CSVW description, a JSON list of the
/// same records and that list's JSON Schema; and the DCAT-AP-CZ catalogue describing them for NKOD. Written only
/// when site.yml has 'open_data:'. Rows are sorted by slug (events by start, then slug), so the files are deterministic.
/// </summary>
public static class OpenDataFiles
{
    /// <summary>The tables the site publishes; empty without 'open_data:'.</summary>
    /// <param name="english">The English words and site (its title) when the site is published in English too: each table's English title and description.</param>
    public static IReadOnlyList<OpenDataTable> Tables(SiteModel site, ContentSchema schema, (Words Words, SiteLanguage Site)? english = null)
    {
        if (site.Config.OpenData is not { } settings) return [];
        var practiceFields = OpenDataFields.Of(schema.Practice, settings);
        var eventFields = OpenDataFields.Of(schema.Event, settings);
        var practices = site.Practices.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var events = site.Events.OrderBy(e => e.Source.Start).ThenBy(e => e.Source.Slug, StringComparer.Ordinal).ToList();
        var words = site.Words;
        // Each title and description in the site's words, and in English ones when the site has English.
        OpenDataTable Titled(OpenDataTable table, Func<Words, string, string> title, Func<Words, string, string> description) =>
            table with
            {
                TitleEn = english is { } en ? title(en.Words, en.Site.Title) : null,
                DescriptionEn = english is { } e ? description(e.Words, e.Site.Title) : null,
            };
        var tables = new[]
        {
            Titled(new OpenDataTable("praxe", words[GeneratorWords.PracticesDataTitle], words.Text(GeneratorWords.PracticesDataDescription, ("site", site.Config.Title)),
                practiceFields with { Title = words[GeneratorWords.PracticesDataSchema] },
                [.. practices.Select(p => OpenDataRecords.Practice(p, practiceFields, schema, site.Urls))],
                practices.Count == 0 ? null : practices.Min(p => p.Date), practices.Count == 0 ? null : practices.Max(p => p.Source.LastModified)),
                (w, _) => w[GeneratorWords.PracticesDataTitle], (w, title) => w.Text(GeneratorWords.PracticesDataDescription, ("site", title))),
            Titled(new OpenDataTable("akce", words[GeneratorWords.EventsDataTitle], words[GeneratorWords.EventsDataDescription],
                eventFields with { Title = words[GeneratorWords.EventsDataSchema] },
                [.. events.Select(e => OpenDataRecords.Event(e, eventFields, site.Urls))],
                events.Count == 0 ? null : DateOnly.FromDateTime(events.Min(e => e.Source.Start).Date),
                events.Count == 0 ? null : DateOnly.FromDateTime(events.Max(e => e.Source.End).Date)),
                (w, _) => w[GeneratorWords.EventsDataTitle], (w, _) => w[GeneratorWords.EventsDataDescription]),
        };
        // A kind of site.yml with 'open_data: true' is one more table, named and described by its declaration.
        var kinds = schema.ItemKinds.Where(k => k.OpenData).Select(kind =>
        {
            var fields = OpenDataFields.Of(schema.EntryOf(kind), settings);
            var items = site.ItemsOf(kind);
            var (title, siteTitle) = (("kind", kind.Title!), ("site", site.Config.Title));
            var titleEn = ("kind", kind.TitleEn ?? kind.Title!);
            return Titled(new OpenDataTable(kind.Key, words.Text(GeneratorWords.KindDataTitle, title, siteTitle), words.Text(GeneratorWords.KindDataDescription, title, siteTitle),
                fields with { Title = words.Text(GeneratorWords.KindDataSchema, title) }, [.. items.OrderBy(i => i.Slug, StringComparer.Ordinal).Select(i => OpenDataRecords.Item(i, fields, site.Urls))],
                items.IsEmpty ? null : items.Min(i => i.Date), items.IsEmpty ? null : items.Max(i => i.Date)),
                (w, site) => w.Text(GeneratorWords.KindDataTitle, titleEn, ("site", site)), (w, site) => w.Text(GeneratorWords.KindDataDescription, titleEn, ("site", site)));
        });
        return [.. tables, .. kinds];
    }

    /// <summary>The English words and the English site (its title and description) when the site is published in English too; else null.</summary>
    public static (Words Words, SiteLanguage Site)? EnglishOf(SiteConfig site, Func<string, Words> wordsFor) =>
        site.HasEnglish ? (wordsFor(ContentSchema.English), site.Languages.First(l => l.Code == ContentSchema.English)) : null;

    /// <param name="english">The English words and site (title, description) when the site has English: the catalogue's @en texts.</param>
    public static IEnumerable<OutputFile> Build(SiteModel site, IReadOnlyList<OpenDataTable> tables, (Words Words, SiteLanguage Site)? english = null)
    {
        if (site.Config.OpenData is not { } settings || tables.Count == 0) return [];
        var personal = tables.Any(t => OpenDataFields.HasPersonalData(t.Fields));
        var files = new List<OutputFile>();
        foreach (var table in tables)
        {
            files.Add(OutputFile.Text(table.CsvPath, CsvTableWriter.Write(table)));
            files.Add(OutputFile.Text(table.CsvMetadataPath, CsvMetadataWriter.Write(table, site.Urls)));
            files.Add(OutputFile.Text(table.JsonPath, Json(table)));
            files.Add(OutputFile.Text(table.SchemaPath, JsonSchemaWriter.Records(table.Fields, new Uri(site.Urls.Absolute(table.SchemaPath)))));
        }
        files.Add(OutputFile.Text(DcatCatalogWriter.Path, DcatCatalogWriter.Write(tables, settings, site.Config, site.Urls, site.Themes, personal, site.Words, english)));
        return files;
    }

    private static string Json(OpenDataTable table) =>
        new JsonArray([.. table.Records.Select(r => (JsonNode)r.DeepClone())])
            .ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
}
