using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>
/// 'schema': JSON Schema files for the site's front matter and data files, with the site's own keys as enums.
/// Only site.yml and the data files must be valid for it; a broken entry does not change the schema.
/// </summary>
public static class SchemaExporter
{
    public sealed record Result(ImmutableSortedDictionary<string, string> Files, ImmutableArray<Diagnostic> Diagnostics)
    {
        public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
    }

    public static Result Export(string sourceDirectory, DateTimeOffset now)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentReader.Read(ContentScanner.Scan(sourceDirectory, diagnostics), diagnostics, now);
        var blocking = diagnostics.Sorted().Where(d => d.Severity == Severity.Error && IsSchemaSource(d.Location.Path)).ToImmutableArray();
        if (content is null || !blocking.IsEmpty)
            return new(ImmutableSortedDictionary<string, string>.Empty, blocking.IsEmpty ? [.. diagnostics.Sorted()] : blocking);

        var keys = new Dictionary<string, IReadOnlyList<string>>
        {
            ["members"] = [.. content.Members.Select(m => m.Key)],
            ["themes"] = [.. content.Themes.Select(t => t.Key)],
            ["regions"] = [.. content.Regions.Select(r => r.Key)],
            ["practices"] = [.. content.Practices.Select(p => p.Slug).Order(StringComparer.Ordinal)],
            ["conferences"] = [.. content.Conferences.Select(c => c.Slug)],
        };
        foreach (var (data, terms) in content.Terms) keys[data] = [.. terms.Select(t => t.Key)];
        foreach (var kind in content.Schema.ItemKinds) keys[kind.Folder] = [.. content.ItemsOf(kind.Key).Select(i => i.Slug).Order(StringComparer.Ordinal)];
        return new(JsonSchemaWriter.Write(content.Schema, keys, content.Site.BaseUrl), []);
    }

    private static bool IsSchemaSource(string path) =>
        path == "content/site.yml" || path.StartsWith("content/data/", StringComparison.Ordinal) || path == ContentScanner.ContentFolder;
}
