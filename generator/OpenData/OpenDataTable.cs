using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.OpenData;

/// <summary>
/// One table of the open data (practices or events): the fields it publishes — the kind's declared fields less the
/// excluded and personal ones, with the page's address first — and one record per published entry, in that shape.
/// </summary>
/// <param name="Key">The file name: praxe → /data/praxe.csv, praxe.json, praxe.schema.json, praxe.csv-metadata.json.</param>
/// <param name="Title">Its title and description in the site's language (the catalogue's words).</param>
/// <param name="Fields">What the records hold, in column order: the source of the CSV header, the JSON Schema and the CSVW metadata alike.</param>
public sealed record OpenDataTable(string Key, string Title, string Description, EntrySchema Fields, ImmutableArray<JsonObject> Records, DateOnly? From, DateOnly? To)
{
    /// <summary>Its title and description in English, when the site is published in English too (the English catalogue's words); else null.</summary>
    public string? TitleEn { get; init; }
    public string? DescriptionEn { get; init; }

    public string CsvPath => $"{Site.Routes.OpenData}{Key}.csv";
    public string JsonPath => $"{Site.Routes.OpenData}{Key}.json";
    public string SchemaPath => $"{Site.Routes.OpenData}{Key}.schema.json";
    public string CsvMetadataPath => $"{Site.Routes.OpenData}{Key}.csv-metadata.json";
}
