using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using DobraPraxe.Generator.SiteBuilding;

namespace DobraPraxe.Generator.Calendars;

/// <summary>
/// iCalendar (RFC 5545) files via Ical.Net, which does the escaping, CRLF line ends and line folding.
/// Times are given in Europe/Prague with its VTIMEZONE; DTSTAMP comes from the content, so builds are reproducible.
/// </summary>
public static class IcsWriter
{
    private const string TimeZone = "Europe/Prague";
    private const string ProductId = "-//NSZM CR//Dobra praxe//CS";

    public static string Write(string calendarName, IEnumerable<CalendarEntry> entries)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZone);
        var list = entries.OrderBy(e => e.Start).ThenBy(e => e.Uid, StringComparer.Ordinal).ToList();
        // The VTIMEZONE carries Prague's rules from the earliest event on, so clients need no outside data.
        if (list.Count > 0)
            calendar.AddTimeZone(TimeZone, Czech.ToPrague(list[0].Start).DateTime.AddDays(-1), includeHistoricalData: false);

        foreach (var entry in list)
        {
            var ev = new CalendarEvent
            {
                Uid = entry.Uid,
                Summary = entry.Title,
                DtStart = Local(entry.Start),
                DtEnd = Local(entry.End),
                DtStamp = new CalDateTime(entry.Stamp.UtcDateTime, "UTC"),
                Location = entry.Location,
                Description = string.IsNullOrEmpty(entry.Description) ? null : entry.Description,
            };
            if (entry.Url is not null) ev.Url = new Uri(entry.Url);
            calendar.Events.Add(ev);
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalDateTime Local(DateTimeOffset moment)
    {
        var prague = Czech.ToPrague(moment);
        return new CalDateTime(prague.Year, prague.Month, prague.Day, prague.Hour, prague.Minute, prague.Second, TimeZone);
    }
}
