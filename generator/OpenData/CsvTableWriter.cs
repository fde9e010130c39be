using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.OpenData;

/// <summary>
/// A table as CSV (RFC 4180: comma-separated, CRLF line ends, a header row, fields with a comma, quote or line
/// break in double quotes, quotes doubled; UTF-8 without a byte order mark). One column per published field,
/// a group's parts as 'group.part'; a list's items joined with <see cref="ListSeparator"/>, and the items of a list
/// of groups in the same order in each of its columns (an empty part stays an empty place).
/// </summary>
public static class CsvTableWriter
{
    public const string ListSeparator = " | ";

    /// <summary>The header: the column names in order, derived from the table's fields.</summary>
    public static IReadOnlyList<(string Name, FieldSpec Field, FieldSpec? Group)> Columns(EntrySchema fields) =>
        [.. fields.Fields.SelectMany(f => f.Type is FieldType.Group or FieldType.GroupList
            ? f.Fields.Select(inner => ($"{f.Key}.{inner.Key}", inner, (FieldSpec?)f))
            : [(f.Key, f, (FieldSpec?)null)])];

    public static string Write(OpenDataTable table)
    {
        var columns = Columns(table.Fields);
        var text = new StringBuilder();
        Line(text, columns.Select(c => c.Name));
        foreach (var record in table.Records)
            Line(text, columns.Select(c => Cell(record, c.Name, c.Field, c.Group)));
        return text.ToString();
    }

    private static string Cell(JsonObject record, string name, FieldSpec field, FieldSpec? group)
    {
        if (group is null) return Text(record[field.Key]);
        return record[group.Key] switch
        {
            JsonObject one => Text(one[field.Key]),
            JsonArray many => string.Join(ListSeparator, many.Select(item => Text(item?[field.Key]))),
            _ => "",
        };
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray items => string.Join(ListSeparator, items.Select(Text)),
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value when value.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue value when value.TryGetValue<int>(out var n) => n.ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.Append(string.Join(',', cells.Select(Quote)));
        text.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
