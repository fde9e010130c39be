using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Site;

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
        [OwnedPath.File(Path), .. plan.Content.Schema.ItemKinds.Where(k => k.Feed).Select(k => OwnedPath.File(k.ListPath + Path))];

    public IEnumerable<OutputFile> Files(OutputContext context)
    {
        var site = context.Site;
        yield return OutputFile.Text(Path, Write(site, site.Config.Title, site.Config.Description, "", AtomFeedBuilder.Newest(site.Practices).Select(AtomFeedBuilder.Entry)));
        foreach (var kind in site.ItemKinds.Where(k => k.Feed))
        {
            var (title, subtitle) = AtomFeedBuilder.Titles(site, kind);
            yield return OutputFile.Text(kind.ListPath + Path, Write(site, title, subtitle, kind.ListPath, AtomFeedBuilder.Newest(site.ItemsOf(kind))));
        }
    }

    private static string Write(SiteModel site, string title, string description, string pagePath, IEnumerable<FeedEntry> entries)
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
                json.WriteString("date_modified", Timestamp(entry.Updated));
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
                foreach (var (_, label) in entry.Categories) json.WriteStringValue(label);
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
