using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>
/// A site.yml's languages (the main site's or a microsite's): 'language: cs', or 'languages: [cs, en]' whose first is
/// the default and which replaces 'language:' (writing both is allowed only when they agree), and the English section
/// 'en: { title, description, menu }'. Whether the generator and the theme know each language is checked when the
/// theme's words load (Pipeline), at the place recorded here.
/// </summary>
internal static class LanguagesParser
{
    /// <summary>What a site.yml says of its languages; <see cref="Default"/> is null when it names none (reported if <paramref name="required"/>).</summary>
    public sealed record Result(string? Default, ImmutableArray<SiteLanguage> Languages);

    /// <param name="schema">The file's declaration (site.yml's or a conference's): it declares 'language', 'languages' and 'en'.</param>
    /// <param name="required">A main site must name its language; a microsite without one speaks the main site's.</param>
    public static Result Read(YamlFields f, EntrySchema schema, bool required, string? title, string? description, ImmutableArray<MenuItem> menu)
    {
        var language = f.Text(schema["language"]);
        var listed = f.Has(schema["languages"]) ? f.KeyList(schema["languages"]) : (ImmutableArray<KeyRef>?)null;
        var sectionField = schema[ContentSchema.English];
        var section = f.Group(sectionField);
        var (ownTitle, ownDescription, ownMenu) = section is null ? (null, null, (ImmutableArray<MenuItem>?)null) : ReadSection(section, sectionField);

        if (listed is not { } codes)
        {
            if (language is null && required)
                f.Error(f.Location, "required field 'language' is missing",
                    $"Add a line 'language: cs', or 'languages: {schema["languages"].Example}' for a site in more than one language.");
            if (section is not null)
                f.Error(f.LocationOf(ContentSchema.English), $"'{ContentSchema.English}:' holds the English title, description and menu, but the site names no 'languages:'",
                    $"Publish the site in English too with 'languages: [{language ?? "cs"}, {ContentSchema.English}]', or remove the section.");
            return new Result(language, language is null ? [] : [new SiteLanguage(language, title ?? "", description ?? "", menu, f.LocationOf("language"))]);
        }

        if (codes.IsEmpty)
        {
            f.Error(f.LocationOf("languages"), "'languages' must not be empty", $"Name the site's languages, its default first: 'languages: {schema["languages"].Example}'.");
            return new Result(language, []);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes.Where(c => !seen.Add(c.Key)))
            f.Error(code.Location, $"'{code.Key}' is in 'languages' twice", "Name each language once; the first is the default.");
        var first = codes[0].Key;
        if (language is not null && language != first)
            f.Error(f.LocationOf("language"), $"'language: {language}' is not the first of 'languages' ('{first}'), the site's default language",
                "'languages:' replaces 'language:': remove 'language:', or put its language first in 'languages:'.");
        if (section is not null && first == ContentSchema.English)
            f.Error(f.LocationOf(ContentSchema.English), $"'{ContentSchema.English}:' is the section of a second language, but English is the site's default language",
                "Write the English title, description and menu as the site's own 'title:', 'description:' and 'menu:'.");
        else if (section is not null && !seen.Contains(ContentSchema.English))
            f.Error(f.LocationOf(ContentSchema.English), $"'{ContentSchema.English}:' holds the English title, description and menu, but '{ContentSchema.English}' is not in 'languages'",
                $"Add it: 'languages: [{string.Join(", ", codes.Select(c => c.Key).Append(ContentSchema.English).Distinct())}]', or remove the section.");

        var languages = ImmutableArray.CreateBuilder<SiteLanguage>();
        foreach (var code in codes.DistinctBy(c => c.Key))
            languages.Add(code.Key == first
                ? new SiteLanguage(code.Key, title ?? "", description ?? "", menu, code.Location)
                : code.Key == ContentSchema.English
                    ? new SiteLanguage(code.Key, ownTitle ?? title ?? "", ownDescription ?? description ?? "", ownMenu, code.Location)
                    : new SiteLanguage(code.Key, title ?? "", description ?? "", null, code.Location));
        return new Result(first, languages.ToImmutable());
    }

    private static (string? Title, string? Description, ImmutableArray<MenuItem>? Menu) ReadSection(YamlFields section, FieldSpec declaration)
    {
        var title = section.Text(declaration["title"]);
        var description = section.Text(declaration["description"]);
        ImmutableArray<MenuItem>? menu = section.Has(declaration["menu"]) ? SiteConfigParser.ReadMenu(section, declaration["menu"]) : null;
        section.ReportUnknown();
        return (title, description, menu);
    }
}
