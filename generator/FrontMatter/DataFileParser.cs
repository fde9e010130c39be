using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>The data files under content/data/: maps keyed by slug.</summary>
public static class DataFileParser
{
    public static ImmutableArray<Theme> ParseThemes(SourceFile file, DiagnosticBag diagnostics) =>
        ParseKeyed(file, diagnostics, "a theme", (key, f) =>
        {
            var name = f.String("name", required: true, maxLength: 100);
            var nameEn = f.String("name_en", maxLength: 100);
            var color = f.String("color", required: true, maxLength: 7);
            var description = f.String("description", maxLength: 500);
            if (color is not null && !ColorValue.IsHex(color))
                diagnostics.Error(f.LocationOf("color"), $"theme '{key}' has colour '{color}', which is not a #rrggbb colour", "Write it like \"#1b6e3c\" (with the quotes).");
            else if (color is not null && ColorValue.Contrast(color, "#ffffff") < 4.5)
                diagnostics.Error(f.LocationOf("color"), $"theme '{key}' has colour '{color}', too light for white text (contrast {ColorValue.Contrast(color, "#ffffff"):0.0}:1, at least 4.5:1 is needed)",
                    "Choose a darker shade; the theme's name is printed in white on this colour.");
            return name is null || color is null ? null : new Theme(key, name, nameEn ?? name, color, description ?? "");
        });

    public static ImmutableArray<Region> ParseRegions(SourceFile file, DiagnosticBag diagnostics) =>
        ParseKeyed(file, diagnostics, "a region", (key, f) =>
            f.String("name", required: true, maxLength: 100) is { } name ? new Region(key, name) : null);

    public static ImmutableArray<Member> ParseMembers(SourceFile file, DiagnosticBag diagnostics, int maxYear) =>
        ParseKeyed(file, diagnostics, "a member", (key, f) =>
        {
            var name = f.String("name", required: true, maxLength: 200);
            var type = f.Choice("type", [.. MemberType.All.Select(t => t.Key)], required: true);
            var region = f.Key("region", required: true);
            var web = f.AbsoluteUrl("web");
            var since = f.Int("since", 1990, maxYear);
            return name is null || type is null || region is null ? null : new Member
            {
                Key = key, Name = name, Type = MemberType.Find(type)!, Region = region.Value, Web = web, Since = since,
            };
        });

    /// <summary>Reads <c>key: { fields }</c> entries, checking each key is a valid slug and each entry's fields.</summary>
    internal static ImmutableArray<T> ParseKeyed<T>(SourceFile file, DiagnosticBag diagnostics, string what, Func<string, YamlFields, T?> read)
        where T : class
    {
        // An empty file is an empty list (a conference may have no speakers yet).
        if (YamlDocumentLoader.LoadMapping(file.Text, file.Path, 1, diagnostics, emptyIsEmptyMap: true) is not { } map) return [];
        var top = new YamlFields(map, file.Path, 1, diagnostics);
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
                diagnostics.Error(location, $"'{key}' must have fields, like '{key}: {{ name: … }}'", $"Describe {what} with its fields in braces or indented below it.");
                continue;
            }
            var fields = top.Nested(entry);
            var item = read(key, fields);
            fields.ReportUnknown($"{what} ('{key}')");
            if (item is not null) items.Add(item);
        }
        return items.ToImmutable();
    }
}
