using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using System.Collections.Frozen;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.SiteBuilding;

namespace DobraPraxe.Generator.MarkdownRendering;

/// <summary>
/// Renders Markdown bodies to HTML with one pipeline built once. Relative links are resolved
/// against the source file: to another page's URL for .md files, to the published copy for media.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly LinkTargets _targets;
    private readonly SiteUrls _urls;

    public MarkdownRenderer(LinkTargets targets, SiteUrls urls, bool allowHtml)
    {
        _targets = targets;
        _urls = urls;
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoLinks()
            // ASCII ids with diacritics folded, so '#jak-to-zacalo' reaches '## Jak to začalo'.
            .UseAutoIdentifiers(AutoIdentifierOptions.Default)
            .UsePreciseSourceLocation();
        // Smart typography stays off: it would turn Czech „quotes“ into English ones.
        if (!allowHtml) builder.DisableHtml();
        _pipeline = builder.Build();
    }

    public RenderedMarkdown Render(MarkdownSource source, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(source.Text, _pipeline);
        var links = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var link in document.Descendants<LinkInline>().ToList())
            ResolveLink(link, source, links, diagnostics);
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
            diagnostics.Warning(At(source, heading.Line, heading.Column), "a level-1 heading ('# ') in the text: the title is already the page's main heading",
                "Start sub-headings with '## '.");

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return new RenderedMarkdown(writer.ToString(), links.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private void ResolveLink(LinkInline link, MarkdownSource source, Dictionary<string, SourceLocation> links, DiagnosticBag diagnostics)
    {
        var url = link.Url;
        var location = At(source, link.Line, link.Column);
        if (string.IsNullOrEmpty(url) || SiteUrls.IsExternal(url) || url.Contains(':'))
            return;
        if (url.StartsWith('#') || url.StartsWith('/'))
        {
            links.TryAdd(url.StartsWith('/') ? _urls.Href(url) : url, location);
            return;
        }

        var hash = url.IndexOf('#');
        var (pathPart, fragment) = hash >= 0 ? (url[..hash], url[hash..]) : (url, "");
        var target = Combine(source.Path, Uri.UnescapeDataString(pathPart));
        if (_targets.TryGet(target, out var sitePath))
        {
            if (sitePath is null)
            {
                diagnostics.Warning(location, $"'{url}' is not published yet (a draft or dated in the future); the link is shown as plain text",
                    "The link will work once that page is published.");
                Unwrap(link);
                return;
            }
            link.Url = _urls.Href(sitePath) + fragment;
            links.TryAdd(link.Url, location);
            return;
        }

        var what = link.IsImage ? "image" : "link";
        var suggestion = DidYouMean.Suggest(target, _targets.SourcePaths);
        diagnostics.Error(location, $"{what} target '{url}' does not exist (looked for '{target}')",
            suggestion is null
                ? "Link to another entry by its file, e.g. [text](other-entry.md), and to media as ../media/file.pdf."
                : $"Did you mean '{RelativeTo(source.Path, suggestion)}'?");
    }

    private static SourceLocation At(MarkdownSource source, int line, int column) => new(source.Path, source.FirstLine + line, column + 1);

    /// <summary>Replaces a link by its text.</summary>
    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }

    /// <summary>Resolves <paramref name="relative"/> against the folder of <paramref name="fromFile"/> ('a/b/c.md' + '../d.md' → 'a/d.md').</summary>
    internal static string Combine(string fromFile, string relative)
    {
        var parts = fromFile.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    private static string RelativeTo(string fromFile, string target) =>
        Path.GetRelativePath(Path.GetDirectoryName(fromFile) ?? "", target).Replace('\\', '/');
}
