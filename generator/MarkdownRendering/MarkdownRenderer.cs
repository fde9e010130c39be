using System.Collections.Frozen;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.MarkdownRendering.Extensions.SafeLinks;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Shared;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Renderers.Html;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;
using Markdig;

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
    private readonly bool _allowHtml;
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:", "file:"];
    private static readonly string MediaFolder = $"{Loading.ContentScanner.ContentFolder}/media/";
    private readonly Lazy<PathSuggester> _suggester;
    private readonly Imaging.ImageCatalog _images;
    private readonly IReadOnlySet<string> _afterLeadPhoto;
    private readonly int _textWords;

    /// <param name="images">The published photos: a Markdown image of one becomes a responsive &lt;picture&gt;.</param>
    /// <param name="afterLeadPhoto">Bodies shown below a photo of their own (an entry's 'images:'): their images all load lazily.</param>
    /// <param name="textWords">
    /// How many words of each body's plain text <see cref="RenderedMarkdown.Text"/> keeps. The search index reads only a
    /// body's opening words, and the texts live to the end of the build: whole, they were a gigabyte at 100,000 entries.
    /// </param>
    /// <param name="words">The site's words, which name a heading's '#' link ("Odkaz na oddíl …") and a table's box
    /// ("Tabulka"); without them (tests of the Markdown alone) the link is named by its heading and the box by its role.</param>
    public MarkdownRenderer(LinkTargets targets, SiteUrls urls, bool allowHtml, Imaging.ImageCatalog? images = null, IReadOnlySet<string>? afterLeadPhoto = null,
        int textWords = int.MaxValue, Localization.Words? words = null)
    {
        _textWords = textWords;
        _images = images ?? Imaging.ImageCatalog.Empty;
        _afterLeadPhoto = afterLeadPhoto ?? new HashSet<string>();
        _targets = targets;
        _urls = urls;
        _allowHtml = allowHtml;
        _suggester = new(() => new PathSuggester(targets.SourcePaths));
        var builder = Parsing();
        // Registered after the table extensions, whose renderer TableScroll replaces.
        builder.Extensions.Add(new Extensions.HeadingAnchors.HeadingAnchorExtension(
            words is null ? heading => heading : heading => words.Text(Localization.GeneratorWords.SectionLink, ("heading", heading))));
        builder.Extensions.Add(new Extensions.TableScroll.TableScrollExtension(words?[Localization.GeneratorWords.Table] ?? "table"));
        builder.Extensions.Add(new Extensions.ResponsiveImages.ResponsiveImageExtension());
        // Smart typography stays off: it would turn Czech „quotes“ into English ones.
        // HTML is always parsed, so it can be found and reported; whether it is output is decided when rendering.
        _pipeline = builder.Build();
    }

    /// <summary>Keep each body's links to other sites with their places (<see cref="RenderedMarkdown.Outside"/>), for `check --external`.</summary>
    public bool KeepOutsideLinks { get; init; }

    /// <summary>The extensions that decide how a text is parsed, each link with where it is written: what reads links without rendering (LinkSpans) parses as the renderer does.</summary>
    internal static MarkdownPipelineBuilder Parsing() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoLinks()
        // ASCII ids with diacritics folded, so '#jak-to-zacalo' reaches '## Jak to začalo'.
        .UseAutoIdentifiers(AutoIdentifierOptions.Default)
        .UsePreciseSourceLocation();

    public RenderedMarkdown Render(MarkdownSource source, DiagnosticBag diagnostics)
    {
        try
        {
            return RenderChecked(source, diagnostics);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig refuses absurd nesting (thousands of lists or quotes inside each other) before it can exhaust the stack.
            diagnostics.Error(At(source, 0, 0), "the text is nested too deeply (lists, quotes or emphasis inside each other hundreds of times)",
                "Simplify the structure of the text.");
            return new RenderedMarkdown(Shared.HtmlFragment.Empty, FrozenDictionary<string, SourceLocation>.Empty);
        }
    }

    private RenderedMarkdown RenderChecked(MarkdownSource source, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(source.Text, _pipeline);
        var links = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var media = new SortedSet<string>(StringComparer.Ordinal);
        var firstPhoto = !_afterLeadPhoto.Contains(source.Path);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            ResolveLink(link, source, links, diagnostics);
            if (MediaOf(link, source) is not { } file) continue;
            media.Add(file);
            if (!link.IsImage) continue;
            var alt = AltOf(link);
            _images.CheckUse(file, alt, At(source, link.Line, link.Column), diagnostics);
            if (_images.Find(file) is { } photo)
            {
                link.SetData(Extensions.ResponsiveImages.ResponsiveImageRenderer.PictureKey, Imaging.PictureHtml.Photo(photo, alt, firstPhoto, _urls));
                firstPhoto = false;
            }
        }
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
            diagnostics.Warning(At(source, heading.Line, heading.Column), "a level-1 heading ('# ') in the text: the title is already the page's main heading",
                "Start sub-headings with '## '.");
        if (!_allowHtml) ReportRawHtml(document, source, diagnostics);

        using var writer = new Html5Writer();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        // Unsafe addresses are caught where they are written, so nothing done to the tree before can hide one.
        UnsafeLinkReport report = (line, column, what, url) => ReportUnsafe(At(source, line, column), what, url, diagnostics);
        var linkRenderer = renderer.ObjectRenderers.FindExact<Extensions.ResponsiveImages.ResponsiveImageRenderer>()!;
        renderer.ObjectRenderers.Replace<Extensions.ResponsiveImages.ResponsiveImageRenderer>(new SafeLinkRenderer(linkRenderer, report));
        var autolinks = renderer.ObjectRenderers.FindExact<AutolinkInlineRenderer>()!;
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkRenderer(autolinks, report));
        if (!_allowHtml)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        }
        renderer.Render(document);
        var html = _allowHtml ? HtmlAllowlist.Sanitize(writer.ToString()) : writer.ToString();
        var text = _allowHtml ? Html5Writer.TextOf(html) : writer.Text;
        return new RenderedMarkdown(Shared.HtmlFragment.Of(html), links.ToFrozenDictionary(StringComparer.Ordinal))
        {
            Text = PlainText.CollapseWhitespace(text, _textWords), Media = [.. media], Outside = KeepOutsideLinks ? OutsideLinks(document, source) : [],
        };
    }

    /// <summary>Every http(s) address of the text as written — links, images, &lt;autolinks&gt; and bare addresses — in the order they come.</summary>
    private static System.Collections.Immutable.ImmutableArray<OutsideLink> OutsideLinks(MarkdownDocument document, MarkdownSource source) =>
    [
        .. document.Descendants<Inline>()
            .Select(inline => inline switch
            {
                LinkInline link => (Url: link.GetData(WrittenUrlKey) as string ?? link.Url, link.Line, link.Column),
                AutolinkInline { IsEmail: false } auto => (auto.Url, auto.Line, auto.Column),
                _ => (Url: null, 0, 0),
            })
            .Where(l => l.Url is not null && IsHttp(l.Url))
            .Select(l => new OutsideLink(l.Url!, At(source, l.Line, l.Column))),
    ];

    private static bool IsHttp(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The media files a body shows or links to, without rendering it (for drafts: their photos are not unused).</summary>
    public IEnumerable<string> MediaUsedBy(MarkdownSource source) =>
        Markdown.Parse(source.Text, _pipeline).Descendants<LinkInline>().Select(l => MediaOf(l, source)).OfType<string>().Distinct();

    /// <summary>"media/foto.jpg" when the link (as written, relative to its file) names a file of content/media/.</summary>
    private static string? MediaOf(LinkInline link, MarkdownSource source)
    {
        var url = link.GetData(WrittenUrlKey) as string ?? link.Url;
        if (string.IsNullOrEmpty(url) || url.Contains(':') || url.StartsWith('/') || url.StartsWith('#')) return null;
        var path = url.Split('#')[0].Split('?')[0];
        var target = Combine(source.Path, Uri.UnescapeDataString(path));
        return target.StartsWith(MediaFolder, StringComparison.Ordinal) ? target[(Loading.ContentScanner.ContentFolder.Length + 1)..] : null;
    }

    /// <summary>An image's description as written: the text between ![ and ].</summary>
    private static string AltOf(LinkInline link) =>
        string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();

    private const string WrittenUrlKey = "dobrapraxe-written-url";

    private static void ReportRawHtml(MarkdownDocument document, MarkdownSource source, DiagnosticBag diagnostics)
    {
        const string hint = "Write it in Markdown instead; raw HTML is shown as text unless site.yml sets 'allow_html: true'.";
        foreach (var block in document.Descendants<HtmlBlock>())
            diagnostics.Warning(At(source, block.Line, block.Column), "raw HTML in the text is shown as plain text", hint);
        foreach (var inline in document.Descendants<HtmlInline>())
            diagnostics.Warning(At(source, inline.Line, inline.Column), $"raw HTML '{Shorten(inline.Tag)}' in the text is shown as plain text", hint);
    }

    private static void ReportUnsafe(SourceLocation location, string what, string url, DiagnosticBag diagnostics) =>
        diagnostics.Warning(location, $"the {what} address '{Shorten(url)}' could run code in readers' browsers and was removed",
            "Use an ordinary web address starting with https://.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private void ResolveLink(LinkInline link, MarkdownSource source, Dictionary<string, SourceLocation> links, DiagnosticBag diagnostics)
    {
        var url = link.Url;
        link.SetData(WrittenUrlKey, url ?? "");
        var location = At(source, link.Line, link.Column);
        // Reported and written as text by SafeLinkRenderer; it must not become a link target either.
        if (IsUnsafe(url)) return;
        if (string.IsNullOrEmpty(url) || SiteUrls.IsExternal(url) || url.Contains(':'))
            return;
        if (url.StartsWith('#'))
        {
            links.TryAdd(url, location);
            return;
        }
        if (url.StartsWith('/'))
        {
            // Root-relative paths mean the site's root, wherever the site is published (a sub-path, a microsite's domain).
            link.Url = _urls.Href(url);
            links.TryAdd(link.Url, location);
            return;
        }

        var hash = url.IndexOf('#');
        var (pathPart, fragment) = hash >= 0 ? (url[..hash], url[hash..]) : (url, "");
        var query = pathPart.IndexOf('?');
        var (addressPart, search) = query >= 0 ? (pathPart[..query], pathPart[query..]) : (pathPart, "");
        var target = Combine(source.Path, Uri.UnescapeDataString(addressPart));
        if (_targets.TryGet(target, out var sitePath))
        {
            if (sitePath is null)
            {
                diagnostics.Warning(location, $"'{url}' is not published yet (a draft or dated in the future); the link is shown as plain text",
                    "The link will work once that page is published.");
                link.SetData(SafeLinkRenderer.PlainKey, true);
                return;
            }
            link.Url = _urls.Href(sitePath) + fragment;
            links.TryAdd(link.Url, location);
            return;
        }

        // Any other link is an address as readers see the site ('../jina-praxe/', 'program/', '../praxe/strana/2/'),
        // relative to this page's own URL. Generated pages (lists, terms, a microsite's program) count too, and which of
        // them exist is known only once every page is rendered: the link checker decides, and blames this line.
        // A name of a content file (.md) or of a media file stays a file link, reported here with the files' did-you-mean.
        var isFile = addressPart.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || target.StartsWith(MediaFolder, StringComparison.Ordinal);
        if (!isFile && _targets.TryGet(source.Path, out var ownPath) && ownPath is not null)
        {
            link.Url = _urls.Href(ResolveAddress(ownPath, addressPart)) + search + fragment;
            links.TryAdd(link.Url, location);
            return;
        }

        var what = link.IsImage ? "image" : "link";
        var suggestion = _suggester.Value.Suggest(target);
        diagnostics.Error(location, $"{what} target '{url}' does not exist (looked for '{target}')",
            suggestion is null
                ? "Link to another entry by its file, e.g. [text](other-entry.md), and to media as ../media/file.pdf."
                : $"Did you mean '{RelativeTo(source.Path, suggestion)}'?");
    }

    /// <summary>javascript:, vbscript:, data: and file: addresses, also when hidden by case, spaces or control characters (browsers ignore those).</summary>
    internal static bool IsUnsafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return false;
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return UnsafeSchemes.Any(scheme => compact.StartsWith(scheme, StringComparison.Ordinal));
    }

    private static SourceLocation At(MarkdownSource source, int line, int column) => new(source.Path, source.FirstLine + line, column + 1);

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

    /// <summary>Resolves an address against a page's site path as a browser does ('praxe/a/' + '../b/' → 'praxe/b/').</summary>
    internal static string ResolveAddress(string pagePath, string relative)
    {
        var parts = pagePath.Split('/').SkipLast(1).Where(p => p.Length > 0).ToList();
        var segments = relative.Split('/');
        foreach (var part in segments)
        {
            if (part is "" or ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else parts.Add(part);
        }
        var folder = relative.Length == 0 || segments[^1] is "" or "." or "..";
        return parts.Count == 0 ? "" : string.Join('/', parts) + (folder ? "/" : "");
    }

    private static string RelativeTo(string fromFile, string target) =>
        Path.GetRelativePath(Path.GetDirectoryName(fromFile) ?? "", target).Replace('\\', '/');
}
