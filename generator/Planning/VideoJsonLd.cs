using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>
/// schema.org VideoObject as JSON-LD for the page of an entry with a video (any kind with a video field): name,
/// description, our own poster as thumbnailUrl, uploadDate, duration (ISO 8601), the nocookie player as embedUrl or the
/// file as contentUrl, and the transcript (the body's text and the long text fields). The encoder escapes '&lt;',
/// '&gt;', '&amp;' and quotes, so no value can close the script element it is printed into.
/// </summary>
public static partial class VideoJsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    /// <summary>The JSON-LD of <paramref name="entry"/>'s video; null for an entry without one.</summary>
    public static string? Of(ItemEntry entry, SiteUrls urls)
    {
        if (entry.Video is not { } video) return null;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "VideoObject");
            json.WriteString("name", entry.Title);
            json.WriteString("description", entry.Summary);
            json.WriteString("url", urls.Absolute(entry.Url));
            if (video.Still is { } still) json.WriteString("thumbnailUrl", urls.Absolute(still.Path));
            json.WriteString("uploadDate", entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (video.DurationIso is { } duration) json.WriteString("duration", duration);
            if (video.Source.EmbedUrl is { } embed) json.WriteString("embedUrl", embed);
            if (video.File is { } file)
            {
                json.WriteString("contentUrl", urls.Absolute(file));
                json.WriteString("encodingFormat", video.MimeType);
            }
            var transcript = string.Join("\n\n", new[] { Text(entry.BodyHtml.ToString()) }.Concat(entry.Texts.Select(t => t.Text)).Where(t => t.Length > 0));
            if (transcript.Length > 0) json.WriteString("transcript", transcript);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The text of a rendered body: its headings' self-links dropped, the tags removed, the entities decoded, white space collapsed.</summary>
    private static string Text(string html) =>
        MarkdownRendering.PlainText.CollapseWhitespace(WebUtility.HtmlDecode(Tag().Replace(SelfLink().Replace(html, ""), " ")));

    [GeneratedRegex("<a class=\"heading-anchor\"[^>]*>#</a>")]
    private static partial Regex SelfLink();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
