using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.SiteBuilding;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// site-output/search/: a sharded index of every practice that the search page (czech-search.js) fetches only as a
/// query needs it — a manifest with the shard table and the facets, term shards (<see cref="ShardedIndexWriter"/>)
/// that carry their documents' facet rows, every document's facet rows in one file for filtering without words,
/// and the document store in small chunks fetched for the results shown (the build adds precompressed .gz and .br siblings, <see cref="Precompressed"/>).
/// Written once per build from the model and the rendered pages' text.
/// </summary>
public static class SearchIndexBuilder
{
    public const string ManifestPath = "search/manifest.json";

    /// <summary>
    /// Every document's facet row (<see cref="FacetRows"/>) in store order, as one JSON string: the page fetches it only
    /// to filter the whole catalogue without words (a query's rows come with its terms' shards).
    /// </summary>
    public const string FacetsPath = "search/facets.json";

    /// <summary>Term shard i is at <c>search/terms/i.json</c>.</summary>
    public static string ShardPath(int shard) => $"search/terms/{shard}.json";

    /// <summary>Documents i × <see cref="ChunkSize"/> … are at <c>search/docs/i.json</c>.</summary>
    public static string ChunkPath(int chunk) => $"search/docs/{chunk}.json";

    /// <summary>
    /// How much of each body is indexed. Each posting costs bytes in the shards a query fetches; a body's opening
    /// words carry what a reader searches for.
    /// </summary>
    public const int BodyWords = 100;

    /// <summary>
    /// Documents per chunk of the store. The 50 results a batch shows fall into up to 50 chunks, so a chunk is small:
    /// four entries keep a batch at about 40 kB compressed at 10,000 entries without a file per entry.
    /// </summary>
    public const int ChunkSize = 4;

    public static readonly SearchField[] Fields =
    [
        new("title", 10), new("summary", 5), new("member", 4), new("themes", 3), new("tags", 3), new("body", 1),
    ];

    // Escapes <, >, & and quotes (no value can end a script element or the JSON) but keeps Czech letters readable.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="bodyText">Each practice's body as plain text, by source path.</param>
    /// <param name="cache">The last build's analysis of each text, for serve's incremental rebuild (see <see cref="SearchAnalysisCache"/>).</param>
    public static IReadOnlyList<OutputFile> Build(SiteModel site, IReadOnlyDictionary<string, string> bodyText, SearchAnalysisCache? cache = null)
    {
        var documents = site.Practices.Select(p => new SearchDocument(p.Slug, new Dictionary<string, string>
        {
            ["title"] = p.Title,
            ["summary"] = p.Summary,
            ["member"] = p.Member.Name,
            ["themes"] = string.Join(' ', p.Themes.Select(t => t.Name)),
            ["tags"] = string.Join(' ', p.Tags.Select(t => t.Name)),
            ["body"] = MarkdownRendering.PlainText.CollapseWhitespace(bodyText.GetValueOrDefault(p.Source.SourcePath, ""), BodyWords),
        })).ToList();
        var facets = site.Taxonomies.Where(t => t.Spec.Facet).ToList();
        var table = new FacetRows([.. facets.Select(f => (IReadOnlyList<string>)[.. f.Terms.Select(t => t.Key)])]);
        var values = site.Practices.Select(p => facets.Select(f => TaxonomyBuilder.KeysOf(p, f.Spec.Field).ToList()).ToList()).ToList();
        var rows = values.Select(v => table.Row(v)).ToList();
        // Counted as the page counts a row's values, so the whole catalogue's counts equal what filtering would show.
        var counts = facets.Select((f, i) => values.SelectMany(v => v[i]).CountBy(key => key).ToDictionary(StringComparer.Ordinal)).ToList();
        var (firstTerms, shards) = ShardedIndexWriter.Write(Fields, documents, facetRows: rows, cache: cache);
        var chunks = site.Practices.Chunk(ChunkSize).Select(c => Chunk(site, c)).ToList();

        var files = new List<OutputFile>();
        files.AddRange(shards.Select((bytes, i) => new OutputFile(ShardPath(i), bytes)));
        files.AddRange(chunks.Select((bytes, i) => new OutputFile(ChunkPath(i), bytes)));
        files.Add(new OutputFile(FacetsPath, JsonSerializer.SerializeToUtf8Bytes(string.Join(',', rows))));
        files.Add(new OutputFile(ManifestPath, Manifest(site, facets, counts, firstTerms, Version(files))));
        return files;
    }

    // Changes whenever a shard or chunk does: the page asks for files with ?v=…, so a browser never mixes two builds' files.
    private static string Version(IEnumerable<OutputFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path));
            hash.AppendData(file.Content!);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    /// <summary>
    /// The manifest: the shard table, the chunk size, and the declared facets (taxonomies with 'facet: true', in
    /// declaration order) with their values, names and how many documents have each (the counts of the whole
    /// catalogue, shown before anything is filtered). search.js renders whatever facets it finds here. Its size
    /// grows with the shard table and the facet values, not with each document (issue 18: at 100,000 entries a
    /// column of every document's values would make the manifest alone about 320 kB compressed).
    /// </summary>
    private static byte[] Manifest(SiteModel site, IReadOnlyList<Taxonomy> facets, IReadOnlyList<Dictionary<string, int>> counts, IReadOnlyList<string> firstTerms, string version)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("format", 2);
            json.WriteString("v", version);
            json.WriteNumber("documents", site.Practices.Length);
            json.WriteNumber("chunk", ChunkSize);
            json.WriteStartArray("fields");
            foreach (var field in Fields) json.WriteStringValue(field.Name);
            json.WriteEndArray();
            json.WriteStartArray("shards");
            foreach (var term in firstTerms) json.WriteStringValue(term);
            json.WriteEndArray();
            json.WriteStartArray("facets");
            foreach (var (facet, facetCounts) in facets.Zip(counts))
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
                json.WriteStartArray("counts");
                foreach (var term in facet.Terms) json.WriteNumberValue(facetCounts.GetValueOrDefault(term.Key));
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    // A chunk of the store: per practice what a result shows — [slug, URL, title, summary, meta line].
    private static byte[] Chunk(SiteModel site, IEnumerable<PracticeEntry> practices)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var p in practices)
            {
                json.WriteStartArray();
                json.WriteStringValue(p.Slug);
                json.WriteStringValue(site.Urls.Href(p.Url));
                json.WriteStringValue(p.Title);
                json.WriteStringValue(p.Summary);
                json.WriteStringValue(p.MetaLine);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return stream.ToArray();
    }

    private static string FacetKey(Taxonomy facet) => facet.Spec.FacetKey ?? facet.Key;
}
