using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.PostProcessing;
using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Templating;

namespace DobraPraxe.Generator.Incremental;

/// <summary>
/// Everything serve's incremental rebuild keeps of the last build, as one object: the full build makes it only when asked
/// (serve), hands its two memos to the stages that can use them (the feeds and calendars, the search index) and runs
/// without it otherwise.
/// </summary>
/// <param name="All">Every file's content, drafts included, without the Markdown text (the validators' input).</param>
/// <param name="Bodies">Every rendered body by source path (HTML, plain text, links with their lines).</param>
/// <param name="Jobs">The planned pages of the main site (paired with its other languages').</param>
/// <param name="Reads">What each page of the main site read of the model's nodes.</param>
/// <param name="Pages">Every rendered page's ids and links (all sites, paths from the output root), for the link check.</param>
/// <param name="Diagnostics">The warnings the build reported.</param>
/// <param name="Texts">The feeds and calendars by what they were made from.</param>
/// <param name="Search">What the search index made of each entry and term.</param>
public sealed record RebuildState(ContentSet All, IReadOnlyDictionary<string, RenderedMarkdown> Bodies, IReadOnlyList<RenderJob> Jobs,
    PageReads Reads, IReadOnlyList<ProcessedPage> Pages, IReadOnlyList<Diagnostic> Diagnostics, TextReuse Texts, SearchIndexCache Search)
{
    /// <summary>The translations' rendered bodies by language, by their original's source path (what the language sites show).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, RenderedMarkdown>> Translations { get; init; } = new Dictionary<string, Dictionary<string, RenderedMarkdown>>();

    /// <summary>The site's other languages (/en/) by code: what each one's rebuild needs, as the main site's is kept here.</summary>
    public IReadOnlyDictionary<string, LanguageState> Languages { get; init; } = new Dictionary<string, LanguageState>();

    /// <summary>The memos a first build fills for the next one.</summary>
    public static (TextReuse Texts, SearchIndexCache Search) NewMemos() => (new TextReuse(), new SearchIndexCache());

    /// <summary>What each page read, recorded in path order (the order the log is compared in).</summary>
    public static PageReads ReadsOf(IEnumerable<(string Path, ReadLog Log)> reads)
    {
        var kept = new PageReads();
        foreach (var (path, log) in reads.OrderBy(r => r.Path, StringComparer.Ordinal)) kept.Set(path, log);
        return kept;
    }
}
