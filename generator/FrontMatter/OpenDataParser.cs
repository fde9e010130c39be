using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>site.yml 'open_data:' → <see cref="OpenDataSettings"/>; the field paths it names are checked once the schema is complete (OpenDataValidator).</summary>
public static class OpenDataParser
{
    public static OpenDataSettings? Parse(YamlFields site, FieldSpec section)
    {
        if (site.Group(section) is not { } f) return null;
        var publisher = f.Text(section["publisher"]);
        var iri = f.Url(section["publisher_iri"]);
        string? contactName = null, contactEmail = null;
        if (f.Group(section["contact"]) is { } contact)
        {
            contactName = contact.Text(section["contact"]["name"]);
            contactEmail = contact.Text(section["contact"]["email"]);
            contact.ReportUnknown();
        }
        var licence = f.Choice(section["licence"]);
        var author = f.Text(section["author"]);
        var frequency = f.Choice(section["frequency"]);
        var themes = f.TextList(section["themes"]);
        foreach (var theme in themes.Where(t => !OpenDataSchema.DataThemes.Any(d => d.Key == t)))
            f.Error(f.LocationOf("themes"), $"unknown EU data theme '{theme}'{Diagnostics.DidYouMean.Phrase(theme, OpenDataSchema.DataThemes.Select(d => d.Key))}",
                "Use codes of the EU data themes vocabulary: " + string.Join(", ", OpenDataSchema.DataThemes.Select(d => $"{d.Key} ({d.Label})")) + ".");
        var include = f.TextList(section["include_personal"]);
        var exclude = f.TextList(section["exclude"]);
        f.ReportUnknown();
        if (publisher is null || contactEmail is null) return null;
        return new OpenDataSettings
        {
            Publisher = publisher, PublisherIri = iri, ContactName = contactName, ContactEmail = contactEmail,
            Licence = licence ?? OpenDataSchema.DefaultLicence, Author = author, Frequency = frequency ?? OpenDataSchema.DefaultFrequency,
            Themes = themes.IsEmpty ? OpenDataSchema.DefaultThemes : themes, IncludePersonal = include, Exclude = exclude,
            IncludePersonalLocation = f.LocationOf("include_personal"), ExcludeLocation = f.LocationOf("exclude"),
        };
    }
}
