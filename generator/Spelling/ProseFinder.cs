using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Schema;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.Spelling;

/// <summary>
/// Where the prose of an entry file is: the values of the fields the schema marks as prose (title, summary,
/// description, alt texts) and the text of the Markdown body (headings, paragraphs, lists, tables, link texts);
/// never keys, code, addresses or HTML. Each word comes with its line and column in the file.
/// </summary>
internal static class ProseFinder
{
    // Parsing only, to find text: the block syntax the site's renderer knows (MarkdownRendering) and exact positions.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseGridTables().UseFootnotes().UseTaskLists().UseAutoLinks().UsePreciseSourceLocation().Build();

    public static IEnumerable<(string Word, int Line, int Column)> Words(FrontMatterDocument document, EntrySchema schema)
    {
        foreach (var word in FrontMatterWords(document.Yaml, schema.Fields))
            yield return At(document.Yaml, document.YamlFirstLine, word);
        foreach (var word in BodyWords(document.Body))
            yield return At(document.Body, document.BodyFirstLine, word);
    }

    private static (string Word, int Line, int Column) At(string text, int firstLine, (string Word, int Index) word)
    {
        var before = text.AsSpan(0, word.Index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (word.Word, firstLine + before.Count('\n'), word.Index - lineStart + 1);
    }

    private static IEnumerable<(string Word, int Index)> FrontMatterWords(string yaml, IReadOnlyList<FieldSpec> fields)
    {
        // The parser's loader, under its limits; its reports are the parser's to make, so they are dropped here:
        // there is no prose to check until the YAML is fixed.
        if (YamlDocumentLoader.LoadMapping(yaml, "", 1, new DiagnosticBag()) is not { } map) return [];
        return Mapping(yaml, map, fields);
    }

    private static IEnumerable<(string Word, int Index)> Mapping(string yaml, YamlMappingNode map, IReadOnlyList<FieldSpec> fields)
    {
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || fields.FirstOrDefault(f => f.Key == name) is not { } field) continue;
            if (field.Prose && value is YamlScalarNode scalar)
                foreach (var word in Raw(yaml, scalar)) yield return word;
            if (field.Fields.IsEmpty) continue;
            var groups = value switch
            {
                YamlMappingNode one => [one],
                YamlSequenceNode many => many.Children.OfType<YamlMappingNode>().ToList(),
                _ => new List<YamlMappingNode>(),
            };
            foreach (var group in groups)
                foreach (var word in Mapping(yaml, group, field.Fields)) yield return word;
        }
    }

    // The value as written (quotes and all), so a word's position is its place in the file.
    private static IEnumerable<(string Word, int Index)> Raw(string yaml, YamlScalarNode scalar)
    {
        var start = (int)scalar.Start.Index;
        var end = Math.Min((int)scalar.End.Index, yaml.Length);
        return end > start ? WordFinder.Find(yaml, start, end - start) : [];
    }

    private static IEnumerable<(string Word, int Index)> BodyWords(string body)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException)
        {
            // Absurdly nested Markdown: the renderer reports it.
            yield break;
        }
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (literal.Span.Start < 0 || literal.Span.End >= body.Length || InAutolink(literal)) continue;
            foreach (var word in WordFinder.Find(body, literal.Span.Start, literal.Span.Length)) yield return word;
        }
    }

    private static bool InAutolink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline { IsAutoLink: true }) return true;
        return false;
    }
}
