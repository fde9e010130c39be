using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using DobraPraxe.Generator.MarkdownRendering.Extensions.HeadingAnchors;

namespace DobraPraxe.Generator.MarkdownRendering.Extensions.TableScroll;

/// <summary>
/// Markdig's table, with each column's alignment moved onto its cells as <c>align-left|center|right</c> and the
/// table wrapped in <c>&lt;div class="table-scroll" tabindex="0" role="region" aria-label="Tabulka"&gt;</c>, named by
/// <paramref name="label"/>.
/// </summary>
public sealed class TableScrollRenderer(string label) : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        MoveAlignmentIntoClasses(table);
        var markup = HeadingAnchorRenderer.Capture(renderer, () => base.Write(renderer, table));
        // The table starts on a new line and is followed by one; the box sits tight around the table itself.
        var start = markup.StartsWith('\n') ? 1 : 0;
        var end = markup.EndsWith('\n') ? markup.Length - 1 : markup.Length;
        if (start == 1) renderer.Write('\n');
        // Markdig's tables have no caption, so every box has the same name.
        renderer.Write("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").WriteEscape(label).Write("\">")
            .Write(markup[start..end]).Write("</div>");
        if (end < markup.Length) renderer.WriteLine();
    }

    // Markdig writes alignment (and grid tables' column widths) as style attributes; a class on each cell says the same.
    private static void MoveAlignmentIntoClasses(Table table)
    {
        var columns = table.ColumnDefinitions;
        foreach (var row in table.OfType<TableRow>())
        {
            var position = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : Math.Min(position, columns.Count - 1);
                if (column >= 0 && columns[column].Alignment is { } alignment)
                    cell.GetAttributes().AddClass("align-" + alignment.ToString().ToLowerInvariant());
                position++;
            }
        }
        foreach (var column in columns)
        {
            column.Alignment = null;
            column.Width = 0;
        }
    }
}
