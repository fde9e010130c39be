using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.PostProcessing;
using DobraPraxe.Generator.SiteBuilding;
using DobraPraxe.Generator.Templating;
using Scriban.Syntax;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>
/// The build, stage by stage: read → parse → validate → render Markdown → model → templates →
/// post-process and check links → output. Nothing is written here; <see cref="SiteWriter"/> does that.
/// </summary>
public sealed class SiteGenerator(BuildOptions options)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];

    public BuildResult Generate()
    {
        var sources = Time("read", () => ContentScanner.Scan(options.SourceDirectory, _diagnostics));
        var content = Time("parse", () => ContentReader.Read(sources, _diagnostics, options.Now));
        if (content is null) return Result([], []);

        // References are checked against everything written, drafts included: linking to a draft is not a typo.
        Time("validate", () => ReferenceValidator.Validate(content, _diagnostics));
        var all = content;
        content = Publish(content) with { Site = content.Site with { BaseUrl = options.BaseUrl ?? content.Site.BaseUrl } };
        var urls = new SiteUrls(content.Site.BaseUrl);
        var bodies = Time("markdown", () => RenderMarkdown(all, content, urls));
        var theme = LoadTheme(content.Site.Theme);
        // Building the site needs every reference resolved: stop here with every problem found so far.
        if (_diagnostics.HasErrors || theme is null) return Result([], []);

        var site = Time("model", () => SiteModelBuilder.Build(content, urls, options.Now, bodies.ToDictionary(b => b.Key, b => b.Value.Html)));
        var jobs = new PagePlanner(site).Plan().ToList();
        var pages = Time("templates", () => RenderPages(jobs, site, theme));
        var files = pages.Select(p => OutputFile.Text(Routes.FileOf(p.SitePath), p.Html))
            .Append(OutputFile.Text(AtomFeedBuilder.Path, AtomFeedBuilder.Build(site)))
            .Append(OutputFile.Text(SitemapBuilder.Path, SitemapBuilder.Build(jobs, urls)))
            .Append(OutputFile.Text(SitemapBuilder.RobotsPath, SitemapBuilder.Robots(urls)))
            .Concat(Assets(theme, content))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var menuLinks = content.Site.Menu.DistinctBy(m => urls.Href(m.Url)).ToDictionary(m => urls.Href(m.Url), m => m.Location);
        SourceLocation? OriginOf(ProcessedPage page, string link) =>
            page.SourcePath is { } source && bodies[source].Links.TryGetValue(link, out var inText) ? inText
            : menuLinks.TryGetValue(link, out var inMenu) ? inMenu : null;
        Time("links", () => LinkChecker.Check(pages, files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), urls.BasePath, OriginOf, _diagnostics));
        return Result(files, pages);
    }

    /// <summary>Drafts and entries dated in the future stay out unless drafts were asked for.</summary>
    private ContentSet Publish(ContentSet content)
    {
        if (options.IncludeDrafts) return content;
        var today = DateOnly.FromDateTime(options.Now.Date);
        return content with
        {
            Practices = [.. content.Practices.Where(p => !p.Draft && p.Date <= today)],
            Events = [.. content.Events.Where(e => !e.Draft)],
            Pages = [.. content.Pages.Where(p => !p.Draft)],
        };
    }

    private TemplateSet? LoadTheme(string name)
    {
        if (ThemeLocator.Find(options.SourceDirectory, name) is not { } theme)
        {
            _diagnostics.Error(SourceLocation.File("content/site.yml"), $"theme '{name}' was found neither in themes/{name}/ nor among the generator's themes",
                "Remove 'theme:' from site.yml to use the default theme, or create the theme folder.");
            return null;
        }
        return TemplateSet.Load(theme.Folder, theme.DisplayPath, _diagnostics);
    }

    private Dictionary<string, RenderedMarkdown> RenderMarkdown(ContentSet all, ContentSet published, SiteUrls urls)
    {
        // Unpublished pages (drafts, future entries) are known targets without a URL.
        var targets = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in all.Practices) targets[p.SourcePath] = null;
        foreach (var e in all.Events) targets[e.SourcePath] = null;
        foreach (var p in all.Pages) targets[p.SourcePath] = null;
        foreach (var p in published.Practices) targets[p.SourcePath] = Routes.Practice(p.Slug);
        foreach (var e in published.Events) targets[e.SourcePath] = Routes.Event(e.Slug);
        foreach (var p in published.Pages) targets[p.SourcePath] = Routes.Page(p.Slug);
        foreach (var m in all.MediaFiles) targets[$"{ContentScanner.ContentFolder}/{m}"] = m;

        var renderer = new MarkdownRenderer(new LinkTargets(targets), urls, published.Site.AllowHtml);
        var bodies = published.Practices.Select(p => p.Body)
            .Concat(published.Events.Select(e => e.Body))
            .Concat(published.Pages.Select(p => p.Body))
            .ToList();
        var html = new ConcurrentDictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        Parallel.ForEach(bodies, body => html[body.Path] = renderer.Render(body, _diagnostics));
        return new Dictionary<string, RenderedMarkdown>(html, StringComparer.Ordinal);
    }

    private List<ProcessedPage> RenderPages(List<RenderJob> jobs, SiteModel site, TemplateSet theme)
    {
        ReportDuplicatePaths(jobs);
        var postProcessor = new HtmlPostProcessor();
        var pages = new ProcessedPage?[jobs.Count];
        var templateErrors = new ConcurrentDictionary<(SourceLocation, string), ConcurrentBag<string>>();
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            try
            {
                var html = theme.RenderPage(job.Layout, job.Variables, site.Urls);
                pages[i] = postProcessor.Process(job.SitePath, html, job.SourcePath);
            }
            catch (ScriptRuntimeException e)
            {
                var at = new SourceLocation(e.Span.FileName ?? $"layouts/{job.Layout}.html", e.Span.Start.Line + 1, e.Span.Start.Column + 1);
                templateErrors.GetOrAdd((at, e.OriginalMessage), _ => []).Add(job.SitePath);
            }
        });
        // One template mistake breaks every page using it: report it once, with how many pages it broke.
        foreach (var ((at, message), paths) in templateErrors)
        {
            var first = paths.Order(StringComparer.Ordinal).First();
            var where = paths.Count == 1 ? $"/{first}" : $"{paths.Count} pages, e.g. /{first}";
            _diagnostics.Error(at, $"template error: {message} (rendering {where})", "Fix the template at this line.");
        }
        return [.. pages.OfType<ProcessedPage>()];
    }

    private void ReportDuplicatePaths(List<RenderJob> jobs)
    {
        foreach (var group in jobs.GroupBy(j => j.SitePath).Where(g => g.Count() > 1))
        {
            var sources = group.Select(j => j.SourcePath ?? $"the generated {j.Layout} page").Distinct().ToList();
            _diagnostics.Error(SourceLocation.File(sources.FirstOrDefault(s => s.StartsWith("content/", StringComparison.Ordinal)) ?? sources[0]),
                $"two pages would be published at /{group.Key}: {string.Join(" and ", sources)}", "Rename one of them.");
        }
    }

    private IEnumerable<OutputFile> Assets(TemplateSet theme, ContentSet content)
    {
        var assets = Path.Combine(theme.Folder, "assets");
        var themeFiles = Directory.Exists(assets)
            ? Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
                .Select(f => OutputFile.Copy("assets/" + Path.GetRelativePath(assets, f).Replace('\\', '/'), f))
            : [];
        var contentFolder = Path.Combine(options.SourceDirectory, ContentScanner.ContentFolder);
        return themeFiles
            .Append(OutputFile.Text(ThemeStylesheet.Path, ThemeStylesheet.Build(content.Themes)))
            .Concat(content.MediaFiles.Select(m => OutputFile.Copy(m, Path.Combine(contentFolder, m))));
    }

    private BuildResult Result(IReadOnlyList<OutputFile> files, IReadOnlyList<ProcessedPage> pages) =>
        new(files, pages, _diagnostics.Sorted(), _timings);

    private T Time<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        _timings.Add(new StageTiming(stage, watch.Elapsed));
        return result;
    }

    private void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });
}
