using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.PostProcessing;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Serve;

/// <summary>
/// The fast path of the preview, through the build's own stages for one file (read → parse → resolve → plan →
/// render, with the last build's schema, publication rule, Markdown pipeline, theme and render guard): an edit to
/// one published practice that keeps its place in the site (same slug, date and publication state, references that
/// exist; the rule is <see cref="Incremental.EntryEdit.KeepsItsPlace"/>) re-renders only that entry's page from the last build's model. The incremental rebuild follows
/// (SiteGenerator.Update, or the full one) to bring lists, feeds and search up to date.
/// </summary>
public static class EntryUpdater
{
    /// <summary>The new page for <paramref name="relativePath"/>, or null when only a full rebuild can be trusted.</summary>
    public static OutputFile? TryUpdate(BuildState state, string sourceRoot, string relativePath, DateTimeOffset now)
    {
        if (!relativePath.StartsWith("content/practices/", StringComparison.Ordinal) || !relativePath.EndsWith(".md", StringComparison.Ordinal)) return null;
        var old = state.Content.Practices.FirstOrDefault(p => p.SourcePath == relativePath);
        if (old is null || !File.Exists(Path.Combine(sourceRoot, relativePath))) return null;

        var diagnostics = new DiagnosticBag();
        if (SourceReader.Read(sourceRoot, relativePath, diagnostics) is not { } file
            || FrontMatterSplitter.Split(file, diagnostics) is not { } doc
            || new ContentParser(diagnostics, state.Content.Schema).ParsePractice(doc) is not { } practice
            || diagnostics.HasErrors)
            return null;

        var site = state.Site;
        var rule = state.Publication;
        var resolver = new EntryResolver(state.Content, rule, state.Site.Images);
        if (!Incremental.EntryEdit.KeepsItsPlace(old, practice, rule) || !resolver.CanResolve(practice)) return null;

        var body = state.Markdown.Render(practice.Body, diagnostics);
        if (diagnostics.HasErrors) return null;

        var previous = site.PracticesBySlug[practice.Slug];
        var entry = resolver.Resolve(practice, body.Html) with { RelatedSlugs = previous.RelatedSlugs };
        var job = Paired(new PagePlanner(site with { PracticesBySlug = site.PracticesBySlug.SetItem(entry.Slug, entry) }).PracticePage(entry), state);
        // The build's own render step with its error guard: a template mistake this entry's values bring out
        // becomes a diagnostic, and the full rebuild that follows reports it at the template's line.
        OutputFile? page = null;
        var pages = new PageRenderer(state.Theme, diagnostics).Render([job], site.Urls, (path, bytes) => page = new OutputFile(path, bytes));
        return diagnostics.HasErrors || pages.Count != 1 ? null : page;
    }

    /// <summary>
    /// On a site in more than one language, the page with its switcher and alternates as the last build paired it (an edit
    /// that keeps the entry's place keeps its pairing): the page is not served without them while the rebuild follows.
    /// </summary>
    private static RenderJob Paired(RenderJob job, BuildState state) =>
        job.Meta is { } meta && state.Incremental?.Jobs.FirstOrDefault(j => j.SitePath == job.SitePath)?.Meta is { } last
            ? job with { Variables = job.Variables.SetItem("page", meta with { Alternates = last.Alternates, Languages = last.Languages }) }
            : job;
}
