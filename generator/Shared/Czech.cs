using System.Globalization;

namespace DobraPraxe.Generator.Shared;

/// <summary>Czech formatting: dates as readers write them ('17. února 2021') and Czech sort order.</summary>
public static class Czech
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("cs-CZ");

    // Europe/Prague: event times are shown in Czech local time whatever offset the file uses.
    public static readonly TimeZoneInfo Prague = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    /// <summary>'17. února 2021' (the month in the genitive, as Czech writes dates).</summary>
    public static string Date(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(ToPrague(moment).DateTime));

    /// <summary>'středa 24. března 2021, 9:00–15:30' in Prague time; events over several days name both ends.</summary>
    public static string EventRange(DateTimeOffset start, DateTimeOffset end)
    {
        var (from, to) = (ToPrague(start), ToPrague(end));
        if (from.Date == to.Date)
            return $"{from.ToString("dddd d. MMMM yyyy", Culture)}, {from.ToString("H:mm", Culture)}–{to.ToString("H:mm", Culture)}";
        return $"{from.ToString("dddd d. MMMM yyyy, H:mm", Culture)} – {to.ToString("dddd d. MMMM yyyy, H:mm", Culture)}";
    }

    public static DateTimeOffset ToPrague(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Prague);

    /// <summary>Czech plural: 1 praxe, 2–4 praxe, 5 praxí — chosen by the caller's three forms.</summary>
    public static string Plural(int count, string one, string few, string many) =>
        count == 1 ? one : count is >= 2 and <= 4 ? few : many;
}
