using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Incremental;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.PostProcessing;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Pipeline;

public sealed partial class SiteGenerator
{
    /// <summary>
    /// In serve's builds, how the models and memos of the site's other languages are made: whole and new in its first
    /// build, rebuilt from the last ones in <see cref="Update"/>. Null in a plain build.
    /// </summary>
    private LanguageRebuild? _languageRebuild;

    /// <summary>
    /// The errors of an <see cref="Update"/> that returned null because of them. A full build of the same files finds
    /// them too, so serve shows these at once instead of building the whole site to report them.
    /// </summary>
    public IReadOnlyList<Diagnostic> Errors => [.. _diagnostics.Sorted().Where(d => d.IsError)];

    /// <summary>
    /// The incremental rebuild after an edit to one entry that keeps its place in the site (<see cref="EntryEdit"/>), or to
    /// one translation of an entry (<see cref="TranslationEdit"/>): through the build's own stages, for that file only —
    /// read, parse, validate (everything, as the build does), render its Markdown — then the model rebuilt from the last
    /// build's resolved entries (<see cref="SiteModelBuilder.Rebuild"/>), every page planned, and only the pages whose plan
    /// or whose reads of the model changed rendered again (<see cref="DirtyPages"/>). A site in more than one language is
    /// rebuilt so in each of them: each language's model from its last one (<see cref="LanguageRebuild"/>), its pages paired
    /// again with the main site's, and its dirty pages found from its own reads. Every other page is the last build's; the
    /// files beside the pages are made again with the kept memos (<see cref="RebuildState"/>), and the links of the pages
    /// rendered again are checked. The result is the whole site, as <see cref="Generate"/> would make it. The spelling of
    /// the edited file is not checked here (cspell takes seconds): serve checks it beside, and logs what it finds.
    /// </summary>
    /// <param name="previous">The last build's files by path (what serve serves).</param>
    /// <returns>Null when only a full build can be trusted: another kind of file, an error, a change of place, a new or removed translation.</returns>
    public BuildResult? Update(BuildState state, IReadOnlyDictionary<string, OutputFile> previous, string changedPath)
    {
        if (state.Incremental is not { } kept || !changedPath.EndsWith(".md", StringComparison.Ordinal)
            || !File.Exists(Path.Combine(options.SourceDirectory, changedPath))) return null;
        // serve's first build keeps every language's site; one it did not keep would have nothing to reuse.
        if (state.Content.Site.Languages.Skip(1).Any(l => !kept.Languages.ContainsKey(l.Code))) return null;
        var translated = ContentScanner.TranslationName(changedPath);
        if (translated is null ? !kept.Bodies.ContainsKey(changedPath) : !kept.All.Translations.Any(t => t.SourcePath == changedPath)) return null;

        // The clock may have moved since the last build (serve without --now): only if nothing changes its state by it.
        var publication = new PublicationRule(options.Now, options.IncludeDrafts);
        if (!EntryEdit.SameByTheClock(state.Publication, publication, kept.All)) return null;

        var file = SourceReader.Read(options.SourceDirectory, changedPath, _diagnostics);
        if (file is null) return null;
        var edit = translated is { } name
            ? EditTranslation(state, kept, file, Path.GetDirectoryName(changedPath)!.Replace('\\', '/') + "/" + name.Original, publication)
            : EditEntry(state, kept, file, publication);
        if (edit is null || _diagnostics.HasErrors) return null;
        var content = edit.Published;

        var html = edit.Bodies.ToDictionary(b => b.Key, b => b.Value.Html, StringComparer.Ordinal);
        var resolver = new EntryResolver(content, publication, state.Site.Images);
        // The main site's practices resolved anew: the edited one, or those that carry an edited event's stamp (its title
        // and date). A translation changes nothing of the main site's model.
        List<PracticeEntry> changed = edit.Translation
            ? []
            : [.. content.Practices.Where(p => edit.Reached.Contains(p.SourcePath)).Select(p => resolver.Resolve(p, html[p.SourcePath]))];
        var site = Time("model", () => SiteModelBuilder.Rebuild(state.Site, content, publication, html, changed));

        var renderer = new PageRenderer(state.Theme, _diagnostics);
        var sink = new MemorySink();
        var pagesBefore = kept.Pages.ToDictionary(p => p.SitePath, StringComparer.Ordinal);
        var pages = new List<ProcessedPage>();
        var reads = new SiteReads();
        var rendered = 0;
        _languageRebuild = LanguageRebuild.After(kept.Languages, edit.Reached);
        var outputs = Time("plan", () => OutputSites(content, site, publication, edit.Bodies, html, state.Theme, kept.Texts, kept.Search, edit.Translations).ToList());
        var folders = outputs.Select(o => o.Folder).Where(f => f.Length > 0).ToList();
        foreach (var output in outputs)
        {
            // A practice shows on the main site and its languages' only: a microsite's pages are the last build's.
            HashSet<string> dirty = [];
            if (output.Name == "main")
                dirty = Time("changes", () => DirtyPages.Find(state.Site, kept.Jobs, site, output.Jobs, kept.Reads));
            else if (IsLanguageSite(output, content) && kept.Languages.TryGetValue(output.Name, out var language))
                dirty = Time($"changes {output.Name}", () => DirtyPages.Find(language.Site, language.Jobs, output.Context.Site, output.Jobs, language.Reads));
            rendered += dirty.Count;
            pages.AddRange(BuildSite(output, edit.Bodies, renderer, sink, new PageReuse(dirty, pagesBefore, previous, folders),
                Tracked(output, content) ? reads.Recorder(output.Name) : null));
        }
        var result = Result(sink.Files, pages);
        if (!result.Succeeded) return null;

        // Only now, with the new pages in place, does the record of what they read change.
        Record(kept.Reads, kept.Jobs, outputs.Single(o => o.Name == "main"), reads);
        foreach (var output in outputs.Where(o => IsLanguageSite(o, content)))
            Record(kept.Languages[output.Name].Reads, kept.Languages[output.Name].Jobs, output, reads);
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
                Incremental = kept with
                {
                    All = edit.All, Bodies = edit.Bodies, Jobs = outputs.Single(o => o.Name == "main").Jobs, Pages = pages, Diagnostics = diagnostics,
                    Translations = edit.Translations, Languages = KeptLanguages(outputs, content, o => kept.Languages[o.Name].Reads),
                },
            },
        };
    }

    /// <summary>
    /// One edit as the rebuild takes it: the content with it, every body (the default language's, and each language's
    /// translations), and the source paths of the practices whose resolved entries it reaches in every language.
    /// </summary>
    /// <param name="Translation">Whether a translation was edited (the main site's model is the same then).</param>
    private sealed record Edit(ContentSet All, ContentSet Published, Dictionary<string, RenderedMarkdown> Bodies,
        IReadOnlyDictionary<string, Dictionary<string, RenderedMarkdown>> Translations, IReadOnlySet<string> Reached, bool Translation);

    /// <summary>An edited entry of the default language: parsed, its translations read again against it, validated, its Markdown rendered.</summary>
    private Edit? EditEntry(BuildState state, RebuildState kept, SourceFile file, PublicationRule publication)
    {
        var edit = Time("parse", () => FrontMatterSplitter.Split(file, _diagnostics) is { } doc ? EntryEdit.Of(kept.All, state.Content, doc, publication, _diagnostics) : null);
        if (edit is null || _diagnostics.HasErrors) return null;
        // Its translations are checked against it, as the build checks each translation against its original.
        var translationFiles = kept.All.Translations.Where(t => t.OriginalPath == file.Path)
            .Select(t => SourceReader.Read(options.SourceDirectory, t.SourcePath, _diagnostics)).ToList();
        if (translationFiles.Any(f => f is null)) return null;
        if (TranslationEdit.Recheck(edit.All, edit.Published, file, [.. translationFiles.OfType<SourceFile>()], _diagnostics) is not { } rechecked) return null;
        var (all, published) = rechecked;

        Time("validate", () => Validate(all));
        if (edit.Entry is Practice edited)
            foreach (var image in edited.Images) state.Site.Images.CheckUse(image.Src, image.Alt, image.Location, _diagnostics);
        var body = Time("markdown", () => state.Markdown.Render(edit.Body, _diagnostics));
        // Which media are in use is the full build's to report.
        if (_diagnostics.HasErrors || !body.Media.SequenceEqual(kept.Bodies[file.Path].Media)) return null;
        return new Edit(all, published, new(kept.Bodies, StringComparer.Ordinal) { [file.Path] = body }, kept.Translations,
            Reached(state.Site, edit.Entry), Translation: false);
    }

    /// <summary>An edited translation: read against its original's file, validated, its Markdown rendered as the build renders translations.</summary>
    private Edit? EditTranslation(BuildState state, RebuildState kept, SourceFile file, string originalPath, PublicationRule publication)
    {
        if (SourceReader.Read(options.SourceDirectory, originalPath, _diagnostics) is not { } original) return null;
        var edit = Time("parse", () => TranslationEdit.Of(kept.All, state.Content, file, original, _diagnostics));
        if (edit is null || _diagnostics.HasErrors) return null;
        // Only a translation of a practice, an event or a page: a site kind's entries take the full build (as their edits do).
        object? entry = (object?)edit.All.Practices.FirstOrDefault(p => p.SourcePath == originalPath)
            ?? (object?)edit.All.Events.FirstOrDefault(e => e.SourcePath == originalPath) ?? edit.All.Pages.FirstOrDefault(p => p.SourcePath == originalPath);
        if (entry is null) return null;

        Time("validate", () => Validate(edit.All));
        var language = edit.Translation.Language;
        // Rendered with its text (the content keeps the translations without theirs); every other translation tells where a link leads.
        var withText = edit.Published with { Translations = [.. edit.Published.Translations.Select(t => t.SourcePath == file.Path ? edit.Translation : t)] };
        var rendered = Time("translations", () => RenderTranslations(edit.All, withText, state.Site.Urls, state.Site.Images, state.Theme, only: file.Path));
        var body = rendered.GetValueOrDefault(language)?.GetValueOrDefault(originalPath);
        var before = kept.Translations.GetValueOrDefault(language)?.GetValueOrDefault(originalPath);
        // Rendered before and now (its language is published, its original too), with the same media: which are in use is the full build's to report.
        if (_diagnostics.HasErrors || (body is null) != (before is null) || (body is not null && !body.Media.SequenceEqual(before!.Media))) return null;
        var translations = new Dictionary<string, Dictionary<string, RenderedMarkdown>>(kept.Translations, StringComparer.Ordinal);
        if (body is not null) translations[language] = new(kept.Translations[language], StringComparer.Ordinal) { [originalPath] = body };
        return new Edit(edit.All, edit.Published, new(kept.Bodies, StringComparer.Ordinal), translations, Reached(state.Site, entry), Translation: true);
    }

    /// <summary>The source paths of the practices an edit of <paramref name="entry"/> reaches: itself, or those presented at an event.</summary>
    private static HashSet<string> Reached(SiteModel site, object entry) => entry switch
    {
        Practice p => new([p.SourcePath], StringComparer.Ordinal),
        Event e => new(site.Practices.Where(p => p.Source.PresentedAt.Any(k => k.Key == e.Slug)).Select(p => p.Source.SourcePath), StringComparer.Ordinal),
        _ => new(StringComparer.Ordinal),
    };

    /// <summary>The sites whose pages' reads serve records: the main site and its languages' (a microsite's pages show no entry of theirs).</summary>
    private static bool Tracked(OutputSite output, ContentSet content) => output.Name == "main" || IsLanguageSite(output, content);

    /// <summary>Whether <paramref name="output"/> is the main site in another of its languages (/en/), not a microsite.</summary>
    private static bool IsLanguageSite(OutputSite output, ContentSet content) => content.Site.Languages.Skip(1).Any(l => l.Code == output.Name && l.Code + "/" == output.Folder);

    /// <summary>The language sites as this build made them, for the next update: each one's model, planned pages, reads and memos.</summary>
    private Dictionary<string, LanguageState> KeptLanguages(IEnumerable<OutputSite> outputs, ContentSet content, Func<OutputSite, PageReads> reads) =>
        outputs.Where(o => IsLanguageSite(o, content)).ToDictionary(o => o.Name, o => _languageRebuild!.Kept(o.Name, o.Context.Site, o.Jobs, reads(o)), StringComparer.Ordinal);

    /// <summary>What the pages of <paramref name="output"/> rendered again read, in place of what they read before; pages no longer planned forgotten.</summary>
    private static void Record(PageReads kept, IReadOnlyList<Planning.RenderJob> jobsBefore, OutputSite output, SiteReads reads)
    {
        foreach (var (path, log) in reads.Of(output.Name)) kept.Set(path, log);
        foreach (var gone in jobsBefore.Select(j => j.SitePath).Except(output.Jobs.Select(j => j.SitePath))) kept.Remove(gone);
    }
}
