using System.Globalization;

namespace DobraPraxe.Generator.Shared;

/// <summary>
/// Czech sort order and the site's time zone, Prague. Words, dates and numbers as readers see them are the site
/// language's (Localization.Words), not these.
/// </summary>
public static class Czech
{
    /// <summary>For Czech sort order (StringComparer.Create(Czech.Culture, false)): 'Č' after 'C', 'ch' after 'h'.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("cs-CZ");

    // Europe/Prague: event times are shown in Czech local time whatever offset the file uses.
    public static readonly TimeZoneInfo Prague = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    public static DateTimeOffset ToPrague(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Prague);
}
