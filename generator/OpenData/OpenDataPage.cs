using System.Collections.Immutable;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.OpenData;

/// <summary>What the page /data/ (layout 'open-data') shows: each table with its files and columns, the terms, what is left out.</summary>
public sealed record OpenDataPage(string Publisher, string ContactEmail, string Licence, string Catalogue, string Separator,
    ImmutableArray<OpenDataPageTable> Tables, ImmutableArray<string> LeftOut)
{
    /// <summary>Personal fields the site publishes anyway ('include_personal'): the page says so.</summary>
    public ImmutableArray<string> PersonalPublished { get; init; } = [];

    /// <summary>The language the publisher's name is written in when the page is in another (site.yml's, on the English page); null when the same.</summary>
    public string? PublisherLang { get; init; }

    public static OpenDataPage Of(IReadOnlyList<OpenDataTable> tables, OpenDataSettings settings, ContentSchema schema) => Of(tables, settings, schema, english: false, files: null);

    /// <summary>The page of a site's other language that is not English: the default's words, the files linked on the main site.</summary>
    public static OpenDataPage Elsewhere(IReadOnlyList<OpenDataTable> tables, OpenDataSettings settings, ContentSchema schema, Shared.SiteUrls files) =>
        Of(tables, settings, schema, english: false, files);

    /// <summary>
    /// The page of a site's other language (the English site's /en/data/): the same files, described in English — the tables'
    /// English titles, the fields' English titles (<see cref="FieldSpec.TitleEn"/>) — and linked where they are, on the main site.
    /// </summary>
    /// <param name="files">The main site, whose /data/ holds the files (they are written once).</param>
    /// <param name="textLanguage">The language site.yml is written in (the publisher's name is marked with it).</param>
    public static OpenDataPage InEnglish(IReadOnlyList<OpenDataTable> tables, OpenDataSettings settings, ContentSchema schema, Shared.SiteUrls files, string textLanguage) =>
        Of(tables, settings, schema, english: true, files) with { PublisherLang = textLanguage };

    private static OpenDataPage Of(IReadOnlyList<OpenDataTable> tables, OpenDataSettings settings, ContentSchema schema, bool english, Shared.SiteUrls? files)
    {
        string File(string path) => files?.Absolute(path) ?? path;
        string TitleOf(FieldSpec field) => english ? field.TitleEn ?? field.Title : field.Title;
        var licence = OpenDataSchema.Licences.First(l => l.Key == settings.Licence);
        return new(settings.Publisher, settings.ContactEmail, english ? licence.LabelEn ?? licence.Label : licence.Label, File(DcatCatalogWriter.Path),
            CsvTableWriter.ListSeparator,
            [.. tables.Select(t => new OpenDataPageTable(english ? t.TitleEn ?? t.Title : t.Title, english ? t.DescriptionEn ?? t.Description : t.Description, t.Records.Length,
                File(t.CsvPath), File(t.JsonPath), File(t.SchemaPath), File(t.CsvMetadataPath),
                [.. CsvTableWriter.Columns(t.Fields).Select(c => new OpenDataColumn(c.Name, c.Group is null ? TitleOf(c.Field) : $"{TitleOf(c.Group)}: {TitleOf(c.Field)}"))]))],
            [.. new[] { schema.Practice, schema.Event }.SelectMany(OpenDataFields.PersonalPaths).Where(p => !settings.IncludePersonal.Contains(p)).Concat(settings.Exclude).Distinct()])
        {
            PersonalPublished = settings.IncludePersonal,
        };
    }
}

public sealed record OpenDataPageTable(string Title, string Description, int Count, string Csv, string Json, string Schema, string CsvMetadata,
    ImmutableArray<OpenDataColumn> Columns);

public sealed record OpenDataColumn(string Name, string Title);
