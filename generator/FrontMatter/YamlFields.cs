using System.Collections.Immutable;
using System.Globalization;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>
/// Typed, position-aware reads of one YAML mapping. Each read names a field the schema knows;
/// <see cref="ReportUnknown"/> then flags every other key with a did-you-mean, so the reads
/// themselves are the schema.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly string _path;
    private readonly int _lineShift;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode map, string path, int firstLine, DiagnosticBag diagnostics)
    {
        _map = map;
        _path = path;
        _lineShift = firstLine - 1;
        _diagnostics = diagnostics;
    }

    /// <summary>Where the mapping itself starts.</summary>
    public SourceLocation Location => At(_map);

    /// <summary>Where the value of <paramref name="key"/> is written, or the mapping's start when it is absent.</summary>
    public SourceLocation LocationOf(string key) =>
        _map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? At(node) : Location;

    public SourceLocation At(YamlNode node) => new(_path, (int)node.Start.Line + _lineShift, (int)node.Start.Column);

    /// <summary>The keys of the mapping in file order, with their locations (for data files keyed by slug).</summary>
    public IEnumerable<(string Key, SourceLocation Location, YamlNode Value)> Entries() =>
        _map.Children.Select(kv => (KeyText(kv.Key), At(kv.Key), kv.Value));

    public YamlFields Nested(YamlMappingNode map) => new(map, _path, _lineShift + 1, _diagnostics);

    public string? String(string key, bool required = false, int maxLength = 1000)
    {
        if (Scalar(key, required, "text") is not { } node) return null;
        var value = node.Value!.Trim();
        if (value.Length > maxLength)
        {
            _diagnostics.Error(At(node), $"'{key}' is {value.Length} characters long; at most {maxLength} are allowed",
                "Shorten the text.");
        }
        return value;
    }

    public int? Int(string key, int min, int max, bool required = false)
    {
        if (Scalar(key, required, "a whole number") is not { } node) return null;
        return ParseInt(node, key, min, max);
    }

    public bool Bool(string key)
    {
        if (Scalar(key, false, "true or false") is not { } node) return false;
        switch (node.Value)
        {
            case "true" or "True" or "TRUE" or "yes": return true;
            case "false" or "False" or "FALSE" or "no": return false;
            default:
                _diagnostics.Error(At(node), $"'{key}' must be true or false, not '{node.Value}'", $"Write '{key}: true' or '{key}: false'.");
                return false;
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        if (Scalar(key, required, "a date") is not { } node) return null;
        if (DateOnly.TryParseExact(node.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        var hint = "Write the date as YYYY-MM-DD, e.g. 2021-02-17.";
        _diagnostics.Error(At(node), LooksLikeIsoDate(node.Value!)
            ? $"'{key}' is not a real calendar date: '{node.Value}'"
            : $"'{key}' must be a date in the form YYYY-MM-DD, not '{node.Value}'", hint);
        return null;
    }

    public TimeOnly? Time(string key, bool required = false)
    {
        if (Scalar(key, required, "a time") is not { } node) return null;
        if (TimeOnly.TryParseExact(node.Value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        _diagnostics.Error(At(node), $"'{key}' must be a time like \"09:30\", not '{node.Value}'", "Write hours and minutes in quotes, e.g. \"14:00\".");
        return null;
    }

    public DateTimeOffset? DateTime(string key, bool required = false)
    {
        if (Scalar(key, required, "a date and time") is not { } node) return null;
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK"];
        if (node.Value!.Length > 16 && (node.Value.EndsWith('Z') || node.Value[^6] is '+' or '-')
            && DateTimeOffset.TryParseExact(node.Value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            return value;
        _diagnostics.Error(At(node), $"'{key}' must be a date and time with a UTC offset, not '{node.Value}'",
            "Write it like 2021-03-24T09:00:00+01:00 (+01:00 in winter, +02:00 in summer in Prague).");
        return null;
    }

    public Uri? AbsoluteUrl(string key, bool required = false)
    {
        if (Scalar(key, required, "a web address") is not { } node) return null;
        if (Uri.TryCreate(node.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0)
            return uri;
        _diagnostics.Error(At(node), $"'{key}' must be a full web address starting with https://, not '{node.Value}'",
            "Copy the address from the browser's address bar, e.g. https://www.zdravamesta.cz/.");
        return null;
    }

    /// <summary>A key that refers to a data entry or another file; checked against what exists later.</summary>
    public KeyRef? Key(string key, bool required = false) =>
        Scalar(key, required, "a key") is { } node ? new KeyRef(node.Value!.Trim(), At(node)) : null;

    /// <summary>
    /// One of <paramref name="allowed"/>; reported with a did-you-mean otherwise.
    /// </summary>
    public string? Choice(string key, IReadOnlyCollection<string> allowed, bool required = false)
    {
        if (Scalar(key, required, "a value") is not { } node) return null;
        if (allowed.Contains(node.Value!)) return node.Value;
        _diagnostics.Error(At(node), $"unknown {key} '{node.Value}'{DidYouMean.Phrase(node.Value!, allowed)}",
            $"Use one of: {string.Join(", ", allowed)}.");
        return null;
    }

    public ImmutableArray<string> StringList(string key, bool required = false, int maxLength = 1000)
    {
        var values = ImmutableArray.CreateBuilder<string>();
        foreach (var node in ScalarList(key, required))
        {
            var value = node.Value!.Trim();
            if (value.Length <= maxLength) values.Add(value);
            else _diagnostics.Error(At(node), $"an item of '{key}' is {value.Length} characters long; at most {maxLength} are allowed", "Shorten it.");
        }
        return values.ToImmutable();
    }

    public ImmutableArray<KeyRef> KeyList(string key, bool required = false) =>
        [.. ScalarList(key, required).Select(n => new KeyRef(n.Value!.Trim(), At(n)))];

    public ImmutableArray<int> IntList(string key, int min, int max) =>
        [.. ScalarList(key, false).Select(n => ParseInt(n, key, min, max)).OfType<int>()];

    /// <summary>A nested mapping, e.g. <c>contact: { name: …, email: … }</c>.</summary>
    public YamlFields? Map(string key, bool required = false)
    {
        if (Find(key, required) is not { } node) return null;
        if (node is YamlMappingNode map) return Nested(map);
        _diagnostics.Error(At(node), $"'{key}' must be a group of fields", $"Write it like '{key}: {{ name: …, … }}' or as indented lines below '{key}:'.");
        return null;
    }

    /// <summary>A list of mappings, e.g. <c>images: [{ src: …, alt: … }]</c>.</summary>
    public IReadOnlyList<YamlFields> MapList(string key, bool required = false)
    {
        if (Sequence(key, required) is not { } list) return [];
        var result = new List<YamlFields>();
        foreach (var item in list)
        {
            if (item is YamlMappingNode map) result.Add(Nested(map));
            else _diagnostics.Error(At(item), $"each item of '{key}' must be a group of fields", $"Write items like '- {{ src: …, alt: … }}'.");
        }
        return result;
    }

    /// <summary>Reports every key that no read asked for, with the nearest known key as a suggestion.</summary>
    public void ReportUnknown(string what)
    {
        foreach (var (keyNode, _) in _map.Children)
        {
            var key = KeyText(keyNode);
            if (_known.Contains(key)) continue;
            _diagnostics.Error(At(keyNode), $"unknown field '{key}' in {what}{DidYouMean.Phrase(key, _known)}",
                $"Known fields: {string.Join(", ", _known.Order(StringComparer.Ordinal))}.");
        }
    }

    private YamlNode? Find(string key, bool required)
    {
        _known.Add(key);
        if (_map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node)) return node;
        if (required)
        {
            var at = node is not null ? At(node) : Location;
            _diagnostics.Error(at, node is null ? $"required field '{key}' is missing" : $"required field '{key}' is empty",
                $"Add a line '{key}: …'.");
        }
        return null;
    }

    private YamlScalarNode? Scalar(string key, bool required, string expected)
    {
        if (Find(key, required) is not { } node) return null;
        if (node is YamlScalarNode scalar) return scalar;
        _diagnostics.Error(At(node), $"'{key}' must be {expected}, not a {(node is YamlSequenceNode ? "list" : "group of fields")}",
            $"Write it on one line, like '{key}: …'.");
        return null;
    }

    private YamlSequenceNode? Sequence(string key, bool required)
    {
        if (Find(key, required) is not { } node) return null;
        if (node is YamlSequenceNode list) return list;
        _diagnostics.Error(At(node), $"'{key}' must be a list", $"Write it like '{key}: [first, second]'.");
        return null;
    }

    private IEnumerable<YamlScalarNode> ScalarList(string key, bool required)
    {
        var found = _map.Children.TryGetValue(new YamlScalarNode(key), out var raw) ? raw : null;
        // A single value where a list is expected is accepted: 'tags: doprava' means [doprava].
        if (found is YamlScalarNode single && !IsNull(single))
        {
            _known.Add(key);
            return [single];
        }
        if (Sequence(key, required) is not { } list) return [];
        if (list.Children.Count == 0 && required)
            _diagnostics.Error(At(list), $"'{key}' must not be empty", $"Add at least one item to '{key}'.");
        var items = new List<YamlScalarNode>();
        foreach (var item in list)
        {
            if (item is YamlScalarNode s && !IsNull(s)) items.Add(s);
            else _diagnostics.Error(At(item), $"each item of '{key}' must be a single value", $"Write it like '{key}: [first, second]'.");
        }
        return items;
    }

    private int? ParseInt(YamlScalarNode node, string key, int min, int max)
    {
        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _diagnostics.Error(At(node), $"'{key}' must be a whole number, not '{node.Value}'", $"Write a number between {min} and {max}.");
            return null;
        }
        if (value < min || value > max)
        {
            _diagnostics.Error(At(node), $"'{key}' must be between {min} and {max}, not {value}", $"Write a number between {min} and {max}.");
            return null;
        }
        return value;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any };

    private static string KeyText(YamlNode key) => key is YamlScalarNode s ? s.Value ?? "" : key.ToString();

    private static bool LooksLikeIsoDate(string value) =>
        value.Length == 10 && value[4] == '-' && value[7] == '-' && value.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit);
}
