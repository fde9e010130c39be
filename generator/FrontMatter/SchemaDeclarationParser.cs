using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>
/// Reads declarations of taxonomies and fields: the items of 'taxonomies:' and 'fields:' in site.yml, and the
/// generator's own taxonomies (Schema/defaults.yml), which are written in the same form.
/// </summary>
public static partial class SchemaDeclarationParser
{
    private const string DefaultsPath = "generator/Schema/defaults.yml";

    private static readonly (ImmutableArray<TaxonomySpec> Taxonomies, ImmutableArray<FieldSpec> Fields) Defaults = LoadDefaults();

    /// <summary>The generator's built-in taxonomies (Schema/defaults.yml).</summary>
    public static ImmutableArray<TaxonomySpec> BuiltInTaxonomies => Defaults.Taxonomies;

    /// <summary>The generator's built-in declared fields (Schema/defaults.yml), shown like a site's own.</summary>
    public static ImmutableArray<FieldSpec> BuiltInFields => Defaults.Fields;

    public static TaxonomySpec? Taxonomy(YamlFields f, bool builtIn)
    {
        var d = Declaration(ContentSchema.TaxonomyDeclaration);
        var key = f.Text(d["key"]);
        var title = f.Text(d["title"]);
        var field = f.Text(d["field"]);
        var data = f.Text(d["data"]);
        var facet = f.Bool(d["facet"]);
        var facetTitle = f.Text(d["facet_title"]);
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
        if (key is null || title is null || field is null) return null;
        return new TaxonomySpec
        {
            Key = key, Title = title, Field = field, Data = data, Facet = facet, FacetTitle = facetTitle, FacetKey = facetKey, Feeds = feeds && pages, Pages = pages,
            Location = f.LocationOf("key"), BuiltIn = builtIn,
        };
    }

    public static FieldSpec? Field(YamlFields f)
    {
        var d = Declaration(ContentSchema.FieldDeclaration);
        var key = f.Text(d["key"]);
        var title = f.Text(d["title"]);
        var type = f.Choice(d["type"]);
        var required = f.Bool(d["required"]);
        var facet = f.Bool(d["facet"]);
        var help = f.Text(d["help"]);
        f.ReportUnknown();
        if (key is not null && !FieldKeyPattern().IsMatch(key))
        {
            f.Error(f.LocationOf("key"), $"'{key}' is not a usable field name",
                "Use lower-case letters, digits and underscores, starting with a letter, e.g. 'budget'.");
            return null;
        }
        if (key is null || title is null || type is null) return null;
        var fieldType = ContentSchema.TypeOf(type);
        return new FieldSpec
        {
            Key = key, Title = title, Type = fieldType, Required = required, Facet = facet, Shown = true,
            Help = help ?? $"{title} ({ContentSchema.DeclarableTypes.First(t => t.Key == type).Label}).",
            MaxLength = fieldType == FieldType.TextList ? 100 : 1000,
        };
    }

    private static FieldSpec Declaration(ImmutableArray<FieldSpec> fields) => new() { Key = "declaration", Type = FieldType.Group, Fields = fields };

    private static (ImmutableArray<TaxonomySpec> Taxonomies, ImmutableArray<FieldSpec> Fields) LoadDefaults()
    {
        using var stream = typeof(SchemaDeclarationParser).Assembly.GetManifestResourceStream("DobraPraxe.Generator.Schema.defaults.yml")
            ?? throw new InvalidOperationException("the generator was built without Schema/defaults.yml");
        var diagnostics = new DiagnosticBag();
        var site = ContentSchema.Create(ContentSchema.MinYear, [], []).Site;
        var map = YamlDocumentLoader.LoadMapping(new StreamReader(stream).ReadToEnd(), DefaultsPath, 1, diagnostics);
        var f = map is null ? null : new YamlFields(map, DefaultsPath, 1, diagnostics, "the generator's defaults", [site["taxonomies"], site["fields"]]);
        var taxonomies = f?.GroupList(site["taxonomies"]).Select(t => Taxonomy(t, builtIn: true)).OfType<TaxonomySpec>().ToImmutableArray() ?? [];
        var fields = f?.GroupList(site["fields"]).Select(Field).OfType<FieldSpec>().ToImmutableArray() ?? [];
        f?.ReportUnknown();
        // The defaults are part of the generator: a mistake in them is a bug, not a content error.
        if (diagnostics.HasErrors) throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted().Select(d => d.Format())));
        return (taxonomies, fields);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,59}$")]
    private static partial Regex FieldKeyPattern();

    [GeneratedRegex("^data/[a-z0-9][a-z0-9-]*\\.yml$")]
    private static partial Regex DataPathPattern();
}
