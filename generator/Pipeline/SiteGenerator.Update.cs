using System.Collections.Concurrent;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Incremental;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.PostProcessing;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Templating;

namespace DobraPraxe.Generator.Pipeline;

public sealed partial class SiteGenerator
{
    /// <summary>
    /// The errors of an <see cref="Update"/> that returned null because of them. A full build of the same files finds
    /// them too, so serve shows these at once instead of building the whole site to report them.
    /// </summary>
    public IReadOnlyList<Diagnostic> Errors => [.. _diagnostics.Sorted().Where(d => d.IsError)];

    /// <summary>
    /// The incremental rebuild after an edit to one entry that keeps its place in the site (<see cref="EntryEdit"/>):
    /// through the build's own stages, for that file only — read, parse, validate (everything, as the build does),
    /// render its Markdown — then the model rebuilt from the last build's resolved entries (<see cref="SiteModelBuilder.Rebuild"/>),
    /// every page planned, and only the pages whose plan or whose reads of the model changed rendered again
    /// (<see cref="DirtyPages"/>). Every other page is the last build's; the files beside the pages are made again with
    /// the kept memos (<see cref="RebuildState"/>), and the links of the pages rendered again are checked. The result is
    /// the whole site, as <see cref="Generate"/> would make it. The spelling of the edited file is not checked here
    /// (cspell takes seconds): serve checks it beside, and logs what it finds.
    /// </summary>
    /// <param name="previous">The last build's files by path (what serve serves).</param>
    /// <returns>Null when only a full build can be trusted: another kind of file, an error, a change of place.</returns>
    public BuildResult? Update(BuildState state, IReadOnlyDictionary<string, OutputFile> previous, string changedPath)
    {
        // A site in more than one language is rebuilt whole: an edit reaches its pages in every language.
        if (state.Content.Site.Languages.Length > 1) return null;
        if (state.Incremental is not { } kept || !changedPath.EndsWith(".md", StringComparison.Ordinal)
            || !kept.Bodies.ContainsKey(changedPath) || !File.Exists(Path.Combine(options.SourceDirectory, changedPath))) return null;

        // The clock may have moved since the last build (serve without --now): only if nothing changes its state by it.
        var publication = new PublicationRule(options.Now, options.IncludeDrafts);
        if (!EntryEdit.SameByTheClock(state.Publication, publication, kept.All)) return null;

        var file = SourceReader.Read(options.SourceDirectory, changedPath, _diagnostics);
        if (file is null) return null;
        var edit = Time("parse", () => FrontMatterSplitter.Split(file, _diagnostics) is { } doc ? EntryEdit.Of(kept.All, state.Content, doc, publication, _diagnostics) : null);
        if (edit is null || _diagnostics.HasErrors) return null;
        var content = edit.Published;

        Time("validate", () => Validate(edit.All));
        var images = state.Site.Images;
        if (edit.Entry is Practice edited)
            foreach (var image in edited.Images) images.CheckUse(image.Src, image.Alt, image.Location, _diagnostics);
        var body = Time("markdown", () => state.Markdown.Render(edit.Body, _diagnostics));
        // Which media are in use is the full build's to report.
        if (_diagnostics.HasErrors || !body.Media.SequenceEqual(kept.Bodies[changedPath].Media)) return null;

        var bodies = new Dictionary<string, RenderedMarkdown>(kept.Bodies, StringComparer.Ordinal) { [changedPath] = body };
        var html = bodies.ToDictionary(b => b.Key, b => b.Value.Html, StringComparer.Ordinal);
        var resolver = new EntryResolver(content, publication, images);
        // Entries resolved anew: the edited one, or those that carry an edited event's stamp (its title and date).
        IReadOnlyList<PracticeEntry> changed = edit.Entry switch
        {
            Practice p => [resolver.Resolve(content.Practices.Single(x => x.SourcePath == p.SourcePath), body.Html)],
            Event e => [.. state.Site.Practices.Where(p => p.Source.PresentedAt.Any(k => k.Key == e.Slug)).Select(p => resolver.Resolve(p.Source, p.BodyHtml))],
            _ => [],
        };
        var site = Time("model", () => SiteModelBuilder.Rebuild(state.Site, content, publication, html, changed));

        var renderer = new PageRenderer(state.Theme, _diagnostics);
        var sink = new MemorySink();
        var pagesBefore = kept.Pages.ToDictionary(p => p.SitePath, StringComparer.Ordinal);
        var pages = new List<ProcessedPage>();
        var reads = new ConcurrentBag<(string, ReadLog)>();
        IReadOnlyList<RenderJob> mainJobs = [];
        var rendered = 0;
        var outputs = Time("plan", () => OutputSites(content, site, publication, bodies, html, state.Theme, kept.Texts, kept.Search).ToList());
        var microsites = outputs.Select(o => o.Folder).Where(f => f.Length > 0).ToList();
        foreach (var output in outputs)
        {
            // A practice shows on the main site only: a microsite's pages are the last build's.
            HashSet<string> dirty = [];
            if (output.Name == "main")
            {
                mainJobs = output.Jobs;
                dirty = Time("changes", () => DirtyPages.Find(state.Site, kept.Jobs, site, output.Jobs, kept.Reads));
                rendered = dirty.Count;
            }
            pages.AddRange(BuildSite(output, bodies, renderer, sink, new PageReuse(dirty, pagesBefore, previous, microsites),
                output.Name == "main" ? (job, log) => reads.Add((job.SitePath, log)) : null));
        }
        var result = Result(sink.Files, pages);
        if (!result.Succeeded) return null;

        // Only now, with the new pages in place, does the record of what they read change.
        foreach (var (path, log) in reads) kept.Reads.Set(path, log);
        foreach (var gone in kept.Jobs.Select(j => j.SitePath).Except(mainJobs.Select(j => j.SitePath))) kept.Reads.Remove(gone);
        // Warnings about other files stand as the last build found them; this file's are new (the validators' are found again).
        IReadOnlyList<Diagnostic> diagnostics = [.. kept.Diagnostics.Where(d => d.Location.Path != changedPath).Concat(result.Diagnostics).Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];
        return result with
        {
            Diagnostics = diagnostics,
            Rendered = rendered,
            State = state with
            {
                Content = content, Site = site, Publication = publication,
                Incremental = kept with { All = edit.All, Bodies = bodies, Jobs = mainJobs, Pages = pages, Diagnostics = diagnostics },
            },
        };
    }
}
