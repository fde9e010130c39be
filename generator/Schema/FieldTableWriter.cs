using System.Text;

namespace DobraPraxe.Generator.Schema;

/// <summary>
/// The editors' field tables of content/README.md, written from the declaration (a test keeps the
/// README equal to them), so the guide names exactly the fields that 'check' accepts.
/// </summary>
public static class FieldTableWriter
{
    /// <summary>A Markdown table: field, required, what to write.</summary>
    /// <param name="nested">Also a row for each field inside a group (program.yml's days and sessions).</param>
    public static string Table(EntrySchema kind, bool nested = false)
    {
        var text = new StringBuilder("| Pole | Povinné | Co zapsat |\n|---|---|---|\n");
        foreach (var field in kind.Fields) Row(text, field, nested);
        return text.ToString();
    }

    private static void Row(StringBuilder text, FieldSpec field, bool nested)
    {
        var help = field.Help.Length > 0 ? field.Help : field.Title;
        text.Append($"| `{field.Key}` | {(field.Required ? "ano" : "ne")} | {help.Replace("|", "\\|")} |\n");
        if (nested && field.Type is FieldType.Group or FieldType.GroupList)
            foreach (var inner in field.Fields) Row(text, inner, nested);
    }
}
