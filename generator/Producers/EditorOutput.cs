using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Editing;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Producers;

/// <summary>/admin/ when the site asks for it (or serve does): pages, config from the schema, the CMS from npm.</summary>
public sealed class EditorOutput : IOutputProducer
{
    public string Name => "editor";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => plan.Editor == EditorMode.Off ? [] : [OwnedPath.Folder(EditorFiles.Folder)];

    public IEnumerable<OutputFile> Files(OutputContext context)
    {
        var mode = context.Plan.Editor;
        if (mode == EditorMode.Off) return [];
        var script = EditorFiles.CmsScript(mode);
        var vendor = Path.Combine(AppContext.BaseDirectory, "vendor");
        IEnumerable<(string, string)> cms = mode == EditorMode.Local
            ? Directory.Exists(Path.Combine(vendor, "decap"))
                ? Directory.EnumerateFiles(Path.Combine(vendor, "decap")).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), f))
                : []
            : VendorScript(vendor, script, context.Diagnostics) is { } path ? [(script, path)] : [];
        return EditorFiles.Files(context.Plan.Content, mode, cms);
    }

    /// <summary>A third-party script the build copied from npm next to the generator (see Generator.csproj).</summary>
    private static string? VendorScript(string vendor, string name, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(vendor, name);
        if (File.Exists(path)) return path;
        diagnostics.Error(SourceLocation.File("package.json"), $"{name} is missing from the generator's vendor folder",
            "Run `npm ci` in the repository root, then build again (the first build runs it by itself when npm is installed).");
        return null;
    }
}
