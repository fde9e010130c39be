using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.OpenData;

/// <summary>
/// The record of one entry, in the shape of its front matter: each published field by its key, a group as an
/// object, a list as an array; dates ISO 8601, media and pages as absolute URLs. Values come from the typed model,
/// read by field key; a declared field nobody reads here is a bug that fails every build (and so the tests).
/// </summary>
public static class OpenDataRecords
{
    /// <param name="schema">Tells the site's own fields (read from the entry's values) from the generator's.</param>
    public static JsonObject Practice(PracticeEntry entry, EntrySchema published, ContentSchema schema, SiteUrls urls)
    {
        var p = entry.Source;
        return Shape(published, urls.Absolute(entry.Url), key => key switch
        {
            "title" => p.Title,
            "summary" => p.Summary,
            "kind" => p.Kind,
            "member" => p.Member.Key,
            "themes" => Array(p.Themes.Select(t => (JsonNode?)t.Key)),
            "year" => p.Year,
            "date" => Iso(p.Date),
            "updated" => p.Updated is { } u ? Iso(u) : null,
            "sdgs" => Array(p.Sdgs.Select(n => (JsonNode?)n)),
            "tags" => Array(p.Tags.Select(t => (JsonNode?)t)),
            "contact" => p.Contact is { } c ? Group(("name", c.Name), ("email", c.Email), ("phone", c.Phone)) : null,
            "images" => Array(p.Images.Select(i => (JsonNode?)Group(("src", urls.Absolute(i.Src)), ("alt", i.Alt)))),
            "attachments" => Array(p.Attachments.Select(a => (JsonNode?)Group(("src", urls.Absolute(a.Src)), ("title", a.Title)))),
            "awards" => Array(p.Awards.Select(a => (JsonNode?)Group(("name", a.Name), ("year", a.Year), ("place", a.Place)))),
            "nejpraxe" => p.Contest is { } n ? Group(("year", n.Year), ("place", n.Place)) : null,
            "presented_at" => Array(p.PresentedAt.Select(k => (JsonNode?)k.Key)),
            "related" => Array(p.Related.Select(k => (JsonNode?)k.Key)),
            "slug" => p.Slug,
            _ when schema.IsAdded(schema.Practice[key]) => p.Extra.FirstOrDefault(v => v.Field.Key == key) is { } extra ? Extra(extra, urls) : null,
            _ => throw new InvalidOperationException($"practice field '{key}' has no open-data value: map it in {nameof(OpenDataRecords)}.{nameof(Practice)}"),
        });
    }

    public static JsonObject Event(EventEntry entry, EntrySchema published, SiteUrls urls)
    {
        var e = entry.Source;
        return Shape(published, urls.Absolute(entry.Url), key => key switch
        {
            "title" => e.Title,
            "kind" => e.Kind.Key,
            "start" => e.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            "end" => e.End.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            "place" => e.Place,
            "online" => e.Online,
            "registration" => e.Registration?.AbsoluteUri,
            "capacity" => e.Capacity,
            "conference" => e.Conference?.Key,
            "members" => Array(e.Members.Select(m => (JsonNode?)m.Key)),
            "summary" => e.Summary,
            "slug" => e.Slug,
            _ => throw new InvalidOperationException($"event field '{key}' has no open-data value: map it in {nameof(OpenDataRecords)}.{nameof(Event)}"),
        });
    }

    /// <summary>An entry of a site kind: its common fields and every other field from its values, by the same rules.</summary>
    public static JsonObject Item(ItemEntry entry, EntrySchema published, SiteUrls urls)
    {
        var i = entry.Source;
        return Shape(published, urls.Absolute(entry.Url), key => key switch
        {
            "title" => i.Title,
            "summary" => i.Summary,
            "date" => Iso(i.Date),
            "slug" => i.Slug,
            _ => i.Field(key) is { } value ? Extra(value, urls) : null,
        });
    }

    /// <summary>The record: 'url', then each published field with a value, a group with only its published parts.</summary>
    private static JsonObject Shape(EntrySchema published, string url, Func<string, JsonNode?> value)
    {
        var record = new JsonObject { [OpenDataFields.Url.Key] = url };
        foreach (var field in published.Fields.Skip(1))
        {
            var node = value(field.Key);
            if (node is JsonObject group) node = Keep(group, field);
            else if (node is JsonArray items && field.Type == FieldType.GroupList)
                node = new JsonArray([.. items.OfType<JsonObject>().Select(i => (JsonNode?)Keep(i, field))]);
            if (node is null || node is JsonArray { Count: 0 } || node is JsonObject { Count: 0 }) continue;
            record[field.Key] = node;
        }
        return record;
    }

    private static JsonObject Keep(JsonObject group, FieldSpec field)
    {
        var kept = new JsonObject();
        foreach (var inner in field.Fields)
            if (group[inner.Key] is { } v) kept[inner.Key] = v.DeepClone();
        return kept;
    }

    private static JsonObject Group(params (string Key, object? Value)[] parts)
    {
        var group = new JsonObject();
        foreach (var (key, value) in parts)
            if (value is not null) group[key] = JsonValue.Create(value);
        return group;
    }

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A declared value: a file of content/media/ as its absolute URL, a video as its address on its host, a duration as written ("3:25").</summary>
    private static JsonNode? Extra(FieldValue field, SiteUrls urls) => field.MediaPath is { } path ? urls.Absolute(path) : field.Value switch
    {
        VideoSource video => video.WatchUrl,
        TimeSpan length => EntryVideo.Text(length),
        var value => Extra(value),
    };

    private static JsonNode? Extra(object value) => value switch
    {
        string s => s,
        int n => n,
        bool b => b,
        DateOnly d => Iso(d),
        Uri u => u.AbsoluteUri,
        ImmutableArray<string> list => Array(list.Select(s => (JsonNode?)s)),
        ImmutableArray<KeyRef> keys => Array(keys.Select(k => (JsonNode?)k.Key)),
        ImmutableArray<int> numbers => Array(numbers.Select(n => (JsonNode?)n)),
        KeyRef key => key.Key,
        _ => value.ToString(),
    };
}
