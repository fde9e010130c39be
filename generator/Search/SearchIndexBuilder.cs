using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.SiteBuilding;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// site-output/search/: the lunr index of every practice and the document store the search page shows
/// results and facets from. Written once per build from the model and the rendered pages' text.
/// </summary>
public static class SearchIndexBuilder
{
    public const string IndexPath = "search/index.json";
    public const string DocumentsPath = "search/documents.json";

    /// <summary>
    /// How much of each body is indexed. The lunr format keeps a posting per term and document, so the
    /// body dominates the index; its opening words carry what a reader searches for (issue: ≤ 1 MB gzip per 1,000 entries).
    /// </summary>
    public const int BodyWords = 100;

    public static readonly SearchField[] Fields =
    [
        new("title", 10), new("summary", 5), new("member", 4), new("themes", 3), new("tags", 3), new("body", 1),
    ];

    // Escapes <, >, & and quotes (no value can end a script element or the JSON) but keeps Czech letters readable.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="bodyText">Each practice's body as plain text, by source path.</param>
    public static IEnumerable<OutputFile> Build(SiteModel site, IReadOnlyDictionary<string, string> bodyText)
    {
        var documents = site.Practices.Select(p => new SearchDocument(p.Slug, new Dictionary<string, string>
        {
            ["title"] = p.Title,
            ["summary"] = p.Summary,
            ["member"] = p.Member.Name,
            ["themes"] = string.Join(' ', p.Themes.Select(t => t.Name)),
            ["tags"] = string.Join(' ', p.Tags.Select(t => t.Name)),
            ["body"] = FirstWords(bodyText.GetValueOrDefault(p.Source.SourcePath, ""), BodyWords),
        })).ToList();
        yield return new OutputFile(IndexPath, LunrIndexWriter.WriteUtf8(Fields, documents));
        yield return new OutputFile(DocumentsPath, DocumentStore(site));
    }

    private static byte[] DocumentStore(SiteModel site)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("facets");
            WriteMap(json, "tema", site.Themes.Select(t => (t.Key, t.Name)));
            WriteMap(json, "kraj", site.Regions.OrderBy(r => r.Name, StringComparer.Create(Czech.Culture, false)).Select(r => (r.Key, r.Name)));
            WriteMap(json, "typ", Model.MemberType.All.Select(t => (t.Key, t.Label)));
            json.WriteStartArray("rok");
            foreach (var year in site.Practices.Select(p => p.Year).Distinct().OrderDescending()) json.WriteNumberValue(year);
            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject("docs");
            foreach (var p in site.Practices)
            {
                json.WriteStartObject(p.Slug);
                json.WriteString("t", p.Title);
                json.WriteString("u", site.Urls.Href(p.Url));
                json.WriteString("s", p.Summary);
                json.WriteString("m", p.Member.Name);
                // The result line's "who and where", so the page need not know when a region is named once.
                json.WriteString("o", string.Join(" · ", p.MemberAndRegion.Select(l => l.Name)));
                json.WriteString("r", p.Region.Key);
                json.WriteString("k", p.Member.Type.Key);
                json.WriteStartArray("th");
                foreach (var theme in p.Themes) json.WriteStringValue(theme.Key);
                json.WriteEndArray();
                json.WriteNumber("y", p.Year);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void WriteMap(Utf8JsonWriter json, string name, IEnumerable<(string Key, string Name)> entries)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in entries) json.WriteString(key, value);
        json.WriteEndObject();
    }

    private static string FirstWords(string text, int count)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == ' ' && ++words == count) return text[..i];
        return text;
    }
}
