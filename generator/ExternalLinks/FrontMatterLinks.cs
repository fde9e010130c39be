using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Schema;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.ExternalLinks;

/// <summary>
/// The http(s) addresses written in fields the schema declares as <see cref="FieldType.Url"/> — an event's
/// 'registration', a site's own url fields, a member's 'web' in members.yml, a microsite's partners, site.yml's
/// enforcement body — each where its value starts.
/// Read by the declaration, like the spelling check reads prose: whatever field a site declares is found.
/// </summary>
public static class FrontMatterLinks
{
    public static IReadOnlyList<OutsideLink> Of(ContentSources sources, ContentSchema schema)
    {
        var ignored = new DiagnosticBag();   // the parser reports broken files; here they simply hold no links
        var entries = schema.Kinds.SelectMany(kind => sources.Files(kind.Folder).Select(file => (File: file, Fields: schema.EntryOf(kind).Fields)))
            .SelectMany(entry => FrontMatterSplitter.Split(entry.File, ignored) is { } document
                ? InMapping(document.Yaml, document.YamlFirstLine, entry.File.Path, entry.Fields, ignored)
                : []);
        var settings = new[] { (File: sources.SiteConfig, Fields: schema.Site.Fields) }
            .Concat(sources.Conferences.Select(c => (File: c.SiteConfig, Fields: schema.ConferenceSite.Fields)))
            .SelectMany(s => s.File is { } file ? InMapping(file.Text, 1, file.Path, s.Fields, ignored) : []);
        // A data file maps keys to entries, each read by the file's declaration.
        var data = new[] { (File: sources.Members, Fields: schema.Member.Fields) }
            .Concat(sources.Conferences.Select(c => (File: c.Speakers, Fields: schema.Speaker.Fields)))
            .SelectMany(d => d.File is { } file && YamlDocumentLoader.LoadMapping(file.Text, "", 1, ignored) is { } map
                ? map.Children.Values.OfType<YamlMappingNode>().SelectMany(entry => Mapping(file.Text, 1, file.Path, entry, d.Fields))
                : []);
        return [.. entries.Concat(data).Concat(settings)];
    }

    private static IEnumerable<OutsideLink> InMapping(string yaml, int firstLine, string path, IReadOnlyList<FieldSpec> fields, DiagnosticBag ignored) =>
        YamlDocumentLoader.LoadMapping(yaml, "", 1, ignored) is { } map ? Mapping(yaml, firstLine, path, map, fields) : [];

    private static IEnumerable<OutsideLink> Mapping(string yaml, int firstLine, string path, YamlMappingNode map, IReadOnlyList<FieldSpec> fields)
    {
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || fields.FirstOrDefault(f => f.Key == name) is not { } field) continue;
            if (field.Type == FieldType.Url && value is YamlScalarNode { Value: { } url } scalar && IsHttp(url))
                yield return new OutsideLink(url.Trim(), At(yaml, firstLine, path, scalar));
            if (field.Fields.IsEmpty) continue;
            var groups = value switch
            {
                YamlMappingNode one => [one],
                YamlSequenceNode many => many.Children.OfType<YamlMappingNode>().ToList(),
                _ => new List<YamlMappingNode>(),
            };
            foreach (var group in groups)
                foreach (var link in Mapping(yaml, firstLine, path, group, field.Fields)) yield return link;
        }
    }

    // Where the address itself starts: after the quote of a quoted value.
    private static SourceLocation At(string yaml, int firstLine, string path, YamlScalarNode scalar)
    {
        var index = Math.Min((int)scalar.Start.Index, yaml.Length);
        if (index < yaml.Length && yaml[index] is '"' or '\'') index++;
        var before = yaml.AsSpan(0, index);
        return new SourceLocation(path, firstLine + before.Count('\n'), index - (before.LastIndexOf('\n') + 1) + 1);
    }

    internal static bool IsHttp(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
