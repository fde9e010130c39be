using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.OpenData;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Templating;

namespace DobraPraxe.Generator.Producers;

/// <summary>What producers read while a site is built: its plan, the model, its pages, and what the build keeps beside them.</summary>
/// <param name="Jobs">The site's planned pages (the sitemap lists them).</param>
/// <param name="Diagnostics">For a producer that finds a problem (a vendor script missing).</param>
public sealed record OutputContext(OutputPlan Plan, SiteModel Site, SiteUrls Urls, IReadOnlyList<RenderJob> Jobs, TemplateSet Theme, DiagnosticBag Diagnostics)
{
    /// <summary>The site's accessibility statement; null for none.</summary>
    public AccessibilityStatementView? Statement { get; init; }

    /// <summary>Every rendered body by source path (the search index reads their text).</summary>
    public IReadOnlyDictionary<string, RenderedMarkdown> Bodies { get; init; } = new Dictionary<string, RenderedMarkdown>();

    /// <summary>The open data tables, made once: the /data/ page lists them too.</summary>
    public IReadOnlyList<OpenDataTable> OpenDataTables { get; init; } = [];

    /// <summary>The last build's feeds and calendars, for serve's incremental rebuild; a full build writes every one.</summary>
    public ITextReuse TextReuse { get; init; } = NoReuse.Instance;

    /// <summary>The last build's search index parts, for serve's incremental rebuild; null in a full build.</summary>
    public Search.SearchIndexCache? SearchCache { get; init; }

    /// <summary>A .gz beside each search file (BuildOptions.Precompress; serve does without).</summary>
    public bool Precompress { get; init; }

    /// <summary>The main site's other languages as planned (their pages go into its sitemap with their alternates); empty on any other site.</summary>
    public IReadOnlyList<LanguagePlan> OtherLanguages { get; init; } = [];

    /// <summary>The microsite being built; null on the main site.</summary>
    public ConferencePlanner? Microsite { get; init; }
}
