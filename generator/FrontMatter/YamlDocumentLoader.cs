using DobraPraxe.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>Parses YAML text into a node tree, reporting syntax errors at their line in the original file.</summary>
public static class YamlDocumentLoader
{
    /// <summary>
    /// The top-level mapping of <paramref name="yaml"/>, or null after reporting why there is none.
    /// <paramref name="firstLine"/> is the line of the original file the YAML text starts on.
    /// </summary>
    public static YamlMappingNode? LoadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics, bool emptyIsEmptyMap = false)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            Report(e.Start, Translate(Clean(e.InnerException?.Message ?? e.Message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some broken input (an unclosed '[' at the end); locate it by replaying the events.
            Report(LastReadableMark(yaml), "a bracket, brace or quote is not closed");
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's node builder rejects some event sequences (text glued to the end of a '{ }' group) this way.
            Report(LastReadableMark(yaml), "unexpected text after a value; check this line and the lines above it");
            return null;
        }

        void Report(Mark mark, string message) =>
            diagnostics.Error(new SourceLocation(path, (int)mark.Line + firstLine - 1, (int)mark.Column),
                $"invalid YAML: {message}",
                "Check indentation (spaces, not tabs), the ':' after each field name, and put text that contains ': ' or starts with a quote, '[', '{', '*', '&', '!' or '@' in quotes.");

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            if (emptyIsEmptyMap) return new YamlMappingNode();
            diagnostics.Error(new SourceLocation(path, firstLine, 1), "no fields were found",
                "Write one field a line, like 'title: Název'.");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            diagnostics.Error(new SourceLocation(path, (int)second.Line + firstLine - 1, 1), "only one YAML document is allowed here",
                "Remove the extra '---' line.");
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            var root = stream.Documents[0].RootNode.Start;
            diagnostics.Error(new SourceLocation(path, (int)root.Line + firstLine - 1, (int)root.Column),
                "expected fields ('name: value' lines), found a single value or a list",
                "Write one field a line, like 'title: Název'.");
            return null;
        }
        return map;
    }

    private static Mark LastReadableMark(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var mark = Mark.Empty;
        try
        {
            while (parser.MoveNext()) mark = parser.Current!.Start;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Reading stops where the input breaks; the last event read is the nearest known place.
        }
        return mark.Line > 0 ? mark : new Mark(0, 1, 1);
    }

    // YamlDotNet's wording, translated for editors; the original stays for anything unknown.
    private static readonly (string Contains, string Say)[] Translations =
    [
        ("quoted scalar", "a quote (\" or ') is not closed on this line"),
        ("found invalid mapping", "a value contains ': ' (a colon and a space); put the whole value in quotes"),
        ("tab character", "a tab is used for indentation; indent with spaces"),
        ("tab as indentation", "a tab is used for indentation; indent with spaces"),
        ("Duplicate key", "a field is written twice"),
        ("did not find expected key", "the indentation is off, or a value that needs quotes is not quoted"),
        ("cannot start any token", "a value starts with a character that needs quotes (like @ or `)"),
        ("did not find expected ',' or ']'", "a list in [ ] is not closed with ']'"),
        ("did not find expected ',' or '}'", "a group in { } is not closed with '}'"),
        ("found unexpected end of stream", "a quote is not closed"),
    ];

    private static string Translate(string message)
    {
        foreach (var (contains, say) in Translations)
            if (message.Contains(contains, StringComparison.Ordinal))
                return contains == "Duplicate key" ? $"{say}: '{message[(message.IndexOf(contains, StringComparison.Ordinal) + contains.Length)..].Trim()}'" : say;
        return message;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: …) - (…):"; the position is reported separately.
    private static string Clean(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
        return text.Trim().TrimEnd('.');
    }
}
