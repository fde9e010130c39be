using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.Moving;

/// <summary>
/// The moved entry's own front matter, edited as little as a person would: its 'slug:' (when written) gets the new slug,
/// and its old address joins 'aliases:' — an item added to the list as the list is written (in brackets or one a line),
/// or a line 'aliases: [/praxe/x/]' after 'slug:' or at the end. Its new address leaves the list (moving back is no loop).
/// </summary>
public static class AliasEditor
{
    /// <param name="yaml">The front matter's text; <paramref name="offset"/> is where it starts in the file.</param>
    public static IEnumerable<TextEdit> Edits(YamlMappingNode map, string yaml, int offset, Relocation move, string newline)
    {
        var edits = new List<TextEdit>();
        var key = ContentSchema.Aliases.Key;
        var oldAddress = "/" + move.OldPage;
        var newAddress = "/" + move.NewPage;
        if (map.Children.TryGetValue(new YamlScalarNode("slug"), out var slug) && slug is YamlScalarNode { Value: var written } slugNode && written == move.OldSlug)
            edits.Add(ReferenceRewriter.Replace(slugNode, offset, 2, move.NewSlug, $"slug: {move.OldSlug} → {move.NewSlug}"));

        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            // After 'slug:', the other field about the address, else as the last field.
            var after = map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "slug" }).Value;
            var at = after is not null ? LineEnd(yaml, (int)after.End.Index) : yaml.EndsWith('\r') ? yaml.Length - 1 : yaml.Length;
            var line = after is not null ? (int)after.End.Line + 2 : yaml.Split('\n').Length + 2;
            var text = yaml.Length == 0 ? $"{key}: [{oldAddress}]{newline}" : $"{newline}{key}: [{oldAddress}]";
            edits.Add(new TextEdit(offset + at, 0, text, line, 1, $"{key}: added {oldAddress}"));
            return edits;
        }
        var items = value switch
        {
            YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().ToList(),
            YamlScalarNode { Value: { Length: > 0 } } one => [one],
            _ => [],
        };
        bool Same(YamlScalarNode item, string address) => item.Value is { } v && SitePaths.Parse(v).Path is { } p && SitePaths.FileOf(p) == SitePaths.FileOf(address[1..]);
        var line1 = (int)value.Start.Line + 1;
        if (items.Any(i => Same(i, newAddress)))
        {
            // Moving back: the address it has again leaves the list, written anew in brackets.
            var keyNode = map.Children.Keys.First(k => k is YamlScalarNode { Value: var v } && v == key);
            var colon = yaml.IndexOf(':', (int)keyNode.End.Index);
            var kept = items.Where(i => !Same(i, newAddress)).Select(i => i.Value!).ToList();
            if (!items.Any(i => Same(i, oldAddress))) kept.Add(oldAddress);
            var end = LineEnd(yaml, items.Count > 0 ? (int)items[^1].End.Index : colon);
            edits.Add(new TextEdit(offset + colon + 1, end - colon - 1, $" [{string.Join(", ", kept)}]", (int)keyNode.Start.Line + 1, (int)keyNode.Start.Column,
                $"{key}: {newAddress} removed (the address it has now), {oldAddress} added"));
            return edits;
        }
        if (items.Any(i => Same(i, oldAddress))) return edits;
        switch (value)
        {
            case YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } flow:
                // The node's end mark is not where its ']' is: find the bracket after the last item.
                var close = yaml.IndexOf(']', items.Count > 0 ? (int)items[^1].End.Index : (int)flow.Start.Index);
                edits.Add(new TextEdit(offset + close, 0, items.Count == 0 ? oldAddress : $", {oldAddress}", line1, close - yaml.LastIndexOf('\n', Math.Max(0, close - 1)), $"{key}: added {oldAddress}"));
                break;
            case YamlSequenceNode block when items.Count > 0:
                // A line like the last item's ('  - /x/'), below it.
                var last = items[^1];
                var lineStart = yaml.LastIndexOf('\n', Math.Max(0, (int)last.Start.Index - 1)) + 1;
                var prefix = yaml[lineStart..(int)last.Start.Index];
                var end = LineEnd(yaml, (int)last.End.Index);
                edits.Add(new TextEdit(offset + end, 0, $"{newline}{prefix}{oldAddress}", (int)last.Start.Line + 2, prefix.Length + 1, $"{key}: added {oldAddress}"));
                break;
            case YamlScalarNode { Value: { Length: > 0 } } single:
                var (start, stop) = ((int)single.Start.Index, (int)single.End.Index);
                edits.Add(new TextEdit(offset + start, stop - start, $"[{yaml[start..stop]}, {oldAddress}]", line1, (int)single.Start.Column, $"{key}: added {oldAddress}"));
                break;
            default:
                // 'aliases:' with nothing after it (or an empty block list): the list in brackets after the key.
                var keyNode = map.Children.Keys.First(k => k is YamlScalarNode { Value: var v } && v == key);
                var colon = yaml.IndexOf(':', (int)keyNode.End.Index);
                var valueEnd = LineEnd(yaml, colon);
                edits.Add(new TextEdit(offset + colon + 1, valueEnd - colon - 1, $" [{oldAddress}]", (int)keyNode.Start.Line + 1, (int)keyNode.Start.Column, $"{key}: added {oldAddress}"));
                break;
        }
        return edits;
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        if (end < 0) return text.Length;
        return end > 0 && text[end - 1] == '\r' ? end - 1 : end;
    }
}
