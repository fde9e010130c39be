using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Loading;

/// <summary>Splits <c>---</c>-fenced YAML front matter from the Markdown body.</summary>
public static class FrontMatterSplitter
{
    private const string Fence = "---";

    public static FrontMatterDocument? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(SourceLocation.File(file.Path), "the file is empty",
                "Start the file with front matter: a line '---', fields like 'title: …', and another line '---'.");
            return null;
        }

        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != Fence)
        {
            diagnostics.Error(SourceLocation.File(file.Path), "the file has no front matter: its first line must be '---'",
                "Put the fields between two lines of '---' at the very top of the file, before the text.");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is Fence or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = i + 1 < lines.Length ? string.Join('\n', lines[(i + 1)..]) : "";
                return new FrontMatterDocument(file, yaml, YamlFirstLine: 2, body, BodyFirstLine: i + 2);
            }
        }

        diagnostics.Error(SourceLocation.File(file.Path), "the front matter is not closed: no second '---' line was found",
            "Add a line with just '---' after the last field and before the text.");
        return null;
    }
}
