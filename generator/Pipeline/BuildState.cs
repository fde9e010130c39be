using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.PostProcessing;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Templating;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>The intermediate products of a successful build that a single-entry update reuses.</summary>
/// <param name="Publication">The rule the build published by; the single-entry update applies the same one.</param>
public sealed record BuildState(ContentSet Content, SiteModel Site, TemplateSet Theme, MarkdownRenderer Markdown, PublicationRule Publication)
{
    /// <summary>
    /// What the incremental rebuild (<see cref="SiteGenerator.Update"/>) needs besides; null unless the build was asked to
    /// keep it (<see cref="BuildOptions.KeepForUpdates"/>: serve), since it holds every body's text and every page's reads.
    /// </summary>
    public IncrementalState? Incremental { get; init; }
}

/// <summary>What a build kept so that the next one can redo only what an edit reaches.</summary>
/// <param name="All">Every file's content, drafts included, without the Markdown text (the validators' input).</param>
/// <param name="Bodies">Every rendered body by source path (HTML, plain text, links with their lines).</param>
/// <param name="Jobs">The planned pages of the main site.</param>
/// <param name="Reads">What each page of the main site read of the model's nodes.</param>
/// <param name="Pages">Every rendered page's ids and links (all sites, paths from the output root), for the link check.</param>
/// <param name="Diagnostics">The warnings the build reported.</param>
public sealed record IncrementalState(ContentSet All, IReadOnlyDictionary<string, RenderedMarkdown> Bodies, IReadOnlyList<RenderJob> Jobs,
    Incremental.PageReads Reads, IReadOnlyList<ProcessedPage> Pages, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>What the search index made of each practice and term, so that only the terms of what changed are written again.</summary>
    public Search.SearchIndexCache? Search { get; init; }

    /// <summary>The feeds and calendars by what they were made from, so that only those an edit reaches are written again.</summary>
    public FeedCache? Feeds { get; init; }
}
