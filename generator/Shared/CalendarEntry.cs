namespace DobraPraxe.Generator.Shared;

/// <summary>One VEVENT to write: times are absolute; they are written in Europe/Prague with a VTIMEZONE.</summary>
public sealed record CalendarEntry(
    string Uid, string Title, DateTimeOffset Start, DateTimeOffset End, string? Location, string? Description, string? Url,
    DateTimeOffset Stamp);
