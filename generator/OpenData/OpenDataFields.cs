using System.Collections.Immutable;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.OpenData;

/// <summary>
/// Which declared fields a table publishes. Nothing here lists columns: they are the kind's fields from
/// <see cref="ContentSchema"/> (the site's own included), less what open data must not or need not carry.
/// </summary>
public static class OpenDataFields
{
    /// <summary>Every record's first column: the address of the entry's page (not a field of the file: the page the data describes).</summary>
    public static readonly FieldSpec Url = new() { Key = "url", Type = FieldType.Url, Required = true, Title = "Adresa stránky", TitleEn = "Page address", Help = "Úplná adresa stránky záznamu." };

    /// <summary>
    /// Fields that steer the build, not data: every published record would carry the same 'draft', and old addresses
    /// are the site's, not the entry's (the record's 'url' is where it is); and an entry's short English section, which
    /// the tables carry once the site publishes English (docs/languages.md).
    /// </summary>
    private static readonly HashSet<string> BuildOnly = ["draft", Schema.ContentSchema.Aliases.Key, ContentSchema.English];

    /// <summary>The published fields of <paramref name="kind"/>, in declaration order, with 'url' first and 'slug' always present.</summary>
    public static EntrySchema Of(EntrySchema kind, OpenDataSettings settings)
    {
        var fields = kind.Fields.Where(f => !BuildOnly.Contains(f.Key) && Published(f.Key, f, settings))
            .Select(f => f.Key == "slug" ? f with { Required = true, Help = "Adresa záznamu (název souboru bez .md)." } : f)
            .Select(f => f.Type is FieldType.Group or FieldType.GroupList
                ? f with { Fields = [.. f.Fields.Where(inner => Published($"{f.Key}.{inner.Key}", inner, settings))] }
                : f)
            .Where(f => f.Type is not (FieldType.Group or FieldType.GroupList) || !f.Fields.IsEmpty);
        return kind with { Fields = [Url, .. fields] };
    }

    /// <summary>The field paths (contact.email) a kind declares as personal: left out unless 'include_personal' names them.</summary>
    public static IEnumerable<string> PersonalPaths(EntrySchema kind) =>
        kind.Fields.SelectMany(f => f.Fields.Where(inner => inner.Personal).Select(inner => $"{f.Key}.{inner.Key}")
            .Concat(f.Personal ? [f.Key] : []));

    /// <summary>Every field path of a kind, for checking the names in 'exclude' and 'include_personal'.</summary>
    public static IEnumerable<string> Paths(EntrySchema kind) =>
        kind.Fields.SelectMany(f => new[] { f.Key }.Concat(f.Fields.Select(inner => $"{f.Key}.{inner.Key}")));

    /// <summary>Whether the data files carry personal data: some personal field is published.</summary>
    public static bool HasPersonalData(EntrySchema published) =>
        published.Fields.Any(f => f.Personal || f.Fields.Any(inner => inner.Personal));

    private static bool Published(string path, FieldSpec field, OpenDataSettings settings) =>
        !settings.Exclude.Contains(path) && (!field.Personal || settings.IncludePersonal.Contains(path));
}
