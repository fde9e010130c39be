using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.SiteBuilding;
using DobraPraxe.Generator.Templating;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>The intermediate products of a successful build that a single-entry update reuses.</summary>
/// <param name="Publication">The rule the build published by; the single-entry update applies the same one.</param>
public sealed record BuildState(ContentSet Content, SiteModel Site, TemplateSet Theme, MarkdownRenderer Markdown, PublicationRule Publication);
