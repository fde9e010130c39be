namespace DobraPraxe.Generator.Site;

/// <summary>
/// The site paths of every kind of page (docs/product.md, "URLs of the main site"). A site path has no
/// leading slash and ends in '/' for pages; <see cref="SiteUrls"/> turns it into a link.
/// </summary>
public static class Routes
{
    public const string Home = "";
    // The built-in kinds' URLs come from their declaration (Schema/defaults.yml), like the taxonomies' below.
    public static readonly string Practices = Kind(Schema.ContentSchema.PracticeKind).ListPath;
    public static readonly string Events = Kind(Schema.ContentSchema.EventKind).ListPath;
    public const string Awards = "ocenene/";
    public const string Search = "hledat/";
    public const string NotFound = "404.html";
    /// <summary>
    /// The accessibility statement's page and its machine-readable twin in each language a site is written in, named as that
    /// language names it (law 99/2019 Sb. § 8 in Czech, the EU model's "accessibility statement" in English). A language
    /// without its own name here takes the Czech one.
    /// </summary>
    private static readonly Dictionary<string, (string Page, string Json)> Statements = new(StringComparer.Ordinal)
    {
        ["cs"] = ("prohlaseni-o-pristupnosti/", "prohlaseni.json"),
        ["en"] = ("accessibility-statement/", "statement.json"),
    };

    /// <summary>The accessibility statement of a site written in <paramref name="language"/>, on every site that has one.</summary>
    public static string Accessibility(string language) => StatementOf(language).Page;

    /// <summary>The statement's machine-readable twin, beside its page.</summary>
    public static string AccessibilityJson(string language) => StatementOf(language) is var (page, json) ? page + json : "";

    /// <summary>Whether the generator names the statement in <paramref name="language"/> (else it takes the Czech name).</summary>
    public static bool NamesStatementIn(string language) => Statements.ContainsKey(language);

    private static (string Page, string Json) StatementOf(string language) => Statements.TryGetValue(language, out var own) ? own : Statements["cs"];

    /// <summary>
    /// The same page on the site of another language: its path there. Every page has the same path in every language but
    /// those each language names itself (the statement and its twin).
    /// </summary>
    public static string Counterpart(string path, string from, string to) =>
        path == Accessibility(from) ? Accessibility(to) : path == AccessibilityJson(from) ? AccessibilityJson(to) : path;
    /// <summary>The open data files (CSV, JSON, JSON Schema, the DCAT-AP-CZ catalogue).</summary>
    public const string OpenData = "data/";
    /// <summary>The main site's Atom feed of practices.</summary>
    public const string Feed = "feed.xml";

    public static string Practice(string slug) => Kind(Schema.ContentSchema.PracticeKind).ItemPath(slug);
    // The built-in taxonomies' URLs come from their declaration (Schema/defaults.yml), looked up by field.
    public static string Theme(string key) => BuiltIn("themes").TermUrl(key);
    public static string Region(string key) => BuiltIn("member.region").TermUrl(key);
    public static string Member(string key) => BuiltIn("member").TermUrl(key);
    public static string Goal(int sdg) => BuiltIn("sdgs").TermUrl(sdg.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static string Year(int year) => BuiltIn("year").TermUrl(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static string Tag(string slug) => BuiltIn("tags").TermUrl(slug);
    public static string Event(string slug) => Kind(Schema.ContentSchema.EventKind).ItemPath(slug);
    public static string Page(string slug) => Kind(Schema.ContentSchema.PageKind).ItemPath(slug);

    /// <summary>
    /// Path segments the main site's own pages take (an item kind's route is reserved with the content's kinds); a free page, a conference or a site taxonomy may not use them, nor the
    /// segments of the files beside the pages (media/, assets/, search/ …), which their producers declare.
    /// </summary>
    public static readonly IReadOnlyList<string> OwnSegments =
        [.. FrontMatter.SchemaDeclarationParser.BuiltInKinds.Where(k => Schema.ContentSchema.IsTyped(k.Key) && k.Route.Length > 0).Select(k => k.Route), Search.TrimEnd('/'), Awards.TrimEnd('/')];

    private static Schema.KindSpec Kind(string key) => FrontMatter.SchemaDeclarationParser.BuiltInKinds.First(k => k.Key == key);

    private static readonly Dictionary<string, Schema.TaxonomySpec> ByField =
        FrontMatter.SchemaDeclarationParser.BuiltInTaxonomies.ToDictionary(t => t.Field);

    private static Schema.TaxonomySpec BuiltIn(string field) => ByField[field];

    /// <summary>Page <paramref name="number"/> of a paginated list: 1 is the list itself, then /strana/N/.</summary>
    public static string Paginated(string listPath, int number) => number == 1 ? listPath : $"{listPath}strana/{number}/";

    /// <summary>The file a site path is written to: folders get index.html.</summary>
    public static string FileOf(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
