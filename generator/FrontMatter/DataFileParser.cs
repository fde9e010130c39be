using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using YamlDotNet.RepresentationModel;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>The data files under content/data/: maps keyed by slug, each entry read by its declaration.</summary>
public static class DataFileParser
{
    public static ImmutableArray<Theme> ParseThemes(SourceFile file, EntrySchema s, DiagnosticBag diagnostics, bool english = false) =>
        ParseKeyed(file, diagnostics, s, english, (key, f) =>
        {
            var name = f.Text(s["name"]);
            var nameEn = f.Text(s["name_en"]);
            var color = f.Text(s["color"]);
            var description = f.Text(s["description"]);
            var descriptionEn = f.Text(s[ContentSchema.EnglishOf("description")]);
            if (color is not null && !ColorValue.IsHex(color))
                diagnostics.Error(f.LocationOf("color"), $"theme '{key}' has colour '{color}', which is not a #rrggbb colour", $"Write it like {s["color"].Sample()} (with the quotes).");
            else if (color is not null && ColorValue.Contrast(color, "#ffffff") < 4.5)
                diagnostics.Error(f.LocationOf("color"), $"theme '{key}' has colour '{color}', too light for white text (contrast {ColorValue.Contrast(color, "#ffffff"):0.0}:1, at least 4.5:1 is needed)",
                    "Choose a darker shade; the theme's name is printed in white on this colour.");
            return name is null || color is null ? null : new Theme(key, name, nameEn ?? name, color, description ?? "") { DescriptionEn = descriptionEn };
        });

    public static ImmutableArray<Region> ParseRegions(SourceFile file, EntrySchema s, DiagnosticBag diagnostics, bool english = false)
    {
        var untiled = new List<(string Key, SourceLocation Location)>();
        var regions = ParseKeyed(file, diagnostics, s, english, (key, f) =>
        {
            var name = f.Text(s["name"]);
            var nameEn = f.Text(s[ContentSchema.EnglishOf("name")]);
            var code = f.Text(s["code"]);
            var tile = f.NumberList(s["tile"]);
            if (tile.Length == 1)
                diagnostics.Error(f.LocationOf("tile"), $"'tile' of region '{key}' needs two numbers, a column and a row", $"Write it like 'tile: {s["tile"].Sample()}'.");
            if (!f.Has(s["tile"])) untiled.Add((key, f.Location));
            return name is null ? null : new Region(key, name, code, tile.Length == 2 ? (tile[0], tile[1]) : null) { NameEn = nameEn };
        });
        WarnOfMissingTiles(untiled, regions.Length, s["tile"], diagnostics);
        return regions;
    }

    /// <summary>The region map is drawn from the tiles alone: without any it is not drawn, without one a region is missing from it — say so.</summary>
    private static void WarnOfMissingTiles(List<(string Key, SourceLocation Location)> untiled, int regions, FieldSpec tile, DiagnosticBag diagnostics)
    {
        var hint = $"Give each region its place on the map, [column, row], e.g. 'tile: {tile.Sample()}'; the home page and the regions' list draw the map from them.";
        if (untiled.Count == 0) return;
        if (untiled.Count == regions)
            diagnostics.Warning(untiled[0].Location, "no region has a 'tile', so no page shows the region map", hint);
        else
            foreach (var (key, location) in untiled)
                diagnostics.Warning(location, $"region '{key}' has no 'tile', so the region map leaves it out", hint);
    }

    public static ImmutableArray<Member> ParseMembers(SourceFile file, EntrySchema s, DiagnosticBag diagnostics) =>
        ParseKeyed(file, diagnostics, s, english: false, (key, f) =>
        {
            var name = f.Text(s["name"]);
            var type = f.Choice(s["type"]);
            var region = f.Key(s["region"]);
            var web = f.Url(s["web"]);
            var since = f.Number(s["since"]);
            return name is null || type is null || region is null ? null : new Member
            {
                Key = key, Name = name, Type = MemberType.Find(type)!, Region = region.Value, Web = web, Since = since,
            };
        });

    /// <summary>The terms of a site's own taxonomy.</summary>
    public static ImmutableArray<DataTerm> ParseTerms(SourceFile file, EntrySchema s, DiagnosticBag diagnostics, bool english = false) =>
        ParseKeyed(file, diagnostics, s, english, (key, f) =>
        {
            var name = f.Text(s["name"]);
            var description = f.Text(s["description"]);
            var nameEn = f.Text(s[ContentSchema.EnglishOf("name")]);
            var descriptionEn = f.Text(s[ContentSchema.EnglishOf("description")]);
            return name is null ? null : new DataTerm(key, name, description ?? "") { NameEn = nameEn, DescriptionEn = descriptionEn };
        });

    /// <summary>
    /// Reads <c>key: { fields }</c> entries, checking each key is a valid slug and each entry's fields. With
    /// <paramref name="english"/> (the site is published in English too) an entry that has a field with a declared English
    /// twin ('name' → 'name_en') must have the twin: an error at the entry's key.
    /// </summary>
    internal static ImmutableArray<T> ParseKeyed<T>(SourceFile file, DiagnosticBag diagnostics, EntrySchema schema, bool english, Func<string, YamlFields, T?> read)
        where T : class
    {
        // An empty file is an empty list (a conference may have no speakers yet).
        if (YamlDocumentLoader.LoadMapping(file.Text, file.Path, 1, diagnostics, emptyIsEmptyMap: true) is not { } map) return [];
        var top = new YamlFields(map, file.Path, 1, diagnostics, schema.Name, []);
        var items = ImmutableArray.CreateBuilder<T>();
        foreach (var (key, location, value) in top.Entries())
        {
            if (!Slug.IsValid(key))
            {
                diagnostics.Error(location, $"'{key}' is not a valid key", $"Use lower-case letters without diacritics, digits and hyphens, e.g. '{Slug.From(key)}'.");
                continue;
            }
            if (value is not YamlMappingNode entry)
            {
                var first = schema.Fields.FirstOrDefault(f => f.Required) ?? schema.Fields[0];
                diagnostics.Error(location, $"'{key}' must have fields, like '{key}: {{ {first.Key}: {first.Sample()} }}'", $"Describe {schema.Name} with its fields in braces or indented below it.");
                continue;
            }
            var fields = top.Nested(entry, $"{schema.Name} ('{key}')", schema.Fields);
            var item = read(key, fields);
            if (english) RequireEnglish(key, location, entry, schema, diagnostics);
            fields.ReportUnknown();
            if (item is not null) items.Add(item);
        }
        return items.ToImmutable();
    }

    private static void RequireEnglish(string key, SourceLocation location, YamlMappingNode entry, EntrySchema schema, DiagnosticBag diagnostics)
    {
        static bool Written(YamlMappingNode map, string field) =>
            map.Children.TryGetValue(new YamlScalarNode(field), out var value) && value is YamlScalarNode { Value.Length: > 0 };
        foreach (var field in schema.Fields.Where(f => schema.Has(ContentSchema.EnglishOf(f.Key)) && Written(entry, f.Key) && !Written(entry, ContentSchema.EnglishOf(f.Key))))
        {
            var twin = ContentSchema.EnglishOf(field.Key);
            diagnostics.Error(location, $"{schema.Name} '{key}' has no '{twin}', and the site is published in English too",
                $"Add '{twin}: …' beside '{field.Key}:', in English (the English pages show it), or remove '{ContentSchema.English}' from 'languages:' in site.yml.");
        }
    }
}
