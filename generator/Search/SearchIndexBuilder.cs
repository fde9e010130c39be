using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// site-output/search/: a sharded index of every practice that the search page (czech-search.js) fetches only as a
/// query needs it — a manifest with the shard table and the facets, term shards (<see cref="ShardedIndexWriter"/>)
/// that carry their documents' facet rows, every document's facet rows in one file for filtering without words,
/// and the document store in small chunks fetched for the results shown (the build adds precompressed .gz siblings, <see cref="Precompressed"/>).
/// Written once per build from the model and the rendered pages' text.
/// </summary>
public static class SearchIndexBuilder
{
    public const string ManifestPath = "search/manifest.json";

    /// <summary>
    /// The same manifest as a script that sets <c>self.czechSearchManifest</c>: the search page loads it as a deferred
    /// script before its own, so the manifest is in hand when search.js runs and the query's shards are asked for at
    /// once — a fetch of manifest.json (even preloaded) answers only after the load event's tasks, about 50 ms later.
    /// Its bytes are the JSON's with <see cref="ManifestScriptPrefix"/> before and ";\n" after.
    /// </summary>
    public const string ManifestScriptPath = "search/manifest.js";

    /// <summary>What manifest.js has before the manifest's JSON.</summary>
    public const string ManifestScriptPrefix = "self.czechSearchManifest = ";

    /// <summary>
    /// Every document's facet row (<see cref="FacetRows"/>) in store order, as one JSON string: the page fetches it only
    /// to filter the whole catalogue without words (a query's rows come with its terms' shards).
    /// </summary>
    public const string FacetsPath = "search/facets.json";

    /// <summary>Term shard i is at <c>search/terms/i.json</c>.</summary>
    public static string ShardPath(int shard) => $"search/terms/{shard}.json";

    /// <summary>The records of the first hits of the terms in bucket i (<see cref="FirstResults"/>) are at <c>search/first/i.json</c>.</summary>
    public static string FirstPath(int bucket) => $"search/first/{bucket}.json";

    /// <summary>The index's format, in the manifest: czech-search.js reads no other (docs/search.md describes it).</summary>
    public const int Format = 4;

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
    /// <param name="cache">What the last build made of each practice and term, for serve's incremental rebuild (see <see cref="SearchIndexCache"/>).</param>
    /// <returns>
    /// The files one at a time, each made as it is asked for, so a build writes them as they come instead of holding the
    /// whole folder (the shards, then the chunks, the first-result buckets, facets.json, and the manifest last, as JSON and
    /// as a script: its version covers every file before it). Enumerate once.
    /// </returns>
    /// <param name="analyzer">The analysis of the site's language (<see cref="SearchAnalyzer.For"/>); null for Czech.</param>
    public static IEnumerable<OutputFile> Build(SiteModel site, IReadOnlyDictionary<string, string> bodyText, SearchIndexCache? cache = null, SearchAnalyzer? analyzer = null)
    {
        var facets = site.Taxonomies.Where(t => t.Spec.Facet).ToList();
        string[][] keys = [.. facets.Select(f => f.Terms.Select(t => t.Key).ToArray())];
        var table = new FacetRows(keys);
        if (cache is not null && !(cache.FacetKeys.Length == keys.Length && cache.FacetKeys.Zip(keys).All(k => k.First.SequenceEqual(k.Second))))
        {
            // A row codes a value by its place in the facet's list: another list, other rows.
            cache.Rows.Clear();
            cache.FacetKeys = keys;
        }
        string Body(PracticeEntry p) => bodyText.GetValueOrDefault(p.Source.SourcePath, "");
        // A build makes every entry anew, on every core; serve takes most from its cache.
        var entries = cache is null
            ? site.Practices.AsParallel().AsOrdered().Select(p => Entry(site, p, Body(p), facets, record: false)).ToList()
            : site.Practices.Select(p => (p, Body: Body(p))).Select(x => cache.Entries.Get((x.p, x.Body), () => Entry(site, x.p, x.Body, facets, record: true))).ToList();
        // The entries of the site's kinds with 'search: true' follow the practices; few, so serve makes them anew each time.
        var items = site.Items.Where(i => i.Kind.Search).ToList();
        entries.AddRange(items.Select(i => ItemEntry(site, i, bodyText.GetValueOrDefault(i.Source.SourcePath, ""), facets)));
        var rows = entries.ConvertAll(e => cache is null ? table.Row(e.Values) : cache.Rows.Get(e, () => table.Row(e.Values)));
        // Counted as the page counts a row's values, so the whole catalogue's counts equal what filtering would show.
        var counts = facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToList();
        foreach (var entry in entries)
            for (var i = 0; i < counts.Count; i++)
                foreach (var key in entry.Values[i]) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts[i], key, out _)++;

        // Changes whenever a shard, chunk or bucket does: the page asks for files with ?v=…, so a browser never mixes two builds' files.
        using var version = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        OutputFile Hashed(OutputFile file)
        {
            version.AppendData(Encoding.UTF8.GetBytes(file.Path));
            version.AppendData(file.Content!);
            return file;
        }

        var index = new ShardTable();
        var shard = 0;
        foreach (var bytes in ShardedIndexWriter.Stream(Fields, entries.ConvertAll(e => e.Document), index, facetRows: rows, cache: cache, analyzer: analyzer))
            yield return Hashed(new OutputFile(ShardPath(shard++), bytes));
        // A build makes each record as its chunk is written; serve keeps them (see SearchIndexCache).
        var records = (cache is null ? site.Practices.AsParallel().AsOrdered().Select(p => Record(site, p)).AsSequential() : entries.Take(site.Practices.Length).Select(e => e.Record!))
            .Concat(items.Select(i => Record(site, i)));
        var chunk = 0;
        foreach (var part in records.Chunk(ChunkSize)) yield return Hashed(new OutputFile(ChunkPath(chunk++), Chunk(part)));
        var practices = site.Practices.Length;
        var buckets = FirstBuckets(index.FirstHits, n => n < practices ? cache is null ? Record(site, site.Practices[n]) : entries[n].Record! : Record(site, items[n - practices]));
        for (var b = 0; b < buckets.Count; b++) yield return Hashed(new OutputFile(FirstPath(b), buckets[b]));
        yield return Hashed(new OutputFile(FacetsPath, JsonSerializer.SerializeToUtf8Bytes(string.Join(',', rows))));
        var v = Convert.ToHexStringLower(version.GetHashAndReset())[..12];
        var manifest = Manifest(site, entries.Count, facets, counts, index, buckets.Count, v);
        yield return new OutputFile(ManifestPath, manifest);
        yield return new OutputFile(ManifestScriptPath, [.. Encoding.UTF8.GetBytes(ManifestScriptPrefix), .. manifest, .. ";\n"u8]);
    }

    private static SearchEntry Entry(SiteModel site, PracticeEntry p, string body, IReadOnlyList<Taxonomy> facets, bool record)
    {
        var document = new SearchDocument(p.Slug, new Dictionary<string, string>
        {
            ["title"] = p.Title,
            ["summary"] = p.Summary,
            ["member"] = p.Member.Name,
            ["themes"] = string.Join(' ', p.Themes.Select(t => t.Name)),
            ["tags"] = string.Join(' ', p.Tags.Select(t => t.Name)),
            ["body"] = MarkdownRendering.PlainText.CollapseWhitespace(body, BodyWords),
        });
        IReadOnlyList<IReadOnlyList<string>> values = [.. facets.Select(f => (IReadOnlyList<string>)[.. TaxonomyBuilder.KeysOf(p, f.Spec.Field)])];
        return new SearchEntry(document, values, record ? Record(site, p) : null);
    }

    /// <summary>An entry of a site kind as a document: title, summary, the names of its member, themes and tags, its body's first words.</summary>
    private static SearchEntry ItemEntry(SiteModel site, ItemEntry item, string body, IReadOnlyList<Taxonomy> facets)
    {
        string Names(string field) => string.Join(' ', item.Terms.GetValueOrDefault(field, []).Select(t => t.Name));
        var document = new SearchDocument(RefOf(item), new Dictionary<string, string>
        {
            ["title"] = item.Title,
            ["summary"] = item.Summary,
            ["member"] = Names("member"),
            ["themes"] = Names("themes"),
            ["tags"] = Names("tags"),
            ["body"] = MarkdownRendering.PlainText.CollapseWhitespace(body, BodyWords),
        });
        // The "Druh záznamu" facet tells an entry's kind; every other facet reads the taxonomies the kind declares.
        IReadOnlyList<IReadOnlyList<string>> values = [.. facets.Select(f => (IReadOnlyList<string>)(f.Spec.Field == "kind"
            ? [item.Kind.Key] : [.. item.TermKeys(f.Spec.Field)]))];
        return new SearchEntry(document, values, null);
    }

    /// <summary>
    /// The bucket files of the terms' first hits (<see cref="FirstResults"/>): each a JSON object from a document's number
    /// to its record (as in the store), by ascending number; as many buckets as their records' bytes need.
    /// </summary>
    /// <param name="bucketBytes">About how many bytes of records a bucket holds (tests choose small buckets).</param>
    internal static List<byte[]> FirstBuckets(IReadOnlyList<(string Term, int[] Documents)> firstHits, Func<int, byte[]> recordOf, int bucketBytes = FirstResults.BucketBytes)
    {
        var records = new Dictionary<int, byte[]>();
        long bytes = 0;
        foreach (var (_, documents) in firstHits)
            foreach (var n in documents)
            {
                if (!records.TryGetValue(n, out var record)) records[n] = record = recordOf(n);
                bytes += record.Length;
            }
        var count = FirstResults.BucketCount(bytes, bucketBytes);
        var members = Enumerable.Range(0, count).Select(_ => new SortedSet<int>()).ToList();
        foreach (var (term, documents) in firstHits) members[FirstResults.Bucket(term, count)].UnionWith(documents);
        return members.ConvertAll(bucket =>
        {
            var json = new ArrayBufferWriter<byte>();
            json.Write("{"u8);
            foreach (var n in bucket)
            {
                if (json.WrittenCount > 1) json.Write(","u8);
                json.Write(Encoding.UTF8.GetBytes($"\"{n}\":"));
                json.Write(records[n]);
            }
            json.Write("}"u8);
            return json.WrittenSpan.ToArray();
        });
    }

    /// <summary>
    /// The manifest: the shard table, the chunk size, and the declared facets (taxonomies with 'facet: true', in
    /// declaration order) with their values, names and how many documents have each (the counts of the whole
    /// catalogue, shown before anything is filtered). search.js renders whatever facets it finds here. Its size
    /// grows with the shard table and the facet values, not with each document (issue 18: at 100,000 entries a
    /// column of every document's values would make the manifest alone about 320 kB compressed).
    /// </summary>
    private static byte[] Manifest(SiteModel site, int documents, IReadOnlyList<Taxonomy> facets, IReadOnlyList<Dictionary<string, int>> counts, ShardTable index,
        int buckets, string version)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("v", version);
            json.WriteNumber("documents", documents);
            json.WriteNumber("chunk", ChunkSize);
            json.WriteStartObject("first");
            json.WriteNumber("results", FirstResults.Count);
            json.WriteNumber("buckets", buckets);
            json.WriteEndObject();
            json.WriteStartArray("fields");
            foreach (var (field, length) in Fields.Zip(index.LengthSums))
            {
                json.WriteStartObject();
                json.WriteString("name", field.Name);
                json.WriteNumber("boost", field.Boost);
                json.WriteNumber("length", length);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("shards");
            foreach (var term in index.FirstTerms) json.WriteStringValue(term);
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

    // A chunk of the store: its practices' records in a JSON array.
    private static byte[] Chunk(byte[][] records)
    {
        var bytes = new byte[records.Sum(r => r.Length + 1) + 1];
        bytes[0] = (byte)'[';
        var at = 1;
        foreach (var record in records)
        {
            if (at > 1) bytes[at++] = (byte)',';
            record.CopyTo(bytes, at);
            at += record.Length;
        }
        bytes[at] = (byte)']';
        return bytes;
    }

    // A practice's record in the store: what a result shows — [slug, URL, title, summary, meta line].
    private static byte[] Record(SiteModel site, PracticeEntry p) => Record(p.Slug, site.Urls.Href(p.Url), p.Title, p.Summary, p.MetaLine(site.Words));

    // An entry of another kind: its line names its kind, who and where, and its date.
    private static byte[] Record(SiteModel site, ItemEntry item) =>
        Record(RefOf(item), site.Urls.Href(item.Url), item.Title, item.Summary, item.MetaLine(site.Words));

    private static byte[] Record(string reference, string href, string title, string summary, string metaLine)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            json.WriteStringValue(reference);
            json.WriteStringValue(href);
            json.WriteStringValue(title);
            json.WriteStringValue(summary);
            json.WriteStringValue(metaLine);
            json.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A site kind's entry in the index and the store: its kind before its slug, so it never meets a practice's slug.</summary>
    private static string RefOf(ItemEntry item) => $"{item.Kind.Key}/{item.Slug}";

    private static string FacetKey(Taxonomy facet) => facet.Spec.FacetKey ?? facet.Key;
}
