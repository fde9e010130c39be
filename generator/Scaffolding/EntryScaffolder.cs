using System.Globalization;
using System.Text;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Scaffolding;

/// <summary>
/// 'new &lt;kind&gt; &lt;slug&gt;' (practice, event, page or a kind the site declared): a file with every field of the site's schema (its own fields included),
/// required ones filled in, optional ones commented, each with its Czech help; it passes 'check' as it is.
/// Keys are taken from the site's own data files, so the example member and theme exist.
/// </summary>
public static class EntryScaffolder
{
    /// <param name="UnknownKind">The kind named is not one of the site's (a usage error, not a content error).</param>
    public sealed record Outcome(bool Created, string Path, string Message, bool UnknownKind = false);

    public static Outcome Create(string sourceDirectory, string kindKey, string slug, DateTimeOffset now)
    {
        var (schema, keys) = Read(sourceDirectory, now);
        if (schema.Kinds.FirstOrDefault(k => k.Key == kindKey) is not { } kind)
            return new Outcome(false, "", $"'{kindKey}' is not a kind of entry of this site{DidYouMean.Phrase(kindKey, schema.Kinds.Select(k => k.Key))}; "
                + $"the kinds are {string.Join(", ", schema.Kinds.Select(k => k.Key))}", UnknownKind: true);
        var entry = schema.EntryOf(kind);
        var relative = $"{kind.SourceFolder}{slug}.md";
        var path = Path.Combine(sourceDirectory, relative);
        if (File.Exists(path))
            return new Outcome(false, relative, $"{relative} already exists; nothing was written. Choose another name, or edit the file.");

        var text = Text(entry, keys, now) + kind.Key switch { ContentSchema.PracticeKind => PracticeBody, ContentSchema.EventKind => EventBody, _ => EntryBody };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // CreateNew: never overwrite, even if the file appeared a moment ago.
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            writer.Write(text);
        return new Outcome(true, relative, $"Created {relative}. Fill it in, then run: dotnet run --project generator -- check");
    }

    /// <summary>The front matter of a new <paramref name="entry"/>, from its declaration.</summary>
    public static string Text(EntrySchema entry, IReadOnlyDictionary<string, IReadOnlyList<string>> keys, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(Czech.ToPrague(now).DateTime);
        var times = new Queue<int>([9, 15]);
        var text = new StringBuilder("---\n");
        foreach (var field in entry.Fields.Where(f => f.Required || f.Suggested))
        {
            text.Append("# ").Append(field.Help.Length > 0 ? field.Help : field.Title).Append('\n');
            text.Append(field.Key).Append(": ").Append(Value(field, keys, now, today, times)).Append('\n');
        }
        var optional = entry.Fields.Where(f => !f.Required && !f.Suggested).ToList();
        if (optional.Count > 0) text.Append("# Nepovinná pole – odstraňte # na začátku řádku a vyplňte:\n");
        foreach (var field in optional)
        {
            var line = field.Type == FieldType.GroupList ? $"# {field.Key}:" : $"# {field.Key}: {Value(field, keys, now, today, times)}";
            text.Append(line.PadRight(40)).Append(field.Help.Length > 0 ? "  # " + field.Help : "").Append('\n');
            if (field.Type == FieldType.GroupList) text.Append("#   - ").Append(field.Sample()).Append('\n');
        }
        return text.Append("---\n").ToString();
    }

    private static string Value(FieldSpec field, IReadOnlyDictionary<string, IReadOnlyList<string>> keys, DateTimeOffset now, DateOnly today, Queue<int> times)
    {
        string? FirstKey() => field.References is { } what && keys.TryGetValue(what, out var known) && known.Count > 0 ? known[0] : null;
        return field.Type switch
        {
            FieldType.Text when field.Upload != UploadKind.None && field.Upload != UploadKind.Video && keys.TryGetValue(MediaKey(field.Upload), out var files) && files.Count > 0 => files[0],
            FieldType.Key => FirstKey() ?? field.Sample(),
            FieldType.KeyList => $"[{FirstKey() ?? "klic"}]",
            FieldType.Number when field.Example is null && field.Min <= now.Year && now.Year <= field.Max => now.Year.ToString(CultureInfo.InvariantCulture),
            FieldType.Date => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FieldType.DateTime => EventTime(today.AddDays(14), times.Count > 0 ? times.Dequeue() : 12),
            FieldType.Group => field.Sample(),
            _ when field.IsList && field.Example is null => $"[{field.Sample()}]",
            _ => field.Sample(),
        };
    }

    private static string MediaKey(UploadKind upload) => "media:" + upload;

    private static string EventTime(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Czech.Prague.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>The site's schema and keys; the built-in ones when site.yml cannot be read.</summary>
    private static (ContentSchema, Dictionary<string, IReadOnlyList<string>>) Read(string root, DateTimeOffset now)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentReader.Read(ContentScanner.Scan(root, diagnostics), diagnostics, now);
        var keys = new Dictionary<string, IReadOnlyList<string>>
        {
            ["members"] = content is null ? [] : [.. content.Members.Select(m => m.Key)],
            ["themes"] = content is null ? [] : [.. content.Themes.Select(t => t.Key)],
            ["practices"] = content is null ? [] : [.. content.Practices.Select(p => p.Slug).Order(StringComparer.Ordinal)],
        };
        if (content is not null) foreach (var (data, terms) in content.Terms) keys[data] = [.. terms.Select(t => t.Key)];
        if (content is not null) foreach (var kind in content.Schema.ItemKinds) keys[kind.Folder] = [.. content.ItemsOf(kind.Key).Select(i => i.Slug).Order(StringComparer.Ordinal)];
        // A required file (a video's poster) is one the site has, as a required key is.
        foreach (var upload in Enum.GetValues<UploadKind>().Where(u => u != UploadKind.None))
            keys[MediaKey(upload)] = content is null ? [] : [.. content.MediaFiles.Where(m => Imaging.MediaTypes.ExtensionsFor(upload).Contains(Path.GetExtension(m).ToLowerInvariant())).Order(StringComparer.Ordinal)];
        return (content?.Schema ?? ContentReader.SchemaOf(null, now), keys);
    }

    private const string PracticeBody = """

        Úvodní odstavec: o co jde a proč to stojí za pozornost.

        ## Jak to začalo

        ## Co se podařilo

        ## Náklady a financování

        ## Co bychom doporučili ostatním

        """;

    private const string EntryBody = """

        Text v Markdownu. Mezititulky začínají ##.

        """;

    private const string EventBody = """

        Program, co si vzít s sebou, jak se přihlásit.

        """;
}
