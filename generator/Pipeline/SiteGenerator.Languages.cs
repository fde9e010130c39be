using System.Collections.Concurrent;
using DobraPraxe.Generator.Imaging;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Producers;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Templating;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>
/// The site in each of its other languages (site.yml 'languages:'), one more output site in a folder of the main one
/// (/en/): the same planner over the content as that language shows it (<see cref="LanguageContent"/>), with pages only
/// for the translated entries; its lists name every entry. See docs/languages.md.
/// </summary>
public sealed partial class SiteGenerator
{
    /// <summary>The addresses of a language's site: its pages under /&lt;code&gt;/, the main site's shared files (assets, media) where they are.</summary>
    private SiteUrls LanguageUrls(ContentSet content, SiteLanguage language, SiteUrls main) =>
        main.InFolder(language.Code + "/", Outputs.SharedSegments(new OutputPlan(content, EditorMode(content)), OutputPlan.ForLanguage(content, language)));

    /// <summary>
    /// The translations' bodies, rendered before the texts are let go: by language, by the original's source path. A link in a
    /// translation to another entry leads to that entry's page in the same language where it has one, else to its page on the
    /// default site; an unpublished entry is a known target without a URL, as in the default's bodies.
    /// </summary>
    /// <param name="only">The source path of the one translation to render (serve's update after it was edited); null: all.</param>
    private Dictionary<string, Dictionary<string, RenderedMarkdown>> RenderTranslations(ContentSet all, ContentSet published, SiteUrls urls, ImageCatalog images, TemplateSet? theme,
        string? only = null)
    {
        var result = new Dictionary<string, Dictionary<string, RenderedMarkdown>>(StringComparer.Ordinal);
        if (theme is null) return result;
        foreach (var language in published.Site.Languages.Skip(1))
        {
            var own = LanguageUrls(published, language, urls);
            var entries = LanguageContent.Entries(published, language, urls);
            var targets = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var p in all.Practices) targets[p.SourcePath] = null;
            foreach (var e in all.Events) targets[e.SourcePath] = null;
            foreach (var p in all.Pages) targets[p.SourcePath] = null;
            foreach (var i in all.Items) targets[i.SourcePath] = null;
            foreach (var p in published.Practices) targets[p.SourcePath] = entries.Url(Routes.Practice(p.Slug));
            foreach (var e in published.Events) targets[e.SourcePath] = entries.Url(Routes.Event(e.Slug));
            foreach (var p in published.Pages) targets[p.SourcePath] = entries.Url(Routes.Page(p.Slug));
            foreach (var i in published.Items) targets[i.SourcePath] = entries.Url(published.Schema.Kind(i.Kind).ItemPath(i.Slug));
            foreach (var m in all.MediaFiles) targets[$"{ContentScanner.ContentFolder}/{m}"] = m;

            var originals = targets.Where(t => t.Value is not null).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            var translations = published.Translations.Where(t => t.Language == language.Code && originals.Contains(t.OriginalPath) && (only is null || t.SourcePath == only)).ToList();
            var afterLeadPhoto = published.Practices.Where(p => p.Images.Any(i => images.Find(i.Src) is not null))
                .Select(p => translations.FirstOrDefault(t => t.OriginalPath == p.SourcePath)?.Body.Path).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var renderer = new MarkdownRenderer(new LinkTargets(targets), own, published.Site.AllowHtml, images, afterLeadPhoto, Search.SearchIndexBuilder.BodyWords,
                theme.WordsFor(language.Code)) { KeepOutsideLinks = options.ExternalLinks is not null };
            var html = new ConcurrentDictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
            Parallel.ForEach(translations, t => html[t.OriginalPath] = renderer.Render(t.Body, _diagnostics));
            result[language.Code] = new Dictionary<string, RenderedMarkdown>(html, StringComparer.Ordinal);
        }
        return result;
    }

    /// <summary>A language's pages, their footer's link to the open data page leading to the main site's (the data is described there once).</summary>
    private static List<RenderJob> OwnPages(IEnumerable<RenderJob> jobs, SiteUrls main)
    {
        SiteView? view = null;
        return [.. jobs.Select(job => job.Variables.GetValueOrDefault("site") is SiteView { OpenData: { } data } site && !SiteUrls.IsExternal(data)
            ? job with { Variables = job.Variables.SetItem("site", view ??= site with { OpenData = main.Absolute(data) }) }
            : job)];
    }

    /// <summary>The main site's other languages, each planned as a site of its own in its folder.</summary>
    private IEnumerable<(OutputContext Context, IReadOnlyList<MenuItem> Menu, LanguagePlan Plan)> LanguageSites(ContentSet content, SiteModel main, PublicationRule publication,
        IReadOnlyDictionary<string, Dictionary<string, RenderedMarkdown>> translations, TemplateSet theme)
    {
        foreach (var language in content.Site.Languages.Skip(1))
        {
            var urls = LanguageUrls(content, language, main.Urls);
            var words = theme.WordsFor(language.Code);
            var (localised, entries) = LanguageContent.Of(content, language, main.Urls);
            localised = localised with { Site = localised.Site with { Menu = LanguageMenu.Of(language, content.Site.Menu, localised, entries, words) } };
            var bodies = translations.GetValueOrDefault(language.Code) ?? [];
            // An entry without a page here has no body here: only its title and summary are shown.
            var html = new Dictionary<string, HtmlFragment>(StringComparer.Ordinal);
            foreach (var source in localised.Practices.Select(p => p.SourcePath).Concat(localised.Events.Select(e => e.SourcePath))
                         .Concat(localised.Pages.Select(p => p.SourcePath)).Concat(localised.Items.Select(i => i.SourcePath)))
                html[source] = bodies.TryGetValue(source, out var body) ? body.Html : HtmlFragment.Empty;
            // serve rebuilds the model from its last one (_languageRebuild, see Update).
            var site = _languageRebuild?.Model(language.Code, localised, entries, publication, html) ?? SiteModelBuilder.Build(localised, urls, words, publication, html, main.Images, entries);
            var planner = new PagePlanner(site);
            var context = new OutputContext(OutputPlan.ForLanguage(content, language), site, urls, OwnPages(planner.Plan(), main.Urls), theme, _diagnostics)
            {
                Statement = planner.Statement, Bodies = bodies, Precompress = options.Precompress,
                TextReuse = _languageRebuild?.Texts(language.Code) ?? (Output.ITextReuse)Output.NoReuse.Instance, SearchCache = _languageRebuild?.Search(language.Code),
            };
            yield return (context, localised.Site.Menu, new LanguagePlan(language.Code, urls, context.Jobs, words));
        }
    }
}
