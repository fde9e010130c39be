using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DobraPraxe.Generator.Shared;

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
        if (list.Count > 0) calendar.AddTimeZone(PragueTimeZone());

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

    /// <summary>
    /// Europe/Prague's rules since 1996 (the EU's: summer time from the last Sunday of March to the last Sunday
    /// of October). Written from these fixed rules rather than Ical.Net's time zone database export, whose
    /// output depends on the day the build runs and which fails for dates it does not expect.
    /// </summary>
    private static VTimeZone PragueTimeZone()
    {
        var zone = new VTimeZone(TimeZone);
        zone.TimeZoneInfos.Add(Rule("STANDARD", "CET", "+0200", "+0100", new CalDateTime(1996, 10, 27, 3, 0, 0), "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
        zone.TimeZoneInfos.Add(Rule("DAYLIGHT", "CEST", "+0100", "+0200", new CalDateTime(1997, 3, 30, 2, 0, 0), "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
        return zone;
    }

    private static VTimeZoneInfo Rule(string kind, string name, string from, string to, CalDateTime start, string recurrence)
    {
        return new VTimeZoneInfo(kind)
        {
            TimeZoneName = name, OffsetFrom = new UtcOffset(from), OffsetTo = new UtcOffset(to), DtStart = start,
            RecurrenceRule = new RecurrenceRule(recurrence),
        };
    }

    private static CalDateTime Local(DateTimeOffset moment)
    {
        var prague = Czech.ToPrague(moment);
        return new CalDateTime(prague.Year, prague.Month, prague.Day, prague.Hour, prague.Minute, prague.Second, TimeZone);
    }
}
