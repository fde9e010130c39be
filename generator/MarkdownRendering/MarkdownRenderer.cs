using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
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

    public string Render(MarkdownSource source, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(source.Text, _pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            ResolveLink(link, source, diagnostics);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private void ResolveLink(LinkInline link, MarkdownSource source, DiagnosticBag diagnostics)
    {
        var url = link.Url;
        if (string.IsNullOrEmpty(url) || SiteUrls.IsExternal(url) || url.StartsWith('#') || url.StartsWith('/') || url.Contains(':'))
            return;

        var hash = url.IndexOf('#');
        var (pathPart, fragment) = hash >= 0 ? (url[..hash], url[hash..]) : (url, "");
        var target = Combine(source.Path, Uri.UnescapeDataString(pathPart));
        if (_targets.TryGet(target, out var sitePath))
        {
            link.Url = _urls.Href(sitePath) + fragment;
            return;
        }

        var location = new SourceLocation(source.Path, source.FirstLine + link.Line, link.Column + 1);
        var what = link.IsImage ? "image" : "link";
        var suggestion = DidYouMean.Suggest(target, _targets.SourcePaths);
        diagnostics.Error(location, $"{what} target '{url}' does not exist (looked for '{target}')",
            suggestion is null
                ? "Link to another entry by its file, e.g. [text](other-entry.md), and to media as ../media/file.pdf."
                : $"Did you mean '{RelativeTo(source.Path, suggestion)}'?");
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
