using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>content/site.yml → <see cref="SiteConfig"/>, with the taxonomies and fields the site declares.</summary>
public static class SiteConfigParser
{
    private static readonly EntrySchema Schema = ContentSchema.Create(ContentSchema.MinYear, [], []).Site;

    public static SiteConfig? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        if (YamlDocumentLoader.LoadMapping(file.Text, file.Path, 1, diagnostics) is not { } map) return null;
        var f = new YamlFields(map, file.Path, 1, diagnostics, Schema);

        var title = f.Text(Schema["title"]);
        var baseUrl = f.Url(Schema["base_url"]);
        var description = f.Text(Schema["description"]);
        var theme = f.Text(Schema["theme"]);
        var perPage = f.Number(Schema["per_page"]);
        var allowHtml = f.Bool(Schema["allow_html"]);
        var (maxFileMb, keepMetadata) = f.Group(Schema["media"]) is { } media ? ReadMedia(media, Schema["media"]) : (null, false);
        var menu = ReadMenu(f, Schema["menu"]);
        var languages = LanguagesParser.Read(f, Schema, required: true, title, description, menu);
        var english = languages.Languages.Skip(1).Any(l => l.Code == ContentSchema.English);
        var taxonomies = f.GroupList(Schema["taxonomies"]).Select(t => SchemaDeclarationParser.Taxonomy(t, builtIn: false, english)).OfType<TaxonomySpec>().ToImmutableArray();
        var fields = f.GroupList(Schema["fields"]).Select(d => SchemaDeclarationParser.Field(d, english)).OfType<FieldSpec>().ToImmutableArray();
        // A kind's entries may carry the fields of taxonomies that read a field of their own, as a practice writes them.
        var taxonomyFields = SchemaDeclarationParser.BuiltInTaxonomies.Concat(taxonomies).Where(t => !t.Field.Contains('.')).DistinctBy(t => t.Key).ToDictionary(t => t.Key, t => t.Field);
        var kinds = f.GroupList(Schema["kinds"]).Select(k => SchemaDeclarationParser.Kind(k, builtIn: false, taxonomyFields, english)).OfType<KindSpec>().ToImmutableArray();
        foreach (var twice in kinds.GroupBy(k => k.Key).Where(g => g.Count() > 1).Select(g => g.Last()))
            diagnostics.Error(twice.Location, $"kind '{twice.Key}' is declared twice", "Remove one of the two declarations.");
        foreach (var twice in kinds.GroupBy(k => k.Folder).Where(g => g.Count() > 1).Select(g => g.Last()))
            diagnostics.Error(twice.Location, $"kind '{twice.Key}' reads content/{twice.Folder}/, which another kind reads too", "Give each kind a folder of its own with 'folder:'.");
        SchemaDeclarationParser.CheckReferencedKinds([.. fields, .. kinds.SelectMany(k => k.Fields)], [.. SchemaDeclarationParser.BuiltInKinds, .. kinds], diagnostics);
        var accessibility = AccessibilityParser.Parse(f, Schema[AccessibilitySchema.Key], diagnostics);
        if (accessibility is not null)
            AccessibilityParser.ReportMissing(accessibility, Schema[AccessibilitySchema.Key], accessibility.Location, diagnostics, requiredParts: false);
        var openData = OpenDataParser.Parse(f, Schema[OpenDataSchema.Key]);
        var editor = ReadEditor(f, Schema["editor"]);
        var redirects = AddressParser.Redirects(f, Schema["redirects"]);
        f.ReportUnknown();

        if (title is null || baseUrl is null || languages.Default is not { } language || description is null) return null;
        return new SiteConfig
        {
            Title = title,
            BaseUrl = WithTrailingSlash(baseUrl),
            Language = language,
            Languages = languages.Languages,
            Description = description,
            Menu = menu,
            Theme = theme ?? "default",
            PerPage = perPage ?? 20,
            AllowHtml = allowHtml,
            MediaMaxFileMegabytes = maxFileMb ?? ContentSchema.MediaMaxFileMegabytes,
            KeepImageMetadata = keepMetadata,
            Taxonomies = taxonomies,
            Fields = fields,
            Kinds = kinds,
            Accessibility = accessibility,
            OpenData = openData,
            Editor = editor,
            Redirects = redirects,
        };
    }

    private static EditorSettings? ReadEditor(YamlFields f, FieldSpec editor)
    {
        if (f.Group(editor) is not { } g) return null;
        var repo = g.Text(editor["repo"]);
        var branch = g.Text(editor["branch"]);
        g.ReportUnknown();
        if (repo is null) return null;
        // owner/name as GitHub spells them: letters, digits, '-', '_' and '.'.
        if (repo.Split('/') is not [var owner, var name] || owner.Length == 0 || name.Length == 0
            || !repo.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/'))
        {
            g.Error(g.LocationOf("repo"), $"'editor: repo: {repo}' is not a GitHub repository", "Write it as owner/name, e.g. 'repo: nszm/dobrapraxe'.");
            return null;
        }
        return new EditorSettings(repo, branch ?? "main");
    }

    private static (int? MaxFileMb, bool KeepMetadata) ReadMedia(YamlFields f, FieldSpec media)
    {
        var max = f.Number(media["max_file_mb"]);
        var keep = f.Bool(media["keep_metadata"]);
        f.ReportUnknown();
        return (max, keep);
    }

    /// <summary>The optional 'menu': a list of { title, url }, for the main site and the microsites alike.</summary>
    internal static ImmutableArray<MenuItem> ReadMenu(YamlFields f, FieldSpec menu) =>
        [.. f.GroupList(menu).Select(item =>
        {
            var title = item.Text(menu["title"]);
            var url = item.Text(menu["url"]);
            item.ReportUnknown();
            return title is null || url is null ? null : new MenuItem(title, url, item.LocationOf("url"));
        }).OfType<MenuItem>()];

    public static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
}
