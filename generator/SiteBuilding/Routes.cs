namespace DobraPraxe.Generator.SiteBuilding;

/// <summary>
/// The site paths of every kind of page (DESIGN.md, "URLs of the main site"). A site path has no
/// leading slash and ends in '/' for pages; <see cref="SiteUrls"/> turns it into a link.
/// </summary>
public static class Routes
{
    public const string Home = "";
    public const string Practices = "praxe/";
    public const string Themes = "temata/";
    public const string Regions = "kraje/";
    public const string Members = "clenove/";
    public const string Goals = "cile/";
    public const string Years = "roky/";
    public const string Tags = "stitky/";
    public const string Events = "akce/";
    public const string Awards = "ocenene/";
    public const string Search = "hledat/";
    public const string NotFound = "404.html";

    public static string Practice(string slug) => $"praxe/{slug}/";
    public static string Theme(string key) => $"temata/{key}/";
    public static string Region(string key) => $"kraje/{key}/";
    public static string Member(string key) => $"clenove/{key}/";
    public static string Goal(int sdg) => $"cile/{sdg}/";
    public static string Year(int year) => $"roky/{year}/";
    public static string Tag(string slug) => $"stitky/{slug}/";
    public static string Event(string slug) => $"akce/{slug}/";
    public static string Page(string slug) => $"{slug}/";

    /// <summary>Page <paramref name="number"/> of a paginated list: 1 is the list itself, then /strana/N/.</summary>
    public static string Paginated(string listPath, int number) => number == 1 ? listPath : $"{listPath}strana/{number}/";

    /// <summary>The file a site path is written to: folders get index.html.</summary>
    public static string FileOf(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
