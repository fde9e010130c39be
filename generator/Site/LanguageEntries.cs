using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Site;

/// <summary>
/// Which entries have a page in a language's site (a translation) and where the others link: to their page in the default
/// language, on the default site (an absolute URL: the language's site is a folder of it). Keyed by the entry's route,
/// which is the same in every language, so a link made from a route (an event a practice was presented at) is placed too.
/// </summary>
/// <param name="Translated">The routes of the entries with a page in this language.</param>
/// <param name="InDefaultWords">The routes of the entries whose title and summary this site shows in the default language (no translation, no 'en:').</param>
public sealed record LanguageEntries(string Language, string DefaultLanguage, SiteUrls DefaultSite, IReadOnlySet<string> Translated, IReadOnlySet<string> InDefaultWords)
{
    public bool HasPage(string route) => Translated.Contains(route);

    /// <summary>The entry's link on this site: its route when it has a page here, else its page on the default site.</summary>
    public string Url(string route) => HasPage(route) ? route : DefaultSite.Absolute(route);

    /// <summary>The language of the page an entry links to, when it is not this site's.</summary>
    public string? PageLanguage(string route) => HasPage(route) ? null : DefaultLanguage;

    /// <summary>The language of the title and summary shown, when it is not this site's.</summary>
    public string? TextLanguage(string route) => InDefaultWords.Contains(route) ? DefaultLanguage : null;

    public PracticeEntry Place(PracticeEntry p) => p with
    {
        Url = Url(p.Url), Lang = PageLanguage(p.Url), TextLang = TextLanguage(p.Url),
        KindLabel = Language == Schema.ContentSchema.English ? Schema.ContentSchema.PracticeKinds.First(k => k.Key == p.Source.Kind).LabelEn ?? p.KindLabel : p.KindLabel,
        PresentedAt = [.. p.PresentedAt.Select(e => e with { Url = Url(e.Url) })],
    };

    public ItemEntry Place(ItemEntry i) => i with { Url = Url(i.Url), Lang = PageLanguage(i.Url), TextLang = TextLanguage(i.Url) };
}
