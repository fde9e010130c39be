namespace DobraPraxe.Generator.Site;

/// <summary>Where the main site's calendars are published.</summary>
public static class IcsPaths
{
    public const string AllEvents = "akce/kalendar.ics";

    public static string Event(string slug) => $"akce/{slug}/udalost.ics";
}
