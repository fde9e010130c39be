using System.Collections.Immutable;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Site;

/// <summary>
/// The published content as a language's site shows it, made once and then built like the default's: every name of the
/// data and the declarations in that language (English twins: name_en, title_en …), each translated entry with its
/// translation's texts over the original's, each other entry with its short 'en:' title and summary where it has them
/// (else the default's, marked so by <see cref="LanguageEntries"/>). Only English has names in the data (ContentSchema.English).
/// </summary>
public static class LanguageContent
{
    public static (ContentSet Content, LanguageEntries Entries) Of(ContentSet content, SiteLanguage language, SiteUrls defaultSite)
    {
        var english = language.Code == ContentSchema.English;
        var translations = content.Translations.Where(t => t.Language == language.Code).ToDictionary(t => t.OriginalPath, StringComparer.Ordinal);
        var schema = english ? English(content.Schema) : content.Schema;
        var localised = content with
        {
            Site = content.Site with { Title = language.Title, Description = language.Description, Language = language.Code },
            Schema = schema,
            Themes = english ? [.. content.Themes.Select(t => t with { Name = t.NameEn, Description = t.DescriptionEn ?? t.Description })] : content.Themes,
            Regions = english ? [.. content.Regions.Select(r => r with { Name = r.NameEn ?? r.Name })] : content.Regions,
            Members = english ? [.. content.Members.Select(m => m with { Type = m.Type with { Label = m.Type.LabelEn is { Length: > 0 } l ? l : m.Type.Label } })] : content.Members,
            Terms = english ? content.Terms.ToImmutableDictionary(x => x.Key, x => x.Value.Select(t => t with { Name = t.NameEn ?? t.Name, Description = t.DescriptionEn ?? t.Description }).ToImmutableArray()) : content.Terms,
            Practices = [.. content.Practices.Select(p => translations.TryGetValue(p.SourcePath, out var t)
                ? p with
                {
                    Title = t.Title, Summary = t.Summary ?? p.En?.Summary ?? p.Summary,
                    Images = [.. p.Images.Select((image, n) => image with { Alt = t.Text($"images.{n}.alt") ?? image.Alt })],
                    Attachments = [.. p.Attachments.Select((a, n) => a with { Title = t.Text($"attachments.{n}.title") ?? a.Title })],
                    Extra = Fields(p.Extra, t),
                }
                : p with { Title = p.En?.Title ?? p.Title, Summary = p.En?.Summary ?? p.Summary, Extra = Fields(p.Extra, null) })],
            Events = [.. content.Events.Select(e => translations.TryGetValue(e.SourcePath, out var t)
                ? e with { Title = t.Title, Summary = t.Summary ?? e.En?.Summary ?? e.Summary, Kind = EventKindIn(e.Kind, english) }
                : e with { Title = e.En?.Title ?? e.Title, Summary = e.En?.Summary ?? e.Summary, Kind = EventKindIn(e.Kind, english) })],
            Pages = [.. content.Pages.Select(p => translations.TryGetValue(p.SourcePath, out var t)
                ? p with { Title = t.Title, Description = t.Summary ?? p.En?.Summary ?? p.Description }
                : p with { Title = p.En?.Title ?? p.Title, Description = p.En?.Summary ?? p.Description })],
            Items = [.. content.Items.Select(i => translations.TryGetValue(i.SourcePath, out var t)
                ? i with { Title = t.Title, Summary = t.Summary ?? i.En?.Summary ?? i.Summary, Fields = Fields(i.Fields, t) }
                : i with { Title = i.En?.Title ?? i.Title, Summary = i.En?.Summary ?? i.Summary, Fields = Fields(i.Fields, null) })],
        };
        return (localised, Entries(content, language, defaultSite));
    }

    /// <summary>Which entries have a page in the language (a translation), and which show the default language's title.</summary>
    public static LanguageEntries Entries(ContentSet content, SiteLanguage language, SiteUrls defaultSite)
    {
        var originals = content.Translations.Where(t => t.Language == language.Code).Select(t => t.OriginalPath).ToHashSet(StringComparer.Ordinal);
        var translated = new HashSet<string>(StringComparer.Ordinal);
        var inDefault = new HashSet<string>(StringComparer.Ordinal);
        void Mark(string route, string sourcePath, ShortTranslation? en)
        {
            if (originals.Contains(sourcePath)) translated.Add(route);
            else if (en?.Title is null) inDefault.Add(route);
        }
        foreach (var p in content.Practices) Mark(Routes.Practice(p.Slug), p.SourcePath, p.En);
        foreach (var e in content.Events) Mark(Routes.Event(e.Slug), e.SourcePath, e.En);
        foreach (var p in content.Pages) Mark(Routes.Page(p.Slug), p.SourcePath, p.En);
        foreach (var i in content.Items) Mark(content.Schema.Kind(i.Kind).ItemPath(i.Slug), i.SourcePath, i.En);
        return new LanguageEntries(language.Code, content.Site.Language, defaultSite, translated, inDefault);
    }

    /// <summary>The declared fields' values with their declarations in the language (titles) and, from a translation, their translated texts.</summary>
    private static ImmutableArray<FieldValue> Fields(ImmutableArray<FieldValue> values, Translation? translation) =>
        [.. values.Select(v =>
        {
            var field = v.Field with { Title = v.Field.TitleEn ?? v.Field.Title };
            object value = translation is null || !v.Field.Translatable ? v.Value : v.Value switch
            {
                string text => translation.Text(v.Field.Key) ?? text,
                ImmutableArray<string> texts => texts.Select((text, n) => translation.Text($"{v.Field.Key}.{n}") ?? text).ToImmutableArray(),
                var other => other,
            };
            return v with { Field = field, Value = value };
        })];

    /// <summary>A kind of event named in English (declared with <see cref="ContentSchema.EventKinds"/>).</summary>
    private static EventKind EventKindIn(EventKind kind, bool english) =>
        english && ContentSchema.EventKinds.FirstOrDefault(c => c.Key == kind.Key)?.LabelEn is { } label ? kind with { Label = label } : kind;

    /// <summary>The declarations with their English titles.</summary>
    private static ContentSchema English(ContentSchema schema) => schema with
    {
        Taxonomies = [.. schema.Taxonomies.Select(English)],
        OwnFieldTaxonomies = [.. schema.OwnFieldTaxonomies.Select(English)],
        ExtraFields = [.. schema.ExtraFields.Select(f => f with { Title = f.TitleEn ?? f.Title })],
        Kinds = [.. schema.Kinds.Select(k => k with
        {
            Title = k.TitleEn ?? k.Title, ItemTitle = k.ItemTitleEn ?? k.ItemTitle,
            Fields = [.. k.Fields.Select(f => f with { Title = f.TitleEn ?? f.Title })],
        })],
    };

    private static TaxonomySpec English(TaxonomySpec t) => t with { Title = t.TitleEn ?? t.Title, FacetTitle = t.FacetTitleEn ?? t.FacetTitle };
}
