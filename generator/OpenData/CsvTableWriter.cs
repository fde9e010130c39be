using System.Buffers;
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
/// Officials open the file in a spreadsheet, which evaluates a cell that starts like a formula: such text is
/// neutralised with a leading apostrophe (OWASP's CSV injection rule), and a '|' inside a list item is written '\|'
/// (a backslash as '\\'), so splitting at the separator gives the items back. The JSON carries the exact values.
/// </summary>
public static class CsvTableWriter
{
    public const string ListSeparator = " | ";

    /// <summary>First characters with which a spreadsheet (Excel, LibreOffice Calc) starts a formula or a DDE call.</summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

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
            JsonArray many => string.Join(ListSeparator, many.Select(item => Item(item?[field.Key]))),
            _ => "",
        };
    }

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray items => string.Join(ListSeparator, items.Select(Item)),
        _ => Scalar(node),
    };

    /// <summary>One item of a list: as a cell, with the separator's '|' (and the escape itself) escaped.</summary>
    private static string Item(JsonNode? node) => Scalar(node).Replace("\\", "\\\\").Replace("|", "\\|");

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var s) => Neutralised(s),
        JsonValue value when value.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue value when value.TryGetValue<int>(out var n) => n.ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    /// <summary>Text as a spreadsheet shows it, never evaluated: numbers and booleans are not text and stay as they are.</summary>
    public static string Neutralised(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.Append(string.Join(',', cells.Select(Quote)));
        text.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
