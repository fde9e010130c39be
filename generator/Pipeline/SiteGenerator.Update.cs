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
    /// <summary>
    /// The incremental rebuild after an edit to one practice that keeps its place in the site (same slug, date and
    /// publication state, the same photos and media): through the build's own stages, for that file only — read,
    /// parse, validate (everything, as the build does), render its Markdown — then the model rebuilt from the last
    /// build's resolved entries (<see cref="SiteModelBuilder.Rebuild"/>), every page planned, and only the pages whose
    /// plan or whose reads of the model changed rendered again (<see cref="Incremental.DirtyPages"/>). Every other page
    /// is the last build's; the files beside the pages (sitemap, feeds, search, open data …) are made again, and the
    /// links of every page are checked. The result is the whole site, as <see cref="Generate"/> would make it.
    /// </summary>
    /// <param name="previous">The last build's files by path (what serve serves).</param>
    /// <returns>Null when only a full build can be trusted: another kind of file, an error, a change of place.</returns>
    public BuildResult? Update(BuildState state, IReadOnlyDictionary<string, OutputFile> previous, string changedPath)
    {
        if (state.Incremental is not { } kept) return null;
        if (!changedPath.StartsWith($"{ContentScanner.ContentFolder}/practices/", StringComparison.Ordinal) || !changedPath.EndsWith(".md", StringComparison.Ordinal)) return null;
        var index = kept.All.Practices.Select(p => p.SourcePath).ToList().IndexOf(changedPath);
        if (index < 0 || !File.Exists(Path.Combine(options.SourceDirectory, changedPath))) return null;
        var old = kept.All.Practices[index];

        // The clock may have moved since the last build (serve without --now): only if nothing changes its state by it.
        var publication = new PublicationRule(options.Now, options.IncludeDrafts);
        if (!SameByTheClock(state.Publication, publication, kept.All)) return null;

        var practice = Time("parse", () => SourceReader.Read(options.SourceDirectory, changedPath, _diagnostics) is { } file
            && FrontMatterSplitter.Split(file, _diagnostics) is { } doc ? new ContentParser(_diagnostics, kept.All.Schema).ParsePractice(doc) : null);
        if (practice is null || _diagnostics.HasErrors) return null;
        var keepsItsPlace = practice.Slug == old.Slug && practice.Date == old.Date && practice.Draft == old.Draft
            && publication.Publishes(practice) && state.Content.Practices.Any(p => p.SourcePath == changedPath)
            // Media files are checked as a whole by the full build: the same photos and files only.
            && practice.Images.Select(i => i.Src).SequenceEqual(old.Images.Select(i => i.Src))
            && practice.Attachments.Select(a => a.Src).SequenceEqual(old.Attachments.Select(a => a.Src));
        if (!keepsItsPlace) return null;

        var all = kept.All with { Practices = kept.All.Practices.SetItem(index, practice with { Body = practice.Body with { Text = "" } }) };
        Time("validate", () =>
        {
            ReferenceValidator.Validate(all, _diagnostics);
            ConferenceValidator.Validate(all, ReferenceValidator.MainSiteSegments(all), _diagnostics);
            AccessibilityStatements.Validate(all, options.Now, _diagnostics);
            OpenData.OpenDataValidator.Validate(all, _diagnostics);
        });
        var images = state.Site.Images;
        foreach (var image in practice.Images) images.CheckUse(image.Src, image.Alt, image.Location, _diagnostics);
        var body = Time("markdown", () => state.Markdown.Render(practice.Body, _diagnostics));
        if (_diagnostics.HasErrors || !body.Media.SequenceEqual(kept.Bodies[changedPath].Media)) return null;

        var bodies = new Dictionary<string, RenderedMarkdown>(kept.Bodies, StringComparer.Ordinal) { [changedPath] = body };
        var html = bodies.ToDictionary(b => b.Key, b => b.Value.Html, StringComparer.Ordinal);
        var published = practice with { Body = practice.Body with { Text = "" } };
        var content = state.Content with { Practices = [.. state.Content.Practices.Select(p => p.SourcePath == changedPath ? published : p)] };
        var site = Time("model", () => SiteModelBuilder.Rebuild(state.Site, content, publication,
            html, new EntryResolver(content, publication, images).Resolve(published, body.Html)));

        var renderer = new PageRenderer(state.Theme, _diagnostics);
        var sink = new MemorySink();
        var pagesBefore = kept.Pages.ToDictionary(p => p.SitePath, StringComparer.Ordinal);
        var pages = new List<ProcessedPage>();
        var reads = new ConcurrentBag<(string, ReadLog)>();
        IReadOnlyList<RenderJob> mainJobs = [];
        var rendered = 0;
        foreach (var output in OutputSites(content, site, publication, bodies, html, images))
        {
            // A practice shows on the main site only: a microsite's pages are the last build's.
            HashSet<string> dirty = [];
            if (output.Name == "main")
            {
                mainJobs = output.Jobs;
                dirty = Time("changes", () => Incremental.DirtyPages.Find(state.Site, kept.Jobs, site, output.Jobs, kept.Reads));
                rendered = dirty.Count;
            }
            pages.AddRange(BuildSite(output, bodies, renderer, sink, new PageReuse(dirty, pagesBefore, previous),
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
    private sealed record PageReuse(IReadOnlySet<string> Render, IReadOnlyDictionary<string, ProcessedPage> Pages, IReadOnlyDictionary<string, OutputFile> Files);
}
