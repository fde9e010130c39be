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

    public static OpenDataPage Of(IReadOnlyList<OpenDataTable> tables, OpenDataSettings settings, ContentSchema schema) => new(
        settings.Publisher, settings.ContactEmail, OpenDataSchema.Licences.First(l => l.Key == settings.Licence).Label, DcatCatalogWriter.Path,
        CsvTableWriter.ListSeparator,
        [.. tables.Select(t => new OpenDataPageTable(t.TitleCs, t.DescriptionCs, t.Records.Length, t.CsvPath, t.JsonPath, t.SchemaPath, t.CsvMetadataPath,
            [.. CsvTableWriter.Columns(t.Fields).Select(c => new OpenDataColumn(c.Name, c.Group is null ? c.Field.Title : $"{c.Group.Title}: {c.Field.Title}"))]))],
        [.. new[] { schema.Practice, schema.Event }.SelectMany(OpenDataFields.PersonalPaths).Where(p => !settings.IncludePersonal.Contains(p)).Concat(settings.Exclude).Distinct()])
    {
        PersonalPublished = settings.IncludePersonal,
    };
}

public sealed record OpenDataPageTable(string Title, string Description, int Count, string Csv, string Json, string Schema, string CsvMetadata,
    ImmutableArray<OpenDataColumn> Columns);

public sealed record OpenDataColumn(string Name, string Title);
