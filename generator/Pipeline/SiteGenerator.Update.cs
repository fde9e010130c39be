using System.Collections.Concurrent;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.PostProcessing;
using DobraPraxe.Generator.SiteBuilding;
using DobraPraxe.Generator.Templating;

namespace DobraPraxe.Generator.Pipeline;

public sealed partial class SiteGenerator
{
    private Search.SearchIndexCache? _searchCache;
    private FeedCache? _feedCache;

    /// <summary>
    /// The errors of an <see cref="Update"/> that returned null because of them. A full build of the same files finds
    /// them too, so serve shows these at once instead of building the whole site to report them.
    /// </summary>
    public IReadOnlyList<Diagnostic> Errors => [.. _diagnostics.Sorted().Where(d => d.IsError)];

    /// <summary>
    /// The incremental rebuild after an edit to one practice that keeps its place in the site (same slug, date and
    /// publication state, the same photos and media): through the build's own stages, for that file only — read,
    /// parse, validate (everything, as the build does), render its Markdown — then the model rebuilt from the last
    /// build's resolved entries (<see cref="SiteModelBuilder.Rebuild"/>), every page planned, and only the pages whose
    /// plan or whose reads of the model changed rendered again (<see cref="Incremental.DirtyPages"/>). Every other page
    /// is the last build's; the files beside the pages (sitemap, feeds, search, open data …) are made again, and the
    /// links of every page are checked. The result is the whole site, as <see cref="Generate"/> would make it. The spelling
    /// of the edited file is not checked here (cspell takes seconds): serve checks it beside, and logs what it finds.
    /// </summary>
    /// <param name="previous">The last build's files by path (what serve serves).</param>
    /// <returns>Null when only a full build can be trusted: another kind of file, an error, a change of place.</returns>
    public BuildResult? Update(BuildState state, IReadOnlyDictionary<string, OutputFile> previous, string changedPath)
    {
        if (state.Incremental is not { } kept || !changedPath.EndsWith(".md", StringComparison.Ordinal)
            || !kept.Bodies.ContainsKey(changedPath) || !File.Exists(Path.Combine(options.SourceDirectory, changedPath))) return null;

        // The clock may have moved since the last build (serve without --now): only if nothing changes its state by it.
        var publication = new PublicationRule(options.Now, options.IncludeDrafts);
        if (!SameByTheClock(state.Publication, publication, kept.All)) return null;

        var file = SourceReader.Read(options.SourceDirectory, changedPath, _diagnostics);
        if (file is null) return null;
        var edit = Time("parse", () => FrontMatterSplitter.Split(file, _diagnostics) is { } doc ? Edit(kept.All, state.Content, doc, publication) : null);
        if (edit is null || _diagnostics.HasErrors) return null;
        var (all, content, source) = edit.Value;

        Time("validate", () => Validate(all));
        var images = state.Site.Images;
        if (source is Practice edited)
            foreach (var image in edited.Images) images.CheckUse(image.Src, image.Alt, image.Location, _diagnostics);
        var body = Time("markdown", () => state.Markdown.Render(BodyOf(source), _diagnostics));
        // Which media are in use is the full build's to report.
        if (_diagnostics.HasErrors || !body.Media.SequenceEqual(kept.Bodies[changedPath].Media)) return null;

        var bodies = new Dictionary<string, RenderedMarkdown>(kept.Bodies, StringComparer.Ordinal) { [changedPath] = body };
        var html = bodies.ToDictionary(b => b.Key, b => b.Value.Html, StringComparer.Ordinal);
        var resolver = new EntryResolver(content, publication, images);
        // Entries resolved anew: the edited one, or those that carry an edited event's stamp (its title and date).
        IReadOnlyList<PracticeEntry> changed = source switch
        {
            Practice p => [resolver.Resolve(content.Practices.Single(x => x.SourcePath == p.SourcePath), body.Html)],
            Event e => [.. state.Site.Practices.Where(p => p.Source.PresentedAt.Any(k => k.Key == e.Slug)).Select(p => resolver.Resolve(p.Source, p.BodyHtml))],
            _ => [],
        };
        var site = Time("model", () => SiteModelBuilder.Rebuild(state.Site, content, publication, html, changed));

        _searchCache = kept.Search;
        _feedCache = kept.Feeds;
        var renderer = new PageRenderer(state.Theme, _diagnostics);
        var sink = new MemorySink();
        var pagesBefore = kept.Pages.ToDictionary(p => p.SitePath, StringComparer.Ordinal);
        var pages = new List<ProcessedPage>();
        var reads = new ConcurrentBag<(string, ReadLog)>();
        IReadOnlyList<RenderJob> mainJobs = [];
        var rendered = 0;
        var outputs = Time("plan", () => OutputSites(content, site, publication, bodies, html, state.Theme).ToList());
        var microsites = outputs.Select(o => o.Folder).Where(f => f.Length > 0).ToList();
        foreach (var output in outputs)
        {
            // A practice shows on the main site only: a microsite's pages are the last build's.
            HashSet<string> dirty = [];
            if (output.Name == "main")
            {
                mainJobs = output.Jobs;
                dirty = Time("changes", () => Incremental.DirtyPages.Find(state.Site, kept.Jobs, site, output.Jobs, kept.Reads));
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
                Incremental = kept with { All = all, Bodies = bodies, Jobs = mainJobs, Pages = pages, Diagnostics = diagnostics },
            },
        };
    }

    /// <summary>
    /// The content with the edited file in place of the old one — all of it, and what is published — and the file as parsed;
    /// null when the edit moves the file in the site (another slug, date or publication state, other photos or files), or the
    /// file is not a published practice, event or free page.
    /// </summary>
    private (ContentSet All, ContentSet Published, object Source)? Edit(ContentSet all, ContentSet published, Loading.FrontMatterDocument doc, PublicationRule publication)
    {
        var parser = new ContentParser(_diagnostics, all.Schema);
        var path = doc.File.Path;
        // Which kind the file is, by its folder as the schema declares it; an entry of a site kind takes the full build.
        var folder = path.Split('/')[1];
        switch (all.Schema.Kinds.FirstOrDefault(k => k.Folder == folder)?.Key)
        {
            case Schema.ContentSchema.PracticeKind:
                var oldPractice = all.Practices.FirstOrDefault(p => p.SourcePath == path);
                if (oldPractice is null || parser.ParsePractice(doc) is not { } practice) return null;
                var movesNot = practice.Slug == oldPractice.Slug && practice.Date == oldPractice.Date && practice.Draft == oldPractice.Draft
                    && publication.Publishes(practice) && published.Practices.Any(p => p.SourcePath == path)
                    // Media files are checked as a whole by the full build: the same photos and files only.
                    && practice.Images.Select(i => i.Src).SequenceEqual(oldPractice.Images.Select(i => i.Src))
                    && practice.Attachments.Select(a => a.Src).SequenceEqual(oldPractice.Attachments.Select(a => a.Src));
                if (!movesNot) return null;
                var p = practice with { Body = practice.Body with { Text = "" } };
                return (all with { Practices = [.. all.Practices.Select(x => x.SourcePath == path ? p : x)] },
                    published with { Practices = [.. published.Practices.Select(x => x.SourcePath == path ? p : x)] }, practice);
            case Schema.ContentSchema.EventKind:
                var oldEvent = all.Events.FirstOrDefault(e => e.SourcePath == path);
                if (oldEvent is null || parser.ParseEvent(doc) is not { } ev) return null;
                // Events are sorted by their start in the model, so a new time is no move; a new slug or draft state is.
                if (ev.Slug != oldEvent.Slug || ev.Draft != oldEvent.Draft || !published.Events.Any(e => e.SourcePath == path)) return null;
                var e = ev with { Body = ev.Body with { Text = "" } };
                return (all with { Events = [.. all.Events.Select(x => x.SourcePath == path ? e : x)] },
                    published with { Events = [.. published.Events.Select(x => x.SourcePath == path ? e : x)] }, ev);
            case Schema.ContentSchema.PageKind:
                var oldPage = all.Pages.FirstOrDefault(x => x.SourcePath == path);
                if (oldPage is null || parser.ParsePage(doc) is not { } page) return null;
                if (page.Slug != oldPage.Slug || page.Draft != oldPage.Draft || !published.Pages.Any(x => x.SourcePath == path)) return null;
                var f = page with { Body = page.Body with { Text = "" } };
                return (all with { Pages = [.. all.Pages.Select(x => x.SourcePath == path ? f : x)] },
                    published with { Pages = [.. published.Pages.Select(x => x.SourcePath == path ? f : x)] }, page);
            default:
                return null;
        }
    }

    private static MarkdownSource BodyOf(object source) => source switch
    {
        Practice p => p.Body,
        Event e => e.Body,
        _ => ((Page)source).Body,
    };

    /// <summary>Whether every entry is published, pending and upcoming alike under both rules (the clock moved between builds).</summary>
    private static bool SameByTheClock(PublicationRule before, PublicationRule now, ContentSet all) =>
        before == now || (before.IncludeDrafts == now.IncludeDrafts && before.Now.Year == now.Now.Year
            && all.Practices.All(p => before.IsPending(p) == now.IsPending(p))
            && all.Events.All(e => e.End >= before.Now == e.End >= now.Now));

    private static Incremental.PageReads Kept(IEnumerable<(string Path, ReadLog Log)> reads)
    {
        var kept = new Incremental.PageReads();
        foreach (var (path, log) in reads.OrderBy(r => r.Path, StringComparer.Ordinal)) kept.Set(path, log);
        return kept;
    }

    /// <summary>Which pages of a site to render; the others' files and links are taken from the last build (by path from the output root).</summary>
    /// <param name="Microsites">The microsites' folders ("kongres/"): their files are not the main site's.</param>
    private sealed record PageReuse(IReadOnlySet<string> Render, IReadOnlyDictionary<string, ProcessedPage> Pages, IReadOnlyDictionary<string, OutputFile> Files,
        IReadOnlyList<string> Microsites)
    {
        /// <summary>
        /// The pages whose links need checking: only those rendered again, when every link target is still there — the
        /// same files or more (a new tag's page), and each page rendered again with the ids it had or more — since every
        /// other page's links were good last time (a broken link fails the build) and a link's check reads nothing else.
        /// Null (check all) otherwise.
        /// </summary>
        public IReadOnlyList<ProcessedPage>? OnlyRenderedLinks(string folder, IReadOnlySet<string> targets, IReadOnlyList<ProcessedPage> rendered)
        {
            var before = Files.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal)).Select(k => k[folder.Length..]);
            if (!targets.IsSupersetOf(folder.Length == 0 ? before.Where(k => !Microsites.Any(m => k.StartsWith(m, StringComparison.Ordinal))) : before))
                return null;
            // A page that is new had no ids a link could point to.
            return rendered.All(p => !Pages.TryGetValue(folder + p.SitePath, out var old) || p.Ids.IsSupersetOf(old.Ids)) ? rendered : null;
        }
    }
}
