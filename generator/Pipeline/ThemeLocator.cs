namespace DobraPraxe.Generator.Pipeline;

/// <summary>Finds a theme: the site's own themes/&lt;name&gt;/ first, then the one shipped with the generator.</summary>
public static class ThemeLocator
{
    public static (string Folder, string DisplayPath)? Find(string sourceDirectory, string name)
    {
        var own = Path.Combine(sourceDirectory, "themes", name);
        if (Directory.Exists(own)) return (own, $"themes/{name}");
        var bundled = Path.Combine(AppContext.BaseDirectory, "themes", name);
        return Directory.Exists(bundled) ? (bundled, $"themes/{name}") : null;
    }
}
