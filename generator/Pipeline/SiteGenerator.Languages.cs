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

    /// <summary>The addresses of a microsite's site in another of its languages: its pages under &lt;its address&gt;/&lt;code&gt;/, the microsite's shared files (assets) where they are.</summary>
    private static SiteUrls MicrositeLanguageUrls(ContentSet content, Conference conference, SiteLanguage language)
    {
        var microsite = OutputPlan.ForMicrosite(content, conference);
        return new SiteUrls(conference.BaseUrl).InFolder(language.Code + "/", Outputs.SharedSegments(microsite, microsite with { Language = language }));
    }

    /// <summary>
    /// A microsite's other languages (a conference's 'languages: [cs, en]'), each planned as a site of its own in its folder
    /// (&lt;slug&gt;/en/), and the microsite's own site with its pages paired with theirs.
    /// </summary>
    /// <param name="microsite">The microsite in its default language, planned.</param>
    private IEnumerable<OutputSite> MicrositeLanguages(ContentSet content, Conference conference, OutputSite microsite, ConferencePlanner planner, SiteModel main,
        Dictionary<string, HtmlFragment> html, PublicationRule publication, TemplateSet theme)
    {
        var others = conference.Languages.Skip(1).ToList();
        if (others.Count == 0)
        {
            yield return microsite;
            yield break;
        }
        var sites = new List<(OutputContext Context, ConferencePlanner Planner, SiteLanguage Language)>();
        foreach (var language in others)
        {
            var words = theme.WordsFor(language.Code);
            var localised = ConferenceLanguage.Of(conference, language, planner.Menu, planner.Urls, words);
            // The footer's main site: its page in the same language where the main site has one, else its default's, marked so.
            var mainLanguage = content.Site.Languages.FirstOrDefault(l => l.Code == language.Code);
            var (mainUrls, mainTitle) = mainLanguage is null || mainLanguage.Code == content.Site.Language ? (main.Urls, main.Config.Title) : (LanguageUrls(content, mainLanguage, main.Urls), mainLanguage.Title);
            var own = new ConferencePlanner(localised, html, mainUrls, mainTitle, publication, words)
            {
                Urls = MicrositeLanguageUrls(content, conference, language), Accessibility = AccessibilityStatements.For(conference, content.Site),
                TextLanguage = conference.Language, MainSiteLanguage = mainLanguage is null ? content.Site.Language : null,
            };
            var plan = OutputPlan.ForMicrosite(content, conference) with { Language = language };
            sites.Add((new OutputContext(plan, main, own.Urls, [.. own.Plan()], theme, _diagnostics) { Statement = own.Statement, Microsite = own }, own, language));
        }
        var linked = LanguagePairs.Link([new LanguagePlan(conference.Language ?? content.Site.Language, planner.Urls, microsite.Jobs, theme.WordsFor(conference.Language ?? content.Site.Language)),
            .. sites.Select(s => new LanguagePlan(s.Language.Code, s.Planner.Urls, s.Context.Jobs, theme.WordsFor(s.Language.Code)))]);
        yield return microsite with
        {
            Context = microsite.Context with
            {
                Jobs = linked[0], OtherLanguages = [.. sites.Select((s, i) => new LanguagePlan(s.Language.Code, s.Planner.Urls, linked[i + 1], theme.WordsFor(s.Language.Code)))],
            },
        };
        foreach (var ((context, own, language), i) in sites.Select((s, i) => (s, i)))
            yield return new OutputSite($"{conference.Slug}/{language.Code}", $"{microsite.Folder}{language.Code}/", own.Menu, context with { Jobs = linked[i + 1] }) { Within = microsite.Folder };
    }

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

    /// <summary>
    /// A language's own page of the open data: the main site's files (written once, in its /data/), described in the
    /// language's words; none when the site publishes no open data.
    /// </summary>
    private static IEnumerable<RenderJob> OpenDataPage(PagePlanner planner, ContentSet content, SiteLanguage language, IReadOnlyList<OpenData.OpenDataTable> tables, SiteUrls main) =>
        content.Site.OpenData is { } settings
            ? [planner.OpenDataPage(language.Code == Schema.ContentSchema.English
                ? OpenData.OpenDataPage.InEnglish(tables, settings, content.Schema, main, content.Site.Language)
                : OpenData.OpenDataPage.Elsewhere(tables, settings, content.Schema, main))]
            : [];

    /// <summary>The main site's other languages, each planned as a site of its own in its folder.</summary>
    /// <param name="openData">The main site's open data tables: each language describes them on a page of its own.</param>
    private IEnumerable<(OutputContext Context, IReadOnlyList<MenuItem> Menu, LanguagePlan Plan)> LanguageSites(ContentSet content, SiteModel main, PublicationRule publication,
        IReadOnlyDictionary<string, Dictionary<string, RenderedMarkdown>> translations, TemplateSet theme, IReadOnlyList<OpenData.OpenDataTable> openData)
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
            var context = new OutputContext(OutputPlan.ForLanguage(content, language), site, urls, [.. planner.Plan(), .. OpenDataPage(planner, content, language, openData, main.Urls)], theme, _diagnostics)
            {
                Statement = planner.Statement, Bodies = bodies, Precompress = options.Precompress,
                TextReuse = _languageRebuild?.Texts(language.Code) ?? (Output.ITextReuse)Output.NoReuse.Instance, SearchCache = _languageRebuild?.Search(language.Code),
            };
            yield return (context, localised.Site.Menu, new LanguagePlan(language.Code, urls, context.Jobs, words));
        }
    }
}
