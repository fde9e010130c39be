using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.SiteBuilding;

namespace DobraPraxe.Generator.Producers;

/// <summary>
/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1) beside each Atom feed.xml of the site and of each kind with
/// 'feed: true': the same newest entries, as JSON for readers and scripts that prefer it.
/// </summary>
public sealed class JsonFeedOutput : IOutputProducer
{
    public const string Path = "feed.json";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };

    public string Name => "json-feed";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) =>
        [OwnedPath.File(Path), .. plan.Content.Schema.SiteKinds.Where(k => k.Feed).Select(k => OwnedPath.File(k.ListPath + Path))];

    public IEnumerable<OutputFile> Files(OutputContext context)
    {
        var site = context.Site;
        yield return OutputFile.Text(Path, Write(site, site.Config.Title, site.Config.Description, "", site.Practices
            .OrderByDescending(p => p.Source.LastModified).ThenBy(p => p.Slug, StringComparer.Ordinal).Take(AtomFeedBuilder.Length)
            .Select(p => new Entry(p.Title, p.Url, p.Summary, p.Date, p.Source.LastModified, (p.Member.Name, p.MemberUrl), [.. p.Themes.Select(t => t.Name)]))));
        foreach (var kind in site.SiteKinds.Where(k => k.Feed))
            yield return OutputFile.Text(kind.ListPath + Path, Write(site, $"{kind.Title} – {site.Config.Title}", kind.Title ?? kind.Key, kind.ListPath, site.ItemsOf(kind)
                .OrderByDescending(i => i.Date).ThenBy(i => i.Slug, StringComparer.Ordinal).Take(AtomFeedBuilder.Length)
                .Select(i => new Entry(i.Title, i.Url, i.Summary, i.Date, i.Date, null, [.. i.Terms.GetValueOrDefault("themes", []).Select(t => t.Name)]))));
    }

    private sealed record Entry(string Title, string Url, string Summary, DateOnly Published, DateOnly Modified, (string Name, string Url)? Author, string[] Tags);

    private static string Write(SiteModel site, string title, string description, string pagePath, IEnumerable<Entry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", title);
            json.WriteString("home_page_url", site.Urls.Absolute(pagePath));
            json.WriteString("feed_url", site.Urls.Absolute(pagePath + Path));
            json.WriteString("description", description);
            json.WriteString("language", site.Config.Language);
            json.WriteStartArray("items");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                // The page's address is its id, as in the Atom feed: it stays while the entry does.
                json.WriteString("id", site.Urls.Absolute(entry.Url));
                json.WriteString("url", site.Urls.Absolute(entry.Url));
                json.WriteString("title", entry.Title);
                json.WriteString("summary", entry.Summary);
                json.WriteString("content_text", entry.Summary);
                json.WriteString("date_published", Timestamp(entry.Published));
                json.WriteString("date_modified", Timestamp(entry.Modified));
                if (entry.Author is var (name, url))
                {
                    json.WriteStartArray("authors");
                    json.WriteStartObject();
                    json.WriteString("name", name);
                    json.WriteString("url", site.Urls.Absolute(url));
                    json.WriteEndObject();
                    json.WriteEndArray();
                }
                json.WriteStartArray("tags");
                foreach (var tag in entry.Tags) json.WriteStringValue(tag);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    // RFC 3339, as JSON Feed asks; the content has dates only.
    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
