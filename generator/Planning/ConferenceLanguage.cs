using System.Collections.Immutable;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>
/// A microsite as one of its other languages shows it (a conference's 'languages: [cs, en]'), planned like the main site's
/// languages: its title and description from its 'en:' section, pages only for its translated pages (index.en.md …), the
/// program and speakers with their English texts ('title_en', 'bio_en' …), and a menu of counterparts — each item of the
/// default menu leads to its page in the language, or, for an untranslated page, to the default language's page, marked so.
/// </summary>
public static class ConferenceLanguage
{
    /// <param name="published">The microsite with its published pages (<see cref="PublicationRule.Apply"/>).</param>
    /// <param name="defaultMenu">The default language's menu as its planner made it (its own, or home, program, speakers and the pages).</param>
    /// <param name="defaultSite">The microsite's default language's address: an untranslated page's link leads there.</param>
    public static Conference Of(Conference published, SiteLanguage language, ImmutableArray<MenuItem> defaultMenu, SiteUrls defaultSite, Words words)
    {
        var translations = published.Translations.Where(t => t.Language == language.Code).ToDictionary(t => t.OriginalPath, StringComparer.Ordinal);
        var english = language.Code == ContentSchema.English;
        var localised = published with
        {
            Title = language.Title, Description = language.Description, Language = language.Code,
            // A translated page is its translation: its texts, and its source the translation's file (its body's key, its links' origin).
            Pages = [.. published.Pages.Where(p => translations.ContainsKey(p.SourcePath)).Select(p =>
            {
                var t = translations[p.SourcePath];
                return p with { Title = t.Title, Description = t.Summary ?? p.Description, SourcePath = t.SourcePath };
            })],
            Days = english ? [.. published.Days.Select(d => d with { Sessions = [.. d.Sessions.Select(s => s with { Title = s.TitleEn ?? s.Title, Description = s.DescriptionEn ?? s.Description })] })]
                : published.Days,
            Speakers = english ? [.. published.Speakers.Select(s => s with { Affiliation = s.AffiliationEn ?? s.Affiliation, Bio = s.BioEn ?? s.Bio })] : published.Speakers,
        };
        var translated = localised.Pages.Select(ConferencePlanner.PagePath).ToHashSet(StringComparer.Ordinal);
        var defaultLanguage = published.Language ?? "";
        return localised with
        {
            Menu = language.Menu ?? [.. defaultMenu.Select(item => Counterpart(item, localised, translated, defaultLanguage, defaultSite, words))],
        };
    }

    private static MenuItem Counterpart(MenuItem item, Conference localised, IReadOnlySet<string> translated, string defaultLanguage, SiteUrls defaultSite, Words words)
    {
        if (SiteUrls.IsExternal(item.Url) || item.Url.Contains('#') || item.Url.Contains('?')) return item;
        var path = item.Url.TrimStart('/');
        string? title = path switch
        {
            "" => words[GeneratorWords.Home],
            ConferencePlanner.ProgramPath => words[GeneratorWords.ProgramTitle],
            ConferencePlanner.SpeakersPath => words[GeneratorWords.SpeakersTitle],
            _ when path == Routes.Accessibility(defaultLanguage) => words[GeneratorWords.StatementTitle],
            _ => null,
        };
        if (title is not null) return item with { Title = title, Url = "/" + Routes.Counterpart(path, defaultLanguage, words.Code) };
        if (translated.Contains(path)) return item with { Title = localised.Pages.First(p => ConferencePlanner.PagePath(p) == path).Title };
        // A page not translated, or anything else of the microsite: the default language's, marked so.
        return item with { Url = defaultSite.Absolute(path), Lang = defaultLanguage, TextLang = defaultLanguage };
    }
}
