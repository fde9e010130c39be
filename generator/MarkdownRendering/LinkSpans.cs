using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DobraPraxe.Generator.MarkdownRendering;

/// <summary>A link's address as written in a text: where it starts (a character index of the text) and how long it is.</summary>
/// <param name="Line">0-based line of the text; <paramref name="Column"/> 0-based.</param>
public sealed record LinkSpan(string Url, int Start, int Length, int Line, int Column);

/// <summary>
/// Every link and image address of a Markdown text, and every link reference definition's, with its exact place: what a
/// tool that rewrites addresses (move) changes, parsed as the renderer parses it.
/// </summary>
public static class LinkSpans
{
    private static readonly MarkdownPipeline Pipeline = MarkdownRenderer.Parsing().Build();

    public static IReadOnlyList<LinkSpan> Of(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var spans = new List<LinkSpan>();
        foreach (var link in document.Descendants<LinkInline>())
            // A link that uses a reference ([text][ref]) has the definition's address: that one is written once, below.
            if (link.Reference is null && !link.UrlSpan.IsEmpty) Add(link.UrlSpan, link.Url);
        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
            if (!definition.UrlSpan.IsEmpty) Add(definition.UrlSpan, definition.Url);
        return spans;

        void Add(SourceSpan span, string? url)
        {
            if (string.IsNullOrEmpty(url) || span.End >= text.Length) return;
            var written = text.Substring(span.Start, span.Length);
            // Only an address written as it is read ('<…>' brackets aside): an escaped one is left as it is.
            var start = written.StartsWith('<') && written.EndsWith('>') ? span.Start + 1 : span.Start;
            var length = start == span.Start ? span.Length : span.Length - 2;
            if (text.AsSpan(start, length).SequenceEqual(url))
            {
                var line = text.AsSpan(0, start).Count('\n');
                var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
                spans.Add(new LinkSpan(url, start, length, line, start - lineStart));
            }
        }
    }
}
