using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.OpenData;

/// <summary>
/// The CSV's description in CSV on the Web (W3C CSVW, /data/praxe.csv-metadata.json): each column's name, Czech
/// title, datatype and list separator, from the same fields as the header. The catalogue names it as the CSV's schema.
/// </summary>
public static class CsvMetadataWriter
{
    public static string Write(OpenDataTable table, SiteUrls urls)
    {
        var columns = new JsonArray();
        foreach (var (name, field, group) in CsvTableWriter.Columns(table.Fields))
        {
            var column = new JsonObject
            {
                ["name"] = name.Replace('.', '_'),
                ["titles"] = name,
                ["dc:description"] = group is null ? field.Title : $"{group.Title}: {field.Title}",
                ["datatype"] = Datatype(field),
                ["required"] = group is null && field.Required,
            };
            if (field.IsList || group?.Type == FieldType.GroupList) column["separator"] = CsvTableWriter.ListSeparator;
            columns.Add(column);
        }
        var root = new JsonObject
        {
            ["@context"] = new JsonArray("http://www.w3.org/ns/csvw", new JsonObject { ["@language"] = "cs" }),
            ["url"] = urls.Absolute(table.CsvPath),
            ["dc:title"] = table.Title,
            ["dialect"] = new JsonObject { ["delimiter"] = ",", ["encoding"] = "utf-8", ["header"] = true, ["lineTerminators"] = new JsonArray("\r\n") },
            ["tableSchema"] = new JsonObject { ["columns"] = columns, ["primaryKey"] = "url" },
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string Datatype(FieldSpec field) => field.Type switch
    {
        FieldType.Number or FieldType.Money or FieldType.NumberList => "integer",
        FieldType.Date => "date",
        FieldType.DateTime => "dateTime",
        FieldType.Bool => "boolean",
        FieldType.Url => "anyURI",
        // A file of content/media/ is published as its address, a video as its address on its host.
        FieldType.Text when field.Upload != UploadKind.None => "anyURI",
        _ => "string",
    };
}
