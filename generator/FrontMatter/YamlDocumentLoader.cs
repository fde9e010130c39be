using System.Globalization;
using DobraPraxe.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>
/// Parses YAML text into a node tree, reporting syntax errors at their line in the original file. Every YAML the
/// generator reads (front matter, data files, site.yml, a conference's files, its own defaults) comes through here,
/// under the same limits, each checked on the parser's events before the node tree is built from them (see
/// <see cref="LimitedParser"/>): no aliases, no anchors, no list or group used as a field name, at most
/// <see cref="MaxDepth"/> levels and <see cref="MaxNodes"/> values. A small hostile file cannot make the tree
/// blow up in memory, in time or on the stack.
/// </summary>
public static class YamlDocumentLoader
{
    /// <summary>Lists and groups inside each other: content needs three or four levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Values (texts, lists, groups, field names) of one file: a data file of 5,000 members has at most 60,000;
    /// the 2 MB file limit alone would allow a million.
    /// </summary>
    public const int MaxNodes = 100_000;

    /// <summary>
    /// The top-level mapping of <paramref name="yaml"/>, or null after reporting why there is none.
    /// <paramref name="firstLine"/> is the line of the original file the YAML text starts on.
    /// </summary>
    public static YamlMappingNode? LoadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics, bool emptyIsEmptyMap = false)
    {
        var stream = new YamlStream();
        var parser = new LimitedParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlLimitException e)
        {
            diagnostics.Error(Location(e.Start), e.Message, e.Hint);
            return null;
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

        SourceLocation Location(Mark mark) => new(path, (int)mark.Line + firstLine - 1, (int)mark.Column);

        void Report(Mark mark, string message) =>
            diagnostics.Error(Location(mark),
                $"invalid YAML: {message}",
                "Check indentation (spaces, not tabs), the ':' after each field name, and put text that contains ': ' or starts with a quote, '[', '{', '*', '&', '!' or '@' in quotes.");

        // An anchor alone changes nothing in the tree; it is reported, and the fields are still read for their own problems.
        if (parser.FirstAnchor is { } anchor)
            diagnostics.Error(Location(anchor.Start), $"YAML anchors ('&{anchor.Name}') are not allowed",
                $"Remove '&{anchor.Name}'; if the value really starts with '&', put the whole value in quotes.");

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

    /// <summary>
    /// YamlDotNet's parser with the limits checked on each event as it is read, before the node builder sees it:
    /// the builder recurses once per level and resolves aliases to shared nodes, which a mapping key then hashes and
    /// prints in full (eight levels of ten aliases, a few hundred bytes, stand for 10^8 values), so an alias, the 65th level or a
    /// list or group in a key's place stops the reading where it is written.
    /// </summary>
    private sealed class LimitedParser(IParser inner) : IParser
    {
        private enum Open { List, GroupBeforeKey, GroupBeforeValue }

        // The lists and groups open at the current event, innermost on top.
        private readonly Stack<Open> _open = new();
        private int _nodes;

        public (string Name, Mark Start)? FirstAnchor { get; private set; }

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case AnchorAlias alias:
                    throw new YamlLimitException(alias.Start, $"YAML aliases ('*{alias.Value}') are not allowed; write the value out",
                        $"Write the value itself instead of '*{alias.Value}'; if the text really starts with '*', put the whole value in quotes.");
                case NodeEvent node:
                    Read(node);
                    break;
                case MappingEnd or SequenceEnd:
                    _open.TryPop(out _);
                    break;
            }
            return true;
        }

        private void Read(NodeEvent node)
        {
            if (++_nodes > MaxNodes)
                throw new YamlLimitException(node.Start, $"the YAML has more than {MaxNodes.ToString("N0", CultureInfo.InvariantCulture)} values",
                    "No entry or data file needs that many; look for a list that runs away, or split a data file in two.");
            if (!node.Anchor.IsEmpty && FirstAnchor is null) FirstAnchor = (node.Anchor.Value, node.Start);
            var isCollection = node is MappingStart or SequenceStart;
            // In a group, values alternate: key, value, key, value.
            if (_open.TryPeek(out var parent) && parent != Open.List)
            {
                if (parent == Open.GroupBeforeKey && isCollection)
                    throw new YamlLimitException(node.Start, "a list or group of fields is used as a field name",
                        "A field name is a plain word before ':', like 'title:'; remove the '?', '[' or '{' in front of it, or put the name in quotes.");
                _open.Pop();
                _open.Push(parent == Open.GroupBeforeKey ? Open.GroupBeforeValue : Open.GroupBeforeKey);
            }
            if (!isCollection) return;
            if (_open.Count == MaxDepth)
                throw new YamlLimitException(node.Start, $"lists and groups are nested more than {MaxDepth} levels deep",
                    "Entries need only a few levels; look for '[' or '{' that are not closed, or indentation that keeps growing.");
            _open.Push(node is MappingStart ? Open.GroupBeforeKey : Open.List);
        }
    }

    private sealed class YamlLimitException(Mark start, string message, string hint) : Exception(message)
    {
        public Mark Start { get; } = start;
        public string Hint { get; } = hint;
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
