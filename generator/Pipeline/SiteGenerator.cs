using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Imaging;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.PostProcessing;
using DobraPraxe.Generator.Producers;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Templating;
using DobraPraxe.Generator.Validation;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>
/// The build, stage by stage: read → parse → validate → render Markdown → model → templates →
/// post-process and check links → output. Each file goes to the <see cref="OutputSink"/> as soon as it is made
/// (a <see cref="StagingSink"/> writes it to the staging folder, which is swapped in only after a clean build).
/// </summary>
public sealed partial class SiteGenerator(BuildOptions options)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];
    private Task<IReadOnlyList<Diagnostic>>? _spelling;
    private IReadOnlyList<OutsideLink> _fieldLinks = [];
    private Task<IReadOnlyList<Diagnostic>>? _outsideLinks;
    /// <summary>What each site's links may point to, by its folder, kept for its other languages' sites in folders of it (their links reach its files).</summary>
    private readonly Dictionary<string, HashSet<string>> _siteTargets = new(StringComparer.Ordinal);

    /// <param name="sink">Where files go as they are made; by default they are kept in memory (<see cref="BuildResult.Files"/>).</param>
    public BuildResult Generate(OutputSink? sink = null)
    {
        sink ??= new MemorySink();
        var all = ReadContent();
        if (all is null) return Result([], []);
        ReleaseMemory("gc-files");
        // References are checked against everything written, drafts included: linking to a draft is not a typo.
        Time("validate", () => Validate(all));
        var images = Time("images", () => ProcessImages(all));
        var publication = new PublicationRule(options.Now, options.IncludeDrafts);
        var content = Published(all, publication);
        var urls = new SiteUrls(content.Site.BaseUrl);
        // The theme and its words come before the Markdown: a heading's link is labelled in the site's language.
        var theme = Time("theme", () => LoadTheme(content));
        var (bodies, markdown) = Time("markdown", () => RenderMarkdown(all, content, urls, images, theme));
        var translations = Time("translations", () => RenderTranslations(all, content, urls, images, theme));
        if (options.ExternalLinks is { } outside) _outsideLinks = CheckOutsideLinks(outside, all, content, bodies);
        Time("media use", () => images.ReportFiles(MediaInUse(all, content, bodies, markdown), _diagnostics));
        // From here on only the rendered bodies are read. 'all' is held by the lambdas' closure as long as 'content' is,
        // so both let go of their texts.
        content = content.WithoutMarkdownText();
        all = all.WithoutMarkdownText();
        ReleaseMemory("gc-texts");
        // Building the site needs every reference resolved and the words of every language: stop here with every problem found so far.
        if (_diagnostics.HasErrors || theme is null) return Result([], []);
        var words = theme.WordsFor(content.Site.Language);

        var html = bodies.ToDictionary(b => b.Key, b => b.Value.Html);
        var site = Time("model", () => SiteModelBuilder.Build(content, urls, words, publication, html, images));
        var renderer = new PageRenderer(theme, _diagnostics);

        // Every output site — the catalogue, its other languages in <code>/, then each microsite in <slug>/ — goes through the same steps.
        var pages = new List<ProcessedPage>();
        // serve keeps what each page of the main site and of its languages' sites read, and the memos of feeds and search,
        // for rebuilding only what an edit reaches (see Update); a plain build keeps nothing.
        var reads = options.KeepForUpdates ? new Incremental.SiteReads() : null;
        var memos = options.KeepForUpdates ? Incremental.RebuildState.NewMemos() : default;
        if (options.KeepForUpdates) _languageRebuild = Incremental.LanguageRebuild.First();
        var outputs = Time("plan", () => OutputSites(content, site, publication, bodies, html, theme, memos.Texts, memos.Search, translations).ToList());
        foreach (var output in outputs)
            pages.AddRange(BuildSite(output, bodies, renderer, sink, readsOf: reads is not null && Tracked(output, content) ? reads.Recorder(output.Name) : null));
        var result = Result(sink.Files, pages);
        return result with
        {
            State = new BuildState(content, site, theme, markdown, publication)
            {
                Incremental = reads is null || !result.Succeeded ? null
                    : new Incremental.RebuildState(all, bodies, outputs.Single(o => o.Name == "main").Jobs, Incremental.RebuildState.ReadsOf(reads.Of("main")), pages,
                        result.Diagnostics, memos.Texts!, memos.Search!)
                    {
                        Translations = translations, Languages = KeptLanguages(outputs, content, o => Incremental.RebuildState.ReadsOf(reads.Of(o.Name))),
                    },
            },
        };
    }

    /// <summary>
    /// Read and parse. A method of its own so that the files' raw text is not caught in <see cref="Generate"/>'s closure,
    /// which lives to the end of the build (at 100,000 entries, a gigabyte held for nothing).
    /// </summary>
    private ContentSet? ReadContent()
    {
        var sources = Time("read", () => ContentScanner.Scan(options.SourceDirectory, _diagnostics));
        var content = Time("parse", () => ContentReader.Read(sources, _diagnostics, options.Now));
        // The spelling check (cspell in node) runs beside the rest of the build; its warnings join at the end.
        if (content is not null && options.CheckSpelling)
            _spelling = Task.Run(() => Time("spelling", () => Spelling.SpellChecker.Check(sources, content, options.SourceDirectory)));
        if (content is not null && options.ExternalLinks is not null) _fieldLinks = ExternalLinks.FrontMatterLinks.Of(sources, content.Schema);
        return content;
    }

    /// <summary>What this build publishes (<paramref name="publication"/>), at the address it is built for (a preview's root, --base-url).</summary>
    private ContentSet Published(ContentSet all, PublicationRule publication)
    {
        var content = publication.Apply(all) with { Site = all.Site with { BaseUrl = options.PreviewRoot ?? options.BaseUrl ?? all.Site.BaseUrl } };
        return options.PreviewRoot is { } root
            ? content with { Conferences = [.. content.Conferences.Select(c => c with { BaseUrl = new Uri(root, c.Slug + "/") })] }
            : content;
    }

    /// <summary>Every check across files. Which paths the site's own files take, their producers tell (<see cref="Outputs"/>).</summary>
    private void Validate(ContentSet content)
    {
        var outputs = Outputs.Segments(new OutputPlan(content, EditorMode(content)));
        ReferenceValidator.Validate(content, outputs, _diagnostics);
        ConferenceValidator.Validate(content, ReferenceValidator.MainSiteSegments(content, outputs),
            conference => Outputs.Segments(OutputPlan.ForMicrosite(content, conference)), _diagnostics);
        AccessibilityStatements.Validate(content, options.Now, _diagnostics);
        OpenData.OpenDataValidator.Validate(content, _diagnostics);
    }

    /// <summary>The sites this build publishes, planned: the main catalogue first, then its other languages, then each published microsite.</summary>
    /// <param name="texts">serve's memo of feeds and calendars; null writes every one.</param>
    /// <param name="search">serve's memo of the search index; null builds it whole.</param>
    /// <param name="translations">The translations' bodies by language (<see cref="RenderTranslations"/>); null when the site has one language.</param>
    private IEnumerable<OutputSite> OutputSites(ContentSet content, SiteModel site, PublicationRule publication,
        Dictionary<string, RenderedMarkdown> bodies, Dictionary<string, HtmlFragment> html, TemplateSet theme, Output.ITextReuse? texts, Search.SearchIndexCache? search,
        IReadOnlyDictionary<string, Dictionary<string, RenderedMarkdown>>? translations = null)
    {
        var planner = new PagePlanner(site);
        var openData = OpenData.OpenDataFiles.Tables(site, content.Schema, OpenData.OpenDataFiles.EnglishOf(content.Site, theme.WordsFor));
        RenderJob[] dataPage = content.Site.OpenData is { } settings ? [planner.OpenDataPage(OpenData.OpenDataPage.Of(openData, settings, content.Schema))] : [];
        var main = new OutputContext(new OutputPlan(content, EditorMode(content)), site, site.Urls, [.. planner.Plan(), .. dataPage], theme, _diagnostics)
        {
            Statement = planner.Statement, Bodies = bodies, OpenDataTables = openData,
            TextReuse = texts ?? Output.NoReuse.Instance, SearchCache = search, Precompress = options.Precompress,
        };
        // The other languages: each page paired with its counterparts (alternates, switcher) from one pairing of all of them.
        var languages = content.Site.Languages.Length < 2 ? [] : LanguageSites(content, site, publication, translations ?? new Dictionary<string, Dictionary<string, RenderedMarkdown>>(), theme, openData).ToList();
        if (languages.Count > 0)
        {
            var linked = LanguagePairs.Link([new LanguagePlan(content.Site.Language, site.Urls, main.Jobs, site.Words), .. languages.Select(l => l.Plan)]);
            main = main with { Jobs = linked[0], OtherLanguages = [.. languages.Select((l, i) => l.Plan with { Jobs = linked[i + 1] })] };
            languages = [.. languages.Select((l, i) => l with { Context = l.Context with { Jobs = linked[i + 1] } })];
        }
        yield return new OutputSite("main", "", content.Site.Menu, main);
        foreach (var (context, menu, plan) in languages) yield return new OutputSite(plan.Code, plan.Code + "/", menu, context) { Within = "" };

        foreach (var conference in content.Conferences)
        {
            var microsite = new ConferencePlanner(conference, html, site.Urls, site.Config.Title, publication, theme.WordsFor(LanguageOf(conference, content)))
            {
                Accessibility = AccessibilityStatements.For(conference, content.Site),
            };
            var own = new OutputSite(conference.Slug, conference.Slug + "/", microsite.Menu,
                new OutputContext(OutputPlan.ForMicrosite(content, conference), site, microsite.Urls, [.. microsite.Plan()], theme, _diagnostics)
                {
                    Statement = microsite.Statement, Microsite = microsite,
                });
            // With its other languages, if it has any (each in its folder, /en/), paired with it.
            foreach (var output in MicrositeLanguages(content, conference, own, microsite, site, html, publication, theme)) yield return output;
        }
    }

    /// <summary>
    /// One site: its pages rendered, the files beside them (each producer of <see cref="Outputs"/> a stage of its own),
    /// and its links checked against its own root — after all of its pages exist, since a link may point to any of them.
    /// Pages and files go to <paramref name="sink"/> as they are made; only their paths, ids and links stay here.
    /// </summary>
    /// <param name="reuse">Set by <see cref="Update"/>: only these pages are rendered, the others' bytes and links are last build's.</param>
    /// <param name="readsOf">Told what each rendered page read of the model (see <see cref="Incremental.PageReads"/>).</param>
    private List<ProcessedPage> BuildSite(OutputSite output, Dictionary<string, RenderedMarkdown> bodies, PageRenderer renderer, OutputSink sink,
        Incremental.PageReuse? reuse = null, Action<RenderJob, ReadLog>? readsOf = null)
    {
        // Stage names carry the microsite's name; the main site's are the plain ones ("templates", "links").
        string Stage(string name) => output.Name == "main" ? name : $"{name} {output.Name}";
        var written = new ConcurrentBag<string>();
        void Write(OutputFile file)
        {
            written.Add(file.Path);
            sink.Add(file with { Path = output.Folder + file.Path });
        }
        void Produce(IOutputProducer producer) => Time(Stage(producer.Name), () =>
        {
            foreach (var file in producer.Files(output.Context)) Write(file);
        });
        foreach (var producer in output.Producers.Where(p => p.BeforePages))
        {
            Produce(producer);
            ReleaseMemory(Stage("gc-" + producer.Name));
        }
        var jobs = reuse is null ? output.Jobs : [.. output.Jobs.Where(j => reuse.Render.Contains(j.SitePath))];
        var pages = Time(Stage("templates"), () => renderer.Render(jobs, output.Urls, (path, bytes) => Write(new OutputFile(path, bytes)), readsOf));
        var renderedPages = pages.ToList();
        ReleaseMemory(Stage("gc-pages"));
        if (reuse is not null)
            Time(Stage("reuse"), () =>
            {
                foreach (var job in output.Jobs.Where(j => !reuse.Render.Contains(j.SitePath)))
                {
                    var file = Routes.FileOf(job.SitePath);
                    Write(reuse.Files[output.Folder + file] with { Path = file });
                    pages.Add(reuse.Pages[output.Folder + job.SitePath] with { SitePath = job.SitePath });
                }
            });
        foreach (var producer in output.Producers.Where(p => !p.BeforePages)) Produce(producer);
        var menuLinks = MenuOrigins(output.Menu, output.Urls);
        var targets = Targets(written, output.Jobs);
        _siteTargets[output.Folder] = targets;
        if (output.Urls.Root is { } root && output.Within is { } within && _siteTargets.TryGetValue(within, out var rootTargets))
        {
            // A language's site in a folder of another links to that site's files too (assets, media): checked from its root.
            var folder = output.Folder[within.Length..];
            Time(Stage("links"), () => LinkChecker.Check([.. pages.Select(p => p with { SitePath = folder + p.SitePath })],
                new HashSet<string>([.. rootTargets, .. targets.Select(t => folder + t)], StringComparer.Ordinal), root.BasePath,
                // The main site's languages keep their translations' bodies by the original's path; a microsite's are among the bodies, by their own.
                (page, link) => OriginOf(page, link, output.Context.Bodies.Count > 0 ? output.Context.Bodies : bodies, menuLinks), _diagnostics));
        }
        else
            Time(Stage("links"), () => LinkChecker.Check(pages, targets, output.Urls.BasePath,
                (page, link) => OriginOf(page, link, bodies, menuLinks), _diagnostics, reuse?.OnlyRenderedLinks(output.Folder, targets, renderedPages)));
        return [.. pages.Select(p => p with { SitePath = output.Folder + p.SitePath })];
    }

    /// <summary>
    /// What a link may point to: every file, and every planned page, since a page that failed to render
    /// (a template error, reported already) would otherwise make each link to it a second, misplaced error.
    /// </summary>
    private static HashSet<string> Targets(IEnumerable<string> files, IEnumerable<RenderJob> jobs) =>
        [.. files.Concat(jobs.Select(j => Routes.FileOf(j.SitePath)))];

    /// <summary>The menu's links as printed, each with the line of site.yml it comes from.</summary>
    private static Dictionary<string, SourceLocation> MenuOrigins(IEnumerable<MenuItem> menu, SiteUrls urls) =>
        menu.DistinctBy(m => urls.Href(m.Url)).ToDictionary(m => urls.Href(m.Url), m => m.Location);

    /// <summary>Where a link was written: a line of Markdown, or a menu item; null when a template made it.</summary>
    private static SourceLocation? OriginOf(ProcessedPage page, string link, IReadOnlyDictionary<string, RenderedMarkdown> bodies, Dictionary<string, SourceLocation> menuLinks) =>
        page.SourcePath is { } source && bodies.TryGetValue(source, out var body) && body.Links.TryGetValue(link, out var inText) ? inText
        : menuLinks.TryGetValue(link, out var inMenu) ? inMenu : null;

    /// <summary>A microsite's language: its own 'language:', else the main site's.</summary>
    private static string LanguageOf(Conference conference, ContentSet content) => conference.Language ?? content.Site.Language;

    /// <summary>
    /// The theme's words in the main site's language and in each microsite's, each checked against the templates and the
    /// generator's own words; false after reporting a language the generator does not know or the theme has no words in.
    /// </summary>
    private bool LoadWords(TemplateSet theme, ContentSet content)
    {
        var ok = true;
        foreach (var (language, at) in SiteLanguages.Asked(content, options.SourceDirectory))
        {
            if (LanguageRules.Find(language) is not { } rules)
            {
                _diagnostics.Error(at, $"'language: {language}' is not a language the generator writes",
                    $"Use one of: {string.Join(", ", LanguageRules.Supported.Select(l => l.Code))} (the site's words are in themes/<theme>/i18n/<language>.yml).");
                ok = false;
            }
            else if (theme.LoadWords(rules, at, _diagnostics) is null) ok = false;
        }
        // A second language's words are the default's, translated: none missing, none extra, the same values.
        foreach (var (main, other) in ok ? SiteLanguages.Pairs(content) : [])
            ok &= CatalogueParity.Check(theme.WordsFor(main), theme.WordsFor(other), _diagnostics);
        return ok;
    }

    /// <summary>The site's theme with every layout the planners will ask for, and its words in every language the sites are written in; null after reporting why not.</summary>
    private TemplateSet? LoadTheme(ContentSet content)
    {
        var theme = LoadTheme(content.Site.Theme, [.. PagePlanner.Layouts, .. PagePlanner.KindLayouts(content.Schema.ItemKinds),
            .. content.Conferences.IsEmpty ? [] : ConferencePlanner.Layouts]);
        return theme is not null && LoadWords(theme, content) ? theme : null;
    }

    /// <summary>The site's theme, checked to have every layout in <paramref name="needed"/> (what the planners will ask for).</summary>
    private TemplateSet? LoadTheme(string name, IReadOnlyList<LayoutUse> needed)
    {
        // A name, not a path: 'theme: ../x' or '/etc' must not make the build read templates from elsewhere.
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            _diagnostics.Error(SourceLocation.File("content/site.yml"), $"'theme: {name}' is not the name of a folder in themes/",
                "Write the folder's name only, e.g. 'theme: mine' for themes/mine/, or remove 'theme:' to use the default theme.");
            return null;
        }
        if (ThemeLocator.Find(options.SourceDirectory, name) is not { } theme)
        {
            _diagnostics.Error(SourceLocation.File("content/site.yml"), $"theme '{name}' was found neither in themes/{name}/ nor among the generator's themes",
                "Remove 'theme:' from site.yml to use the default theme, or create the theme folder.");
            return null;
        }
        return TemplateSet.Load(theme.Folder, theme.DisplayPath, _diagnostics, needed);
    }

    /// <summary>
    /// The image stage: every media file checked, every photo encoded (or taken from the cache), and each photo of an
    /// entry's front matter checked where it is named; Markdown's images are checked as they are rendered.
    /// </summary>
    private ImageCatalog ProcessImages(ContentSet all)
    {
        var cache = options.ImageCacheDirectory is { } folder ? new ImageCache(folder) : ImageCache.Beside(options.SourceDirectory);
        var images = ImageStage.Process(all.MediaFiles, Path.Combine(options.SourceDirectory, ContentScanner.ContentFolder), ImageSettings.For(all.Site), cache);
        foreach (var image in all.Practices.SelectMany(p => p.Images)) images.CheckUse(image.Src, image.Alt, image.Location, _diagnostics);
        foreach (var value in all.DeclaredValues) if (value.MediaPath is { } src) images.CheckFileUse(src, value.Location, _diagnostics);
        return images;
    }

    /// <summary>Media files something shows or links to: front matter of every entry (drafts too), and every body.</summary>
    private static HashSet<string> MediaInUse(ContentSet all, ContentSet published, Dictionary<string, RenderedMarkdown> bodies, MarkdownRenderer markdown)
    {
        var used = all.Practices.SelectMany(p => p.Images.Select(i => i.Src).Concat(p.Attachments.Select(a => a.Src))).ToHashSet(StringComparer.Ordinal);
        used.UnionWith(bodies.Values.SelectMany(b => b.Media));
        used.UnionWith(all.DeclaredValues.Select(v => v.MediaPath).OfType<string>());
        var rendered = published.Practices.Select(p => p.SourcePath).Concat(published.Events.Select(e => e.SourcePath)).Concat(published.Pages.Select(p => p.SourcePath))
            .Concat(published.Items.Select(i => i.SourcePath)).ToHashSet();
        foreach (var body in all.Practices.Select(p => p.Body).Concat(all.Events.Select(e => e.Body)).Concat(all.Pages.Select(p => p.Body)).Concat(all.Items.Select(i => i.Body))
                     .Where(b => !rendered.Contains(b.Path)))
            used.UnionWith(markdown.MediaUsedBy(body));
        return used;
    }

    /// <param name="theme">The theme whose words name the headings' links and the tables' boxes; null when it failed to load (the build stops after this stage).</param>
    private (Dictionary<string, RenderedMarkdown> Bodies, MarkdownRenderer Main) RenderMarkdown(ContentSet all, ContentSet published, SiteUrls urls, ImageCatalog images, TemplateSet? theme)
    {
        // Unpublished pages (drafts, future entries) are known targets without a URL.
        var targets = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in all.Practices) targets[p.SourcePath] = null;
        foreach (var e in all.Events) targets[e.SourcePath] = null;
        foreach (var p in all.Pages) targets[p.SourcePath] = null;
        foreach (var i in all.Items) targets[i.SourcePath] = null;
        foreach (var p in published.Practices) targets[p.SourcePath] = Routes.Practice(p.Slug);
        foreach (var e in published.Events) targets[e.SourcePath] = Routes.Event(e.Slug);
        foreach (var p in published.Pages) targets[p.SourcePath] = Routes.Page(p.Slug);
        foreach (var i in published.Items) targets[i.SourcePath] = published.Schema.Kind(i.Kind).ItemPath(i.Slug);
        foreach (var m in all.MediaFiles) targets[$"{ContentScanner.ContentFolder}/{m}"] = m;

        // An entry with a photo in its front matter shows that one first: the images of its text all load lazily.
        var afterLeadPhoto = published.Practices.Where(p => p.Images.Any(i => images.Find(i.Src) is not null)).Select(p => p.Body.Path).ToHashSet(StringComparer.Ordinal);
        var renderer = new MarkdownRenderer(new LinkTargets(targets), urls, published.Site.AllowHtml, images, afterLeadPhoto, Search.SearchIndexBuilder.BodyWords,
            theme?.WordsFor(published.Site.Language)) { KeepOutsideLinks = options.ExternalLinks is not null };
        var bodies = published.Practices.Select(p => p.Body)
            .Concat(published.Events.Select(e => e.Body))
            .Concat(published.Pages.Select(p => p.Body))
            .Concat(published.Items.Select(i => i.Body))
            .ToList();
        var html = new ConcurrentDictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        Parallel.ForEach(bodies, body => html[body.Path] = renderer.Render(body, _diagnostics));

        // A microsite's pages link among themselves, on its own domain; its unpublished pages are known targets without a URL.
        foreach (var conference in published.Conferences)
        {
            var own = all.Conferences.Single(c => c.Slug == conference.Slug).Pages.ToDictionary(p => p.SourcePath, _ => (string?)null);
            foreach (var page in conference.Pages) own[page.SourcePath] = ConferencePlanner.PagePath(page);
            var conferenceUrls = new SiteUrls(conference.BaseUrl);
            var conferenceRenderer = new MarkdownRenderer(new LinkTargets(own), conferenceUrls, published.Site.AllowHtml, textWords: Search.SearchIndexBuilder.BodyWords,
                words: theme?.WordsFor(LanguageOf(conference, published))) { KeepOutsideLinks = options.ExternalLinks is not null };
            foreach (var page in conference.Pages) html[page.SourcePath] = conferenceRenderer.Render(page.Body, _diagnostics);
            // Its pages' translations, by their own files: a link leads to the page in the same language where it is translated, else to the default's.
            foreach (var language in conference.Languages.Skip(1))
            {
                var translations = conference.Translations.Where(t => t.Language == language.Code && own.GetValueOrDefault(t.OriginalPath) is not null).ToList();
                var translated = translations.Select(t => t.OriginalPath).ToHashSet(StringComparer.Ordinal);
                var pages = own.ToDictionary(t => t.Key, t => t.Value is null || translated.Contains(t.Key) ? t.Value : conferenceUrls.Absolute(t.Value), StringComparer.Ordinal);
                var languageRenderer = new MarkdownRenderer(new LinkTargets(pages), MicrositeLanguageUrls(published, conference, language), published.Site.AllowHtml,
                    textWords: Search.SearchIndexBuilder.BodyWords, words: theme?.WordsFor(language.Code)) { KeepOutsideLinks = options.ExternalLinks is not null };
                foreach (var translation in translations) html[translation.SourcePath] = languageRenderer.Render(translation.Body, _diagnostics);
            }
        }
        return (new Dictionary<string, RenderedMarkdown>(html, StringComparer.Ordinal), renderer);
    }

    /// <summary>
    /// `check --external`, beside the rest of the build: the links of the published texts and the url fields of their
    /// files (and members.yml); not those of drafts, which no reader sees yet.
    /// </summary>
    private Task<IReadOnlyList<Diagnostic>> CheckOutsideLinks(ExternalLinks.ExternalLinkSettings settings, ContentSet all, ContentSet published,
        Dictionary<string, RenderedMarkdown> bodies)
    {
        var links = bodies.Values.SelectMany(b => b.Outside)
            .Concat(_fieldLinks.Where(l => bodies.ContainsKey(l.Location.Path) || !l.Location.Path.EndsWith(".md", StringComparison.Ordinal)))
            .ToList();
        Uri[] own = [all.Site.BaseUrl, published.Site.BaseUrl, .. all.Conferences.Select(c => c.BaseUrl)];
        return Task.Run(() => Time("external links", () => ExternalLinks.ExternalLinkChecker.Check(links, own, settings, options.Now)));
    }

    private Editing.EditorMode EditorMode(ContentSet content) =>
        options.Editor ?? (content.Site.Editor is null ? Editing.EditorMode.Off : Editing.EditorMode.Published);

    private BuildResult Result(IReadOnlyList<OutputFile> files, IReadOnlyList<ProcessedPage> pages)
    {
        foreach (var task in new[] { _spelling, _outsideLinks }.OfType<Task<IReadOnlyList<Diagnostic>>>())
            foreach (var warning in task.GetAwaiter().GetResult()) _diagnostics.Add(warning);
        return new(files, pages, _diagnostics.Sorted(), _timings);
    }

    private T Time<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var result = run();
        process.Refresh();
        var timing = new StageTiming(stage, watch.Elapsed, GC.GetTotalMemory(forceFullCollection: false), process.PeakWorkingSet64)
        {
            Processor = process.TotalProcessorTime - cpu,
        };
        lock (_timings) _timings.Add(timing);
        options.StageDone?.Invoke(timing);
        return result;
    }

    private void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });

    /// <summary>
    /// A large build lets go of much of its heap at four known points: the files' text once parsed, the Markdown once
    /// rendered, the search index's analysis once written, the pages' garbage once templated (at 100,000 long entries,
    /// 1.1, 1.0, 0.7 and about 0.6 GB). The collector's
    /// budget for a heap that size would keep them in the oldest generation through the stages that allocate most, and
    /// the process's peak would be both together. One blocking, compacting collection at each point hands them back
    /// first. Below the threshold it would cost more than it frees (a 10,000-entry build's heap is about 300 MB).
    /// </summary>
    private void ReleaseMemory(string stage)
    {
        if (!options.OwnsProcess || GC.GetTotalMemory(forceFullCollection: false) < ReleaseThresholdBytes) return;
        Time(stage, () => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true));
    }

    private const long ReleaseThresholdBytes = 1L << 30;
}
