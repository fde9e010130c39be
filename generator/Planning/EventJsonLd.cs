using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>
/// schema.org Event as JSON-LD for an event page. The encoder escapes '&lt;', '&gt;', '&amp;' and quotes,
/// so no value can close the script element it is printed into.
/// </summary>
public static class EventJsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };
    public const string OrganizerUrl = "https://www.zdravamesta.cz/";

    public static string Build(EventEntry ev, SiteUrls urls, Localization.Words words)
    {
        var e = ev.Source;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Event");
            json.WriteString("name", e.Title);
            json.WriteString("description", e.Summary);
            json.WriteString("url", urls.Absolute(ev.Url));
            json.WriteString("startDate", e.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("endDate", e.End.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("eventStatus", "https://schema.org/EventScheduled");
            var mode = e.Place is not null && e.Online ? "Mixed" : e.Online ? "Online" : "Offline";
            json.WriteString("eventAttendanceMode", $"https://schema.org/{mode}EventAttendanceMode");
            json.WriteStartArray("location");
            if (e.Place is not null)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Place");
                json.WriteString("name", e.Place);
                json.WriteString("address", e.Place);
                json.WriteEndObject();
            }
            if (e.Online)
            {
                json.WriteStartObject();
                json.WriteString("@type", "VirtualLocation");
                json.WriteString("url", e.Registration?.AbsoluteUri ?? urls.Absolute(ev.Url));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("organizer");
            json.WriteString("@type", "Organization");
            json.WriteString("name", words[Localization.GeneratorWords.Network]);
            json.WriteString("url", OrganizerUrl);
            json.WriteEndObject();
            if (e.Capacity is { } capacity) json.WriteNumber("maximumAttendeeCapacity", capacity);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
