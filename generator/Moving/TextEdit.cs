using System.Text;

namespace DobraPraxe.Generator.Moving;

/// <summary>One change to a file's text: <see cref="Length"/> characters at <see cref="Start"/> become <see cref="Replacement"/>.</summary>
/// <param name="Line">1-based line of the file where it is, for the report; <paramref name="Column"/> 1-based.</param>
/// <param name="What">What changed, as the report says it ("related: a → b").</param>
public sealed record TextEdit(int Start, int Length, string Replacement, int Line, int Column, string What)
{
    /// <summary>The text with every edit made; edits do not overlap (the last of two at one place is dropped).</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var result = new StringBuilder(text);
        var end = int.MaxValue;
        foreach (var edit in edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.Length))
        {
            if (edit.Start + edit.Length > end) continue;
            result.Remove(edit.Start, edit.Length).Insert(edit.Start, edit.Replacement);
            end = edit.Start;
        }
        return result.ToString();
    }
}
