using System.Collections.Immutable;
using System.Globalization;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Schema;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>
/// Typed, position-aware reads of one YAML mapping. Each read names a field the schema knows;
/// <see cref="ReportUnknown"/> then flags every other key with a did-you-mean, so the reads
/// themselves are the schema.
/// </summary>
public sealed partial class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly string _path;
    private readonly int _lineShift;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    /// <param name="name">How messages name the mapping ("a practice", "an item of 'images'").</param>
    /// <param name="declared">Its declared fields: unknown keys are compared with them.</param>
    public YamlFields(YamlMappingNode map, string path, int firstLine, DiagnosticBag diagnostics, string name, IEnumerable<FieldSpec> declared)
    {
        _map = map;
        _path = path;
        _lineShift = firstLine - 1;
        _diagnostics = diagnostics;
        Name = name;
        foreach (var field in declared) _known.Add(field.Key);
    }

    /// <summary>Reads a mapping that follows <paramref name="schema"/>.</summary>
    public YamlFields(YamlMappingNode map, string path, int firstLine, DiagnosticBag diagnostics, EntrySchema schema)
        : this(map, path, firstLine, diagnostics, schema.Name, schema.Fields) { }

    public string Name { get; }

    /// <summary>Reports a problem that only the caller can see (a rule across fields, a format of its own).</summary>
    public void Error(SourceLocation at, string message, string hint) => _diagnostics.Error(at, message, hint);

    /// <summary>Where the mapping itself starts.</summary>
    public SourceLocation Location => At(_map);

    /// <summary>Where the value of <paramref name="key"/> is written, or the mapping's start when it is absent.</summary>
    public SourceLocation LocationOf(string key) =>
        _map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? At(node) : Location;

    public SourceLocation LocationOf(FieldSpec field) => LocationOf(field.Key);

    /// <summary>The value of <paramref name="field"/> as written, whatever its shape; null when the key is absent.</summary>
    public YamlNode? Node(FieldSpec field)
    {
        _known.Add(field.Key);
        return _map.Children.TryGetValue(new YamlScalarNode(field.Key), out var node) ? node : null;
    }

    /// <summary>Whether the key is written (with any value).</summary>
    public bool Has(FieldSpec field) => _map.Children.ContainsKey(new YamlScalarNode(field.Key));

    public SourceLocation At(YamlNode node) => new(_path, (int)node.Start.Line + _lineShift, (int)node.Start.Column);

    /// <summary>The keys of the mapping in file order, with their locations (for data files keyed by slug).</summary>
    public IEnumerable<(string Key, SourceLocation Location, YamlNode Value)> Entries() =>
        _map.Children.Select(kv => (KeyText(kv.Key), At(kv.Key), kv.Value));

    public YamlFields Nested(YamlMappingNode map, string name, IEnumerable<FieldSpec> declared) => new(map, _path, _lineShift + 1, _diagnostics, name, declared);

    public YamlFields Nested(YamlMappingNode map, EntrySchema schema) => Nested(map, schema.Name, schema.Fields);

    /// <summary>Text (also a colour or an e-mail address, checked by its type).</summary>
    public string? Text(FieldSpec field)
    {
        if (Scalar(field, "text") is not { } node) return null;
        var value = node.Value!.Trim();
        if (value.Length > field.MaxLength)
        {
            _diagnostics.Error(At(node), $"'{field.Key}' is {value.Length} characters long; at most {field.MaxLength} are allowed",
                "Shorten the text.");
        }
        if (field.Type == FieldType.Email && !EmailPattern().IsMatch(value))
        {
            _diagnostics.Error(At(node), $"'{value}' is not an e-mail address", $"Write it like {field.Sample()}.");
            return null;
        }
        return value;
    }

    public int? Number(FieldSpec field)
    {
        if (Scalar(field, "a whole number") is not { } node) return null;
        return ParseInt(node, field);
    }

    public bool Bool(FieldSpec field)
    {
        if (Scalar(field, "true or false") is not { } node) return false;
        switch (node.Value)
        {
            case "true" or "True" or "TRUE" or "yes": return true;
            case "false" or "False" or "FALSE" or "no": return false;
            default:
                _diagnostics.Error(At(node), $"'{field.Key}' must be true or false, not '{node.Value}'", $"Write '{field.Key}: true' or '{field.Key}: false'.");
                return false;
        }
    }

    public DateOnly? Date(FieldSpec field)
    {
        if (Scalar(field, "a date") is not { } node) return null;
        if (DateOnly.TryParseExact(node.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        var hint = $"Write the date as YYYY-MM-DD, e.g. {field.Sample()}.";
        _diagnostics.Error(At(node), LooksLikeIsoDate(node.Value!)
            ? $"'{field.Key}' is not a real calendar date: '{node.Value}'"
            : $"'{field.Key}' must be a date in the form YYYY-MM-DD, not '{node.Value}'", hint);
        return null;
    }

    public TimeOnly? Time(FieldSpec field)
    {
        if (Scalar(field, "a time") is not { } node) return null;
        if (TimeOnly.TryParseExact(node.Value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        _diagnostics.Error(At(node), $"'{field.Key}' must be a time like \"09:30\", not '{node.Value}'", "Write hours and minutes in quotes, e.g. \"14:00\".");
        return null;
    }

    public DateTimeOffset? DateTime(FieldSpec field)
    {
        if (Scalar(field, "a date and time") is not { } node) return null;
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK"];
        if (node.Value!.Length > 16 && (node.Value.EndsWith('Z') || node.Value[^6] is '+' or '-')
            && DateTimeOffset.TryParseExact(node.Value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            return value;
        _diagnostics.Error(At(node), $"'{field.Key}' must be a date and time with a UTC offset, not '{node.Value}'",
            $"Write it like {field.Sample()} (+01:00 in winter, +02:00 in summer in Prague).");
        return null;
    }

    public Uri? Url(FieldSpec field)
    {
        if (Scalar(field, "a web address") is not { } node) return null;
        if (Uri.TryCreate(node.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0)
            return uri;
        _diagnostics.Error(At(node), $"'{field.Key}' must be a full web address starting with https://, not '{node.Value}'",
            $"Copy the address from the browser's address bar, e.g. {field.Sample()}.");
        return null;
    }

    /// <summary>A key that refers to a data entry or another file; checked against what exists later.</summary>
    public KeyRef? Key(FieldSpec field) =>
        Scalar(field, "a key") is { } node ? new KeyRef(node.Value!.Trim(), At(node)) : null;

    /// <summary>One of the field's choices; reported with a did-you-mean otherwise.</summary>
    public string? Choice(FieldSpec field)
    {
        if (Scalar(field, "a value") is not { } node) return null;
        var allowed = field.Choices.Select(c => c.Key).ToList();
        if (allowed.Contains(node.Value!)) return node.Value;
        _diagnostics.Error(At(node), $"unknown {field.Key} '{node.Value}'{DidYouMean.Phrase(node.Value!, allowed)}",
            $"Use one of: {string.Join(", ", allowed)}.");
        return null;
    }

    public ImmutableArray<string> TextList(FieldSpec field)
    {
        var values = ImmutableArray.CreateBuilder<string>();
        foreach (var node in ScalarList(field))
        {
            var value = node.Value!.Trim();
            if (value.Length <= field.MaxLength) values.Add(value);
            else _diagnostics.Error(At(node), $"an item of '{field.Key}' is {value.Length} characters long; at most {field.MaxLength} are allowed", "Shorten it.");
        }
        return values.ToImmutable();
    }

    public ImmutableArray<KeyRef> KeyList(FieldSpec field) =>
        [.. ScalarList(field).Select(n => new KeyRef(n.Value!.Trim(), At(n)))];

    public ImmutableArray<int> NumberList(FieldSpec field) =>
        [.. ScalarList(field).Select(n => ParseInt(n, field)).OfType<int>()];

    /// <summary>A nested group, e.g. <c>contact: { name: …, email: … }</c>.</summary>
    public YamlFields? Group(FieldSpec field)
    {
        if (Find(field) is not { } node) return null;
        if (node is YamlMappingNode map) return Nested(map, $"'{field.Key}'", field.Fields);
        _diagnostics.Error(At(node), $"'{field.Key}' must be a group of fields", $"Write it like '{field.Key}: {field.Sample()}' or as indented lines below '{field.Key}:'.");
        return null;
    }

    /// <summary>
    /// A list of groups, e.g. <c>images: [{ src: …, alt: … }]</c>. Where the field allows it, a plain item
    /// stands for its one main field (<c>partners: [Masarykova univerzita]</c>).
    /// </summary>
    public IReadOnlyList<YamlFields> GroupList(FieldSpec field)
    {
        if (Sequence(field) is not { } list) return [];
        var result = new List<YamlFields>();
        var name = $"an item of '{field.Key}'";
        foreach (var item in list)
        {
            if (item is YamlMappingNode map) result.Add(Nested(map, name, field.Fields));
            else if (item is YamlScalarNode scalar && field.ScalarItem is { } main && !IsNull(scalar))
                result.Add(Nested(new YamlMappingNode(new YamlScalarNode(main), scalar), name, field.Fields));
            else _diagnostics.Error(At(item), $"each item of '{field.Key}' must be a group of fields",
                $"Write items like '- {field.Sample()}'{(field.ScalarItem is { } m ? $" or just the {m}" : "")}.");
        }
        return result;
    }

    /// <summary>How long something plays, "m:ss" or "h:mm:ss" (minutes and seconds below 60 after the first part).</summary>
    public TimeSpan? Duration(FieldSpec field)
    {
        if (Scalar(field, "a duration") is not { } node) return null;
        var parts = node.Value!.Trim().Split(':');
        if (parts.Length is 2 or 3 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit)) && parts.Skip(1).All(p => p.Length == 2 && int.Parse(p, CultureInfo.InvariantCulture) < 60))
        {
            var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            var length = numbers.Length == 3 ? new TimeSpan(numbers[0], numbers[1], numbers[2]) : new TimeSpan(0, numbers[0], numbers[1]);
            if (length > TimeSpan.Zero) return length;
        }
        _diagnostics.Error(At(node), $"'{field.Key}' must be a duration like \"3:25\" (minutes:seconds) or \"1:02:03\", not '{node.Value}'",
            $"Write minutes and seconds, or hours, minutes and seconds, separated by colons, e.g. {field.Sample()}.");
        return null;
    }

    /// <summary>Where a video plays from: an address of a host the site embeds (its video ID checked), or a file of content/media/ (checked with the media).</summary>
    public VideoSource? Video(FieldSpec field)
    {
        if (Text(field) is not { } text) return null;
        var (source, message, hint) = VideoSource.Parse(text);
        if (source is null) _diagnostics.Error(LocationOf(field), message!, hint!);
        return source;
    }

    /// <summary>A value of a field declared by the site (site.yml 'fields:', a kind's fields and taxonomies), read by its type.</summary>
    public object? Value(FieldSpec field) => field.Type switch
    {
        FieldType.Text when field.Upload == UploadKind.Video => Video(field),
        FieldType.Duration => Duration(field),
        FieldType.Number or FieldType.Money => Number(field),
        FieldType.Date => Date(field),
        FieldType.Url => Url(field),
        FieldType.TextList => TextList(field) is { IsEmpty: false } list ? list : null,
        FieldType.KeyList => KeyList(field) is { IsEmpty: false } keys ? keys : null,
        FieldType.NumberList => NumberList(field) is { IsEmpty: false } numbers ? numbers : null,
        FieldType.Key => Key(field),
        FieldType.Choice => Choice(field),
        FieldType.Bool => Bool(field),
        _ => Text(field),
    };

    /// <summary>Reports every key that is neither declared nor read, with the nearest known key as a suggestion.</summary>
    public void ReportUnknown()
    {
        foreach (var (keyNode, _) in _map.Children)
        {
            var key = KeyText(keyNode);
            if (_known.Contains(key)) continue;
            _diagnostics.Error(At(keyNode), $"unknown field '{key}' in {Name}{DidYouMean.Phrase(key, _known)}",
                $"Known fields: {string.Join(", ", _known.Order(StringComparer.Ordinal))}.");
        }
    }

    private YamlNode? Find(FieldSpec field)
    {
        var key = field.Key;
        _known.Add(key);
        if (_map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node)) return node;
        if (field.Required)
        {
            var at = node is not null ? At(node) : Location;
            _diagnostics.Error(at, node is null ? $"required field '{key}' is missing" : $"required field '{key}' is empty",
                $"Add a line '{key}: {(field.IsList ? "[" + field.Sample() + "]" : field.Sample())}'." + (field.Requirement is { } law ? " " + law : ""));
        }
        return null;
    }

    private YamlScalarNode? Scalar(FieldSpec field, string expected)
    {
        if (Find(field) is not { } node) return null;
        if (node is YamlScalarNode scalar) return scalar;
        _diagnostics.Error(At(node), $"'{field.Key}' must be {expected}, not a {(node is YamlSequenceNode ? "list" : "group of fields")}",
            $"Write it on one line, like '{field.Key}: {field.Sample()}'.");
        return null;
    }

    private YamlSequenceNode? Sequence(FieldSpec field)
    {
        if (Find(field) is not { } node) return null;
        if (node is YamlSequenceNode list)
        {
            if (field.MaxItems is { } most && list.Children.Count > most)
                _diagnostics.Error(At(list.Children[most]), $"{Name} can have at most {most} {field.Key}, this one has {list.Children.Count}",
                    $"Keep the {(field.Required ? 1 : 0)}–{most} {field.Key} that fit best.");
            return list;
        }
        _diagnostics.Error(At(node), $"'{field.Key}' must be a list", $"Write it like '{field.Key}: [first, second]'.");
        return null;
    }

    private IEnumerable<YamlScalarNode> ScalarList(FieldSpec field)
    {
        var key = field.Key;
        var found = _map.Children.TryGetValue(new YamlScalarNode(key), out var raw) ? raw : null;
        // A single value where a list is expected is accepted: 'tags: doprava' means [doprava].
        if (found is YamlScalarNode single && !IsNull(single))
        {
            _known.Add(key);
            return [single];
        }
        if (Sequence(field) is not { } list) return [];
        if (list.Children.Count == 0 && field.Required)
            _diagnostics.Error(At(list), $"'{key}' must not be empty", $"Add at least one item to '{key}'.");
        // Items past the bound are neither read nor published; MaxItems, where set, has reported them as an error.
        var kept = Math.Max(field.MaxItems ?? 0, field.KeptItems);
        if (field.MaxItems is null && list.Children.Count > kept)
            _diagnostics.Warning(At(list.Children[kept]), $"{Name} can have at most {kept} {key}, this one has {list.Children.Count}; the rest are left out",
                $"Keep the {kept} {key} that fit best; a longer list helps no reader.");
        var items = new List<YamlScalarNode>();
        foreach (var item in list.Children.Take(kept))
        {
            if (item is YamlScalarNode s && !IsNull(s)) items.Add(s);
            else _diagnostics.Error(At(item), $"each item of '{key}' must be a single value", $"Write it like '{key}: [first, second]'.");
        }
        return items;
    }

    private int? ParseInt(YamlScalarNode node, FieldSpec field)
    {
        var (min, max) = (field.Min ?? (field.Type == FieldType.Money ? 0 : int.MinValue), field.Max ?? int.MaxValue);
        var range = field.Type == FieldType.Money && field.Max is null ? "a whole number of crowns, without spaces" : $"a number between {min} and {max}";
        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _diagnostics.Error(At(node), $"'{field.Key}' must be a whole number, not '{node.Value}'", $"Write {range}.");
            return null;
        }
        if (value < min || value > max)
        {
            _diagnostics.Error(At(node), $"'{field.Key}' must be between {min} and {max}, not {value}", $"Write {range}.");
            return null;
        }
        return value;
    }

    [GeneratedRegex(@"^[^@\s<>""'()\[\]:;,\\]+@[^@\s<>""'()\[\]:;,\\]+\.[a-zA-Z]{2,}$")]
    private static partial Regex EmailPattern();

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any };

    // YamlDocumentLoader refuses a list or group as a key: printing one could mean printing an expansion of millions of values.
    private static string KeyText(YamlNode key) => (key as YamlScalarNode)?.Value ?? "";

    private static bool LooksLikeIsoDate(string value) =>
        value.Length == 10 && value[4] == '-' && value[7] == '-' && value.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit);
}
