using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.OpenData;

/// <summary>
/// One table of the open data (practices or events): the fields it publishes — the kind's declared fields less the
/// excluded and personal ones, with the page's address first — and one record per published entry, in that shape.
/// </summary>
/// <param name="Key">The file name: praxe → /data/praxe.csv, praxe.json, praxe.schema.json, praxe.csv-metadata.json.</param>
/// <param name="Fields">What the records hold, in column order: the source of the CSV header, the JSON Schema and the CSVW metadata alike.</param>
public sealed record OpenDataTable(string Key, string TitleCs, string TitleEn, string DescriptionCs, string DescriptionEn,
    EntrySchema Fields, ImmutableArray<JsonObject> Records, DateOnly? From, DateOnly? To)
{
    public string CsvPath => $"{Site.Routes.OpenData}{Key}.csv";
    public string JsonPath => $"{Site.Routes.OpenData}{Key}.json";
    public string SchemaPath => $"{Site.Routes.OpenData}{Key}.schema.json";
    public string CsvMetadataPath => $"{Site.Routes.OpenData}{Key}.csv-metadata.json";
}
