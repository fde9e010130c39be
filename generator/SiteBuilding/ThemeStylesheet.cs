using System.Text;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.SiteBuilding;

/// <summary>
/// assets/css/themes.css: one class per theme carrying its colour from themes.yml, so templates
/// colour chips and tiles without inline styles (which a strict Content-Security-Policy forbids).
/// </summary>
public static class ThemeStylesheet
{
    public const string Path = "assets/css/themes.css";

    public static string Build(IEnumerable<Theme> themes)
    {
        var css = new StringBuilder("/* Generated from content/data/themes.yml. */\n");
        foreach (var theme in themes)
            css.Append(".theme-").Append(theme.Key).Append(" { --chip: ").Append(theme.Color.ToLowerInvariant()).Append("; }\n");
        return css.ToString();
    }
}
