using System.Collections.Immutable;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>
/// A language site's menu: its own ('en: menu'), else the default menu with each item pointing at its counterpart in the
/// language, labelled as that page is titled there (from the catalogue, a taxonomy's or kind's English title, a
/// translation's title). An item whose page has no counterpart (an untranslated page) keeps its place and leads to the
/// default language's page; an item pointing elsewhere stays as written.
/// </summary>
public static class LanguageMenu
{
    /// <param name="content">The content as the language shows it (<see cref="LanguageContent.Of"/>).</param>
    public static ImmutableArray<MenuItem> Of(SiteLanguage language, ImmutableArray<MenuItem> defaultMenu, ContentSet content, LanguageEntries entries, Words words) =>
        language.Menu ?? [.. defaultMenu.Select(item => Counterpart(item, content, entries, words))];

    private static MenuItem Counterpart(MenuItem item, ContentSet content, LanguageEntries entries, Words words)
    {
        if (SiteUrls.IsExternal(item.Url) || item.Url.Contains('#') || item.Url.Contains('?')) return item;
        var path = item.Url.TrimStart('/');
        string? title = path switch
        {
            Routes.Home => words[GeneratorWords.Home],
            Routes.Awards => words[GeneratorWords.AwardsTitle],
            Routes.Search => words[GeneratorWords.SearchTitle],
            _ when path == Routes.Accessibility(entries.DefaultLanguage) && content.Site.Accessibility is not null => words[GeneratorWords.StatementTitle],
            _ when path == Routes.OpenData && content.Site.OpenData is not null => words[GeneratorWords.OpenDataTitle],
            _ when path == Routes.Practices => words[GeneratorWords.CatalogueTitle],
            _ when path == Routes.Events => words[GeneratorWords.EventsTitle],
            _ => content.Schema.Taxonomies.FirstOrDefault(t => t.Pages && t.Url == path)?.Title
                ?? content.Schema.ItemKinds.FirstOrDefault(k => k.ListPath == path)?.Title,
        };
        // A page the language names itself (the statement) is at its own address there.
        if (title is not null) return item with { Title = title, Url = "/" + Routes.Counterpart(path, entries.DefaultLanguage, entries.Language) };
        // An entry: its page here when translated (titled by its translation), else the default language's page.
        var page = content.Pages.FirstOrDefault(p => Routes.Page(p.Slug) == path);
        if (page is not null)
            return item with { Title = page.Title, Url = entries.Url(path), Lang = entries.PageLanguage(path), TextLang = entries.TextLanguage(path) };
        return entries.Translated.Contains(path) ? item
            : item with { Url = entries.DefaultSite.Absolute(path), Lang = entries.DefaultLanguage, TextLang = entries.DefaultLanguage };
    }
}
