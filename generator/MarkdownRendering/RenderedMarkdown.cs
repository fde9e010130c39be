using System.Collections.Frozen;
using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.MarkdownRendering;

/// <summary>A rendered body, its plain text, and where each of its internal links was written, so the link checker can point at the line.</summary>
public sealed record RenderedMarkdown(Shared.HtmlFragment Html, FrozenDictionary<string, SourceLocation> Links)
{
    /// <summary>The body as plain text, its opening words only if the renderer was told so (for the search index).</summary>
    public string Text { get; init; } = "";

    /// <summary>Files of content/media/ the body shows or links to ("media/foto.jpg"), so unused ones can be named.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Media { get; init; } = [];

    /// <summary>Its http(s) links to other sites, each where it is written (kept only when the renderer is told to: `check --external`).</summary>
    public System.Collections.Immutable.ImmutableArray<OutsideLink> Outside { get; init; } = [];
}

/// <summary>A link to another site as written in the content, and where.</summary>
public sealed record OutsideLink(string Url, SourceLocation Location);
