using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DobraPraxe.Generator.Schema;

/// <summary>
/// JSON Schema (draft 2020-12) for each kind of file, derived from <see cref="ContentSchema"/>: what editors'
/// tools and the web editor validate front matter and data files with. Keys that name something defined
/// elsewhere get an enum of the site's own keys.
/// </summary>
public static class JsonSchemaWriter
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";
    private const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>File name → schema text, for every entry kind and data file of the site.</summary>
    /// <param name="keys">The keys each reference names ("members" → the member keys, "data/x.yml" → its terms).</param>
    public static ImmutableSortedDictionary<string, string> Write(ContentSchema schema, IReadOnlyDictionary<string, IReadOnlyList<string>> keys, Uri baseUrl)
    {
        var files = new Dictionary<string, JsonObject>
        {
            ["practice.schema.json"] = Entry(schema.Practice, keys),
            ["event.schema.json"] = Entry(schema.Event, keys),
            ["page.schema.json"] = Entry(schema.Page, keys),
            ["site.schema.json"] = Entry(schema.Site, keys),
            ["conference.schema.json"] = Entry(schema.ConferenceSite, keys),
            ["program.schema.json"] = Entry(schema.Program, keys),
            ["speakers.schema.json"] = Keyed(schema.Speaker, keys),
            ["themes.schema.json"] = Keyed(schema.Theme, keys),
            ["regions.schema.json"] = Keyed(schema.Region, keys),
            ["members.schema.json"] = Keyed(schema.Member, keys),
        };
        foreach (var kind in schema.ItemKinds) files[$"{kind.Key}.schema.json"] = Entry(schema.EntryOf(kind), keys);
        // A translation (x.en.md beside x.md) of each kind of entry: the same fields, only the translatable ones required.
        foreach (var (name, kind) in new[] { ("practice", schema.Practice), ("event", schema.Event), ("page", schema.Page) }
                     .Concat(schema.ItemKinds.Select(k => (k.Key, schema.EntryOf(k)))))
            files[$"{name}.translation.schema.json"] = Translation(kind, keys);
        foreach (var data in schema.OwnFieldTaxonomies.Where(t => t.Data is not null).Select(t => t.Data!).Distinct())
            files[Path.GetFileNameWithoutExtension(data) + ".schema.json"] = Keyed(schema.Term with { Path = "content/" + data }, keys);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return files.ToImmutableSortedDictionary(f => f.Key, f =>
        {
            var root = new JsonObject { ["$schema"] = Draft, ["$id"] = new Uri(baseUrl, "schema/" + f.Key).AbsoluteUri };
            foreach (var (name, value) in f.Value) root[name] = value?.DeepClone();
            return root.ToJsonString(options) + "\n";
        }, StringComparer.Ordinal);
    }

    /// <summary>
    /// A file that is a list of records of <paramref name="kind"/>, each shaped like its front matter: the open data's
    /// /data/praxe.json and akce.json. Keys get the slug pattern, not the site's keys: a record stays valid as the catalogue grows.
    /// </summary>
    public static string Records(EntrySchema kind, Uri id)
    {
        var root = new JsonObject
        {
            ["$schema"] = Draft, ["$id"] = id.AbsoluteUri, ["title"] = kind.Title, ["description"] = $"{kind.Title}: jeden záznam za každou zveřejněnou položku ({kind.Path})",
            ["type"] = "array", ["items"] = Group(kind.Fields, new Dictionary<string, IReadOnlyList<string>>()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>A file that is one mapping: front matter, site.yml, program.yml.</summary>
    private static JsonObject Entry(EntrySchema kind, IReadOnlyDictionary<string, IReadOnlyList<string>> keys)
    {
        var schema = Group(kind.Fields, keys);
        schema["title"] = kind.Title;
        schema["description"] = $"{kind.Title}: {kind.Path}";
        return schema;
    }

    /// <summary>
    /// A translation of an entry of <paramref name="kind"/>: it writes the translatable fields (<see cref="FieldSpec.Translatable"/>)
    /// and may repeat any other as its original has it (`check` compares them), so only the translatable required ones are required.
    /// </summary>
    private static JsonObject Translation(EntrySchema kind, IReadOnlyDictionary<string, IReadOnlyList<string>> keys)
    {
        static FieldSpec Inherited(FieldSpec f) => f with { Required = f.Required && f.Translatable, Fields = [.. f.Fields.Select(Inherited)] };
        var schema = Group([.. kind.Fields.Select(Inherited)], keys);
        schema["title"] = $"{kind.Title} – překlad";
        schema["description"] = $"{kind.Title} v dalším jazyce: {kind.Path}<slug>.<jazyk>.md vedle {kind.Path}<slug>.md; ostatní pole přebírá z originálu";
        return schema;
    }

    /// <summary>A data file: entries keyed by slug.</summary>
    private static JsonObject Keyed(EntrySchema kind, IReadOnlyDictionary<string, IReadOnlyList<string>> keys) => new()
    {
        ["title"] = kind.Title,
        ["description"] = $"{kind.Path}: klíč → pole",
        ["type"] = "object",
        ["propertyNames"] = new JsonObject { ["pattern"] = SlugPattern },
        ["additionalProperties"] = Group(kind.Fields, keys),
    };

    private static JsonObject Group(ImmutableArray<FieldSpec> fields, IReadOnlyDictionary<string, IReadOnlyList<string>> keys)
    {
        var properties = new JsonObject();
        foreach (var field in fields) properties[field.Key] = Field(field, keys);
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        var required = fields.Where(f => f.Required).Select(f => (JsonNode)f.Key).ToArray();
        if (required.Length > 0) schema["required"] = new JsonArray(required);
        return schema;
    }

    private static JsonObject Field(FieldSpec field, IReadOnlyDictionary<string, IReadOnlyList<string>> keys)
    {
        var schema = field.Type switch
        {
            FieldType.Group => Group(field.Fields, keys),
            FieldType.GroupList => List(field, field.ScalarItem is { } main
                ? new JsonObject { ["anyOf"] = new JsonArray(Group(field.Fields, keys), Field(field[main], keys)) }
                : Group(field.Fields, keys), single: false),
            FieldType.KeyList => List(field, Key(field, keys), single: true),
            FieldType.TextList => List(field, new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = field.MaxLength }, single: true),
            FieldType.NumberList => List(field, Number(field), single: true),
            _ => Scalar(field, keys),
        };
        if (field.Title.Length > 0) schema["title"] = field.Title;
        if (field.Help.Length > 0) schema["description"] = field.Help;
        return schema;
    }

    private static JsonObject Scalar(FieldSpec field, IReadOnlyDictionary<string, IReadOnlyList<string>> keys) => field.Type switch
    {
        FieldType.Number or FieldType.Money => Number(field),
        FieldType.Bool => new() { ["type"] = "boolean" },
        FieldType.Date => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = "^\\d{4}-\\d{2}-\\d{2}$" },
        FieldType.DateTime => new() { ["type"] = "string", ["format"] = "date-time" },
        FieldType.Time => new() { ["type"] = "string", ["pattern"] = "^\\d{1,2}:\\d{2}$" },
        FieldType.Duration => new() { ["type"] = "string", ["pattern"] = "^\\d{1,3}(:[0-5]\\d){1,2}$" },
        FieldType.Url => new() { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https?://" },
        FieldType.Email => new() { ["type"] = "string", ["format"] = "email", ["maxLength"] = field.MaxLength },
        FieldType.Color => new() { ["type"] = "string", ["pattern"] = "^#[0-9a-fA-F]{6}$" },
        FieldType.Choice => new() { ["type"] = "string", ["enum"] = new JsonArray([.. field.Choices.Select(c => (JsonNode)c.Key)]) },
        FieldType.Key => Key(field, keys),
        _ => new() { ["type"] = "string", ["minLength"] = field.Required ? 1 : 0, ["maxLength"] = field.MaxLength },
    };

    private static JsonObject Number(FieldSpec field)
    {
        var schema = new JsonObject { ["type"] = "integer" };
        if ((field.Min ?? (field.Type == FieldType.Money ? 0 : (int?)null)) is { } min) schema["minimum"] = min;
        if (field.Max is { } max) schema["maximum"] = max;
        return schema;
    }

    private static JsonObject Key(FieldSpec field, IReadOnlyDictionary<string, IReadOnlyList<string>> keys) =>
        field.References is { } what && keys.TryGetValue(what, out var known)
            ? new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. known.Select(k => (JsonNode)k)]) }
            : new JsonObject { ["type"] = "string", ["pattern"] = SlugPattern };

    /// <summary>A list; where the parser also takes a single value for it ('tags: doprava'), so does the schema.</summary>
    private static JsonObject List(FieldSpec field, JsonObject item, bool single)
    {
        var array = new JsonObject { ["type"] = "array", ["items"] = item };
        if (field.Required) array["minItems"] = 1;
        if (field.MaxItems is { } most) array["maxItems"] = most;
        return single ? new JsonObject { ["anyOf"] = new JsonArray(array, item.DeepClone()) } : array;
    }
}
