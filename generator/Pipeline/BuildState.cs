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
    public Incremental.RebuildState? Incremental { get; init; }
}
