using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Producers;

/// <summary>assets/css/themes.css: each theme's colour as a class.</summary>
public sealed class ThemeStylesheetOutput : IOutputProducer
{
    public string Name => "stylesheet";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.File(ThemeStylesheet.Path)];

    public IEnumerable<OutputFile> Files(OutputContext context) => [OutputFile.Text(ThemeStylesheet.Path, ThemeStylesheet.Build(context.Plan.Content.Themes))];
}
