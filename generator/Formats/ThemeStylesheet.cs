using System.Text;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.Formats;

/// <summary>
/// assets/css/themes.css: one class per theme carrying its colour from themes.yml, so templates
/// colour chips and tiles without inline styles (which a strict Content-Security-Policy forbids).
/// </summary>
public static class ThemeStylesheet
{
    public const string Path = "assets/css/themes.css";

    public const string AccentPath = "assets/css/accent.css";

    /// <summary>A microsite's accent as the theme's brand colours: the accent, a darker shade and a pale tint.</summary>
    public static string Accent(string color)
    {
        var (r, g, b) = (Convert.ToInt32(color[1..3], 16), Convert.ToInt32(color[3..5], 16), Convert.ToInt32(color[5..7], 16));
        string Mix(double keep, int toward) =>
            $"#{(int)Math.Round(r * keep + toward * (1 - keep)):x2}{(int)Math.Round(g * keep + toward * (1 - keep)):x2}{(int)Math.Round(b * keep + toward * (1 - keep)):x2}";
        return $"/* Generated from the conference's accent in site.yml. */\n:root {{ --brand: {color}; --brand-dark: {Mix(0.72, 0)}; --brand-light: {Mix(0.1, 255)}; }}\n";
    }

    public static string Build(IEnumerable<Theme> themes)
    {
        var css = new StringBuilder("/* Generated from content/data/themes.yml. */\n");
        foreach (var theme in themes)
            css.Append(".theme-").Append(theme.Key).Append(" { --chip: ").Append(theme.Color.ToLowerInvariant()).Append("; }\n");
        return css.ToString();
    }
}
