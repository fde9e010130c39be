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

    /// <summary>
    /// The document store: the declared facets (taxonomies with 'facet: true', in declaration order) with their
    /// values and names, and per practice what a result shows plus its values in each facet.
    /// search.js renders whatever facets it finds here.
    /// </summary>
    private static byte[] DocumentStore(SiteModel site)
    {
        var facets = site.Taxonomies.Where(t => t.Spec.Facet).ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("facets");
            foreach (var facet in facets)
            {
                json.WriteStartObject();
                json.WriteString("key", FacetKey(facet));
                json.WriteString("title", facet.Spec.FacetTitle ?? facet.Name);
                json.WriteStartArray("values");
                foreach (var term in facet.Terms)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(term.Key);
                    json.WriteStringValue(term.Name);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartObject("docs");
            foreach (var p in site.Practices)
            {
                json.WriteStartObject(p.Slug);
                json.WriteString("t", p.Title);
                json.WriteString("u", site.Urls.Href(p.Url));
                json.WriteString("s", p.Summary);
                json.WriteString("m", p.Member.Name);
                json.WriteString("l", p.MetaLine);
                json.WriteStartObject("f");
                foreach (var facet in facets)
                {
                    json.WriteStartArray(FacetKey(facet));
                    foreach (var key in TaxonomyBuilder.KeysOf(p, facet.Spec.Field)) json.WriteStringValue(key);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static string FacetKey(Taxonomy facet) => facet.Spec.FacetKey ?? facet.Key;

    private static string FirstWords(string text, int count)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == ' ' && ++words == count) return text[..i];
        return text;
    }
}
