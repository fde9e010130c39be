using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>
/// Reads declarations of taxonomies, fields and kinds: the items of 'taxonomies:', 'fields:' and 'kinds:' in site.yml,
/// and the generator's own (Schema/defaults.yml), which are written in the same form.
/// </summary>
public static partial class SchemaDeclarationParser
{
    private const string DefaultsPath = "generator/Schema/defaults.yml";

    private static readonly (ImmutableArray<TaxonomySpec> Taxonomies, ImmutableArray<FieldSpec> Fields, ImmutableArray<KindSpec> Kinds) Defaults = LoadDefaults();

    /// <summary>The generator's built-in kinds (Schema/defaults.yml): practices, events, free pages, videos.</summary>
    public static ImmutableArray<KindSpec> BuiltInKinds => Defaults.Kinds;

    /// <summary>
    /// One item of 'kinds:'. <paramref name="taxonomyFields"/> are the fields of the taxonomies an entry may carry
    /// (the practice fields of taxonomies without a path, 'themes', 'member', a site taxonomy's own field).
    /// </summary>
    /// <param name="english">The site is published in English too: its own kinds' titles need their English twins.</param>
    public static KindSpec? Kind(YamlFields f, bool builtIn, IReadOnlyDictionary<string, string> taxonomyFields, bool english = false)
    {
        var d = Declaration(ContentSchema.KindDeclaration);
        var key = f.Text(d["key"]);
        var folder = f.Text(d["folder"]) ?? key;
        var route = (f.Has(d["route"]) ? f.Text(d["route"]) : key) ?? "";
        var title = f.Text(d["title"]);
        var itemTitle = f.Text(d["item_title"]);
        var titleEn = f.Text(d["title_en"]);
        var itemTitleEn = f.Text(d["item_title_en"]);
        var fields = f.GroupList(d["fields"]).Select(x => Field(x, english)).OfType<FieldSpec>().ToImmutableArray();
        var taxonomies = f.TextList(d["taxonomies"]);
        var sort = f.Choice(d["sort"]) ?? "date";
        var feed = f.Bool(d["feed"]);
        var search = f.Bool(d["search"]);
        var openData = f.Bool(d["open_data"]);
        var layout = f.Text(d["layout"]) ?? "entry";
        f.ReportUnknown();
        if (key is null) return null;
        var ok = true;
        void Refuse(string field, string message, string hint)
        {
            f.Error(f.LocationOf(field), message, hint);
            ok = false;
        }
        if (!Slug.IsValid(key)) Refuse("key", $"kind key '{key}' is not a valid name", $"Use lower-case letters without diacritics, digits and hyphens, e.g. '{Slug.From(key)}'.");
        else if (!builtIn && BuiltInKinds.Any(k => k.Key == key)) Refuse("key", $"'{key}' is a kind the generator has already", "Give the site's kind a name of its own, e.g. 'publikace'.");
        if (folder is not null && !Slug.IsValid(folder))
            Refuse("folder", $"'{folder}' is not a folder name", $"Use lower-case letters without diacritics, digits and hyphens, e.g. '{Slug.From(folder)}'.");
        else if (!builtIn && folder is not null && (Loading.ContentScanner.OwnFolders.Contains(folder) || BuiltInKinds.Any(k => k.Folder == folder)))
            Refuse(f.Has(d["folder"]) ? "folder" : "key", $"content/{folder}/ is the folder of {(Loading.ContentScanner.OwnFolders.Contains(folder) ? "the generator's own files" : $"the '{BuiltInKinds.First(k => k.Folder == folder).Key}' kind")}",
                "Give the kind a folder of its own with 'folder:'.");
        if (!(route.Length == 0 && builtIn) && !Slug.IsValid(route))
            Refuse(f.Has(d["route"]) ? "route" : "key", $"'{route}' is not a valid URL segment", $"Use lower-case letters without diacritics, digits and hyphens, e.g. '{(Slug.From(route) is { Length: > 0 } r ? r : "publikace")}'.");
        if (!builtIn && title is null)
            Refuse("key", $"kind '{key}' has no 'title:'", "Add the list's title, e.g. 'title: Publikace'; readers see it as the page heading.");
        if (english && !builtIn)
        {
            RequireEnglish(f, "title", title, titleEn, $"kind '{key}'", "Publications");
            RequireEnglish(f, "item_title", itemTitle, itemTitleEn, $"kind '{key}'", "Publication");
        }
        if (!LayoutNamePattern().IsMatch(layout)) Refuse("layout", $"'{layout}' is not the name of a layout", "Name a file of the theme's layouts/ without '.html', e.g. 'entry'.");
        foreach (var taxonomy in taxonomies.Where(t => !taxonomyFields.Values.Contains(t)))
            f.Error(f.LocationOf("taxonomies"), taxonomyFields.TryGetValue(taxonomy, out var field)
                    ? $"'{taxonomy}' is the key of a taxonomy; did you mean its field '{field}'?"
                    : $"'{taxonomy}' is not the field of a taxonomy{DidYouMean.Phrase(taxonomy, taxonomyFields.Values)}",
                $"Name fields of taxonomies as practices write them: {string.Join(", ", taxonomyFields.Values)}.");
        ok &= taxonomies.All(taxonomyFields.Values.Contains);
        foreach (var field in fields.Where(x => ContentSchema.EntryCommonKeys.Contains(x.Key) || taxonomies.Contains(x.Key)))
            Refuse("fields", $"'{field.Key}' is already a field of every entry of '{key}'", "Remove it from 'fields:', or give the field another key.");
        if (!ok || folder is null) return null;
        return new KindSpec
        {
            Key = key, Folder = folder, Route = route, Title = title, ItemTitle = itemTitle, TitleEn = titleEn, ItemTitleEn = itemTitleEn, Fields = fields, Taxonomies = taxonomies,
            Sort = sort, Feed = feed, Search = search, OpenData = openData, Layout = layout, BuiltIn = builtIn, Location = f.LocationOf("key"),
        };
    }

    /// <summary>The generator's built-in taxonomies (Schema/defaults.yml).</summary>
    public static ImmutableArray<TaxonomySpec> BuiltInTaxonomies => Defaults.Taxonomies;

    /// <summary>The generator's built-in declared fields (Schema/defaults.yml), shown like a site's own.</summary>
    public static ImmutableArray<FieldSpec> BuiltInFields => Defaults.Fields;

    /// <param name="english">The site is published in English too: its own taxonomies' titles need their English twins.</param>
    public static TaxonomySpec? Taxonomy(YamlFields f, bool builtIn, bool english = false)
    {
        var d = Declaration(ContentSchema.TaxonomyDeclaration);
        var key = f.Text(d["key"]);
        var title = f.Text(d["title"]);
        var titleEn = f.Text(d["title_en"]);
        var field = f.Text(d["field"]);
        var data = f.Text(d["data"]);
        var facet = f.Bool(d["facet"]);
        var facetTitle = f.Text(d["facet_title"]);
        var facetTitleEn = f.Text(d["facet_title_en"]);
        var facetKey = f.Text(d["facet_key"]);
        var feeds = f.Bool(d["feeds"]);
        var pages = !f.Has(d["pages"]) || f.Bool(d["pages"]);  // absent means true
        f.ReportUnknown();
        if (key is not null && !Slug.IsValid(key))
        {
            f.Error(f.LocationOf("key"), $"taxonomy key '{key}' is not a valid URL segment",
                $"Use lower-case letters without diacritics, digits and hyphens, e.g. '{Slug.From(key)}'.");
            return null;
        }
        if (field is not null && !builtIn && !FieldKeyPattern().IsMatch(field))
        {
            f.Error(f.LocationOf("field"), $"'{field}' is not a usable field name",
                "Use lower-case letters, digits and underscores, starting with a letter, e.g. 'target_groups'.");
            return null;
        }
        if (data is not null && !DataPathPattern().IsMatch(data))
        {
            f.Error(f.LocationOf("data"), $"'{data}' is not a data file path",
                "Name a YAML file in content/data/, written from content/, e.g. 'data/cilove-skupiny.yml'.");
            return null;
        }
        // The generator's own taxonomies carry their English titles in defaults.yml (a test holds them all there).
        if (english && !builtIn)
        {
            RequireEnglish(f, "title", title, titleEn, $"taxonomy '{key}'", "Target groups");
            RequireEnglish(f, "facet_title", facetTitle, facetTitleEn, $"taxonomy '{key}'", "Target group");
        }
        if (key is null || title is null || field is null) return null;
        return new TaxonomySpec
        {
            Key = key, Title = title, TitleEn = titleEn, FacetTitleEn = facetTitleEn, Field = field, Data = data, Facet = facet, FacetTitle = facetTitle, FacetKey = facetKey, Feeds = feeds && pages, Pages = pages,
            Location = f.LocationOf("key"), BuiltIn = builtIn,
        };
    }

    /// <param name="english">The site is published in English too: the field's title needs its English twin.</param>
    public static FieldSpec? Field(YamlFields f, bool english)
    {
        var d = Declaration(ContentSchema.FieldDeclaration);
        var key = f.Text(d["key"]);
        var title = f.Text(d["title"]);
        var titleEn = f.Text(d["title_en"]);
        var translatable = f.Bool(d["translatable"]);
        var type = f.Choice(d["type"]);
        var required = f.Bool(d["required"]);
        var facet = f.Bool(d["facet"]);
        var help = f.Text(d["help"]);
        var references = f.Text(d["references"]);
        f.ReportUnknown();
        if (key is not null && !FieldKeyPattern().IsMatch(key))
        {
            f.Error(f.LocationOf("key"), $"'{key}' is not a usable field name",
                "Use lower-case letters, digits and underscores, starting with a letter, e.g. 'budget'.");
            return null;
        }
        if (english) RequireEnglish(f, "title", title, titleEn, $"field '{key}'", "Budget");
        if (references is not null && type is not ("list" or "text"))
        {
            f.Error(f.LocationOf("references"), $"a field of type '{type}' cannot name entries of another kind",
                "Give it 'type: list' (several entries) or 'type: text' (one), or remove 'references:'.");
            return null;
        }
        if (key is null || title is null || type is null) return null;
        var (fieldType, upload, maxLength) = ContentSchema.TypeOf(type);
        var text = fieldType is FieldType.Text or FieldType.TextList or FieldType.LongText;
        if (translatable && (!text || references is not null))
            f.Error(f.LocationOf("translatable"), $"field '{key}' of type '{type}' cannot be translated",
                "Only texts are translated ('type: text', 'longtext' or 'list'); a translation takes every other value from its original.");
        if (references is not null) fieldType = fieldType == FieldType.TextList ? FieldType.KeyList : FieldType.Key;
        return new FieldSpec
        {
            Key = key, Title = title, TitleEn = titleEn, Type = fieldType, Required = required, Facet = facet, Shown = true, Upload = upload,
            Translatable = translatable && text && references is null,
            Help = help ?? $"{title} ({ContentSchema.DeclarableTypes.First(t => t.Key == type).Label}).",
            MaxLength = maxLength, ReferencedKind = references, DeclaredAt = f.LocationOf("key"),
        };
    }

    /// <summary>A declaration's <paramref name="key"/> written without its English twin, on a site published in English: an error at it.</summary>
    private static void RequireEnglish(YamlFields f, string key, string? value, string? english, string what, string example)
    {
        if (value is null || english is not null) return;
        var twin = ContentSchema.EnglishOf(key);
        f.Error(f.LocationOf(key), $"{what} has no '{twin}', and the site is published in English too",
            $"Add '{twin}: {example}' beside '{key}:' (the English pages show it), or remove '{ContentSchema.English}' from 'languages:'.");
    }

    /// <summary>
    /// Each declared field that names entries of another kind names a kind there is (<paramref name="kinds"/>: the
    /// generator's and the site's), reported at the field with a did-you-mean.
    /// </summary>
    public static void CheckReferencedKinds(IEnumerable<FieldSpec> fields, IReadOnlyCollection<KindSpec> kinds, DiagnosticBag diagnostics)
    {
        var keys = kinds.Select(k => k.Key).ToList();
        foreach (var field in fields.Where(f => f.ReferencedKind is { } r && !keys.Contains(r)))
            diagnostics.Error(field.DeclaredAt ?? SourceLocation.File("content/site.yml"),
                $"field '{field.Key}' names entries of kind '{field.ReferencedKind}', which is not declared{DidYouMean.Phrase(field.ReferencedKind!, keys)}",
                $"Write the key of a kind: {string.Join(", ", keys)}.");
    }

    private static FieldSpec Declaration(ImmutableArray<FieldSpec> fields) => new() { Key = "declaration", Type = FieldType.Group, Fields = fields };

    private static (ImmutableArray<TaxonomySpec> Taxonomies, ImmutableArray<FieldSpec> Fields, ImmutableArray<KindSpec> Kinds) LoadDefaults()
    {
        using var stream = typeof(SchemaDeclarationParser).Assembly.GetManifestResourceStream("DobraPraxe.Generator.Schema.defaults.yml")
            ?? throw new InvalidOperationException("the generator was built without Schema/defaults.yml");
        var diagnostics = new DiagnosticBag();
        var site = ContentSchema.Create(ContentSchema.MinYear, [], []).Site;
        var map = YamlDocumentLoader.LoadMapping(new StreamReader(stream).ReadToEnd(), DefaultsPath, 1, diagnostics);
        var f = map is null ? null : new YamlFields(map, DefaultsPath, 1, diagnostics, "the generator's defaults", [site["taxonomies"], site["fields"], site["kinds"]]);
        var taxonomies = f?.GroupList(site["taxonomies"]).Select(t => Taxonomy(t, builtIn: true)).OfType<TaxonomySpec>().ToImmutableArray() ?? [];
        var fields = f?.GroupList(site["fields"]).Select(x => Field(x, english: false)).OfType<FieldSpec>().ToImmutableArray() ?? [];
        // A built-in kind's entries carry taxonomies' fields as a practice writes them, as a site's kind's do.
        var taxonomyFields = taxonomies.Where(t => !t.Field.Contains('.')).ToDictionary(t => t.Key, t => t.Field);
        var kinds = f?.GroupList(site["kinds"]).Select(k => Kind(k, builtIn: true, taxonomyFields)).OfType<KindSpec>().ToImmutableArray() ?? [];
        f?.ReportUnknown();
        CheckReferencedKinds([.. fields, .. kinds.SelectMany(k => k.Fields)], kinds, diagnostics);
        // The defaults are part of the generator: a mistake in them is a bug, not a content error.
        if (diagnostics.HasErrors) throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted().Select(d => d.Format())));
        return (taxonomies, fields, kinds);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,59}$")]
    private static partial Regex LayoutNamePattern();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,59}$")]
    private static partial Regex FieldKeyPattern();

    [GeneratedRegex("^data/[a-z0-9][a-z0-9-]*\\.yml$")]
    private static partial Regex DataPathPattern();
}
