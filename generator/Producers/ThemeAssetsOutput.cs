using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Producers;

/// <summary>The theme's assets/ folder (CSS, scripts, favicon), copied as it is.</summary>
public sealed class ThemeAssetsOutput : IOutputProducer
{
    public const string Folder = "assets/";

    public string Name => "assets";

    // The whole folder: the theme decides what is in it, and the generated stylesheets join it (ThemeStylesheetOutput).
    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.Folder(Folder)];

    public IEnumerable<OutputFile> Files(OutputContext context)
    {
        var assets = Path.Combine(context.Theme.Folder, "assets");
        return Directory.Exists(assets)
            ? Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
                .Select(f => OutputFile.Copy(Folder + Path.GetRelativePath(assets, f).Replace('\\', '/'), f))
            : [];
    }
}
