using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>content/site.yml → <see cref="SiteConfig"/>.</summary>
public static class SiteConfigParser
{
    public static SiteConfig? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        if (YamlDocumentLoader.LoadMapping(file.Text, file.Path, 1, diagnostics) is not { } map) return null;
        var f = new YamlFields(map, file.Path, 1, diagnostics);

        var title = f.String("title", required: true, maxLength: 200);
        var baseUrl = f.AbsoluteUrl("base_url", required: true);
        var language = f.String("language", required: true, maxLength: 10);
        var description = f.String("description", required: true, maxLength: 300);
        var theme = f.String("theme", maxLength: 100);
        var perPage = f.Int("per_page", 1, 500);
        var allowHtml = f.Bool("allow_html");
        var menu = ReadMenu(f);
        f.ReportUnknown("site.yml");

        if (title is null || baseUrl is null || language is null || description is null) return null;
        return new SiteConfig
        {
            Title = title,
            BaseUrl = WithTrailingSlash(baseUrl),
            Language = language,
            Description = description,
            Menu = menu,
            Theme = theme ?? "default",
            PerPage = perPage ?? 20,
            AllowHtml = allowHtml,
        };
    }

    /// <summary>The optional 'menu': a list of { title, url }, for the main site and the microsites alike.</summary>
    internal static ImmutableArray<MenuItem> ReadMenu(YamlFields f) =>
        [.. f.MapList("menu").Select(item =>
        {
            var title = item.String("title", required: true, maxLength: 100);
            var url = item.String("url", required: true, maxLength: 2000);
            item.ReportUnknown("a menu item");
            return title is null || url is null ? null : new MenuItem(title, url, item.LocationOf("url"));
        }).OfType<MenuItem>()];

    public static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
}
