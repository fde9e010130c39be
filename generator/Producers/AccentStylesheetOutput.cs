using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Producers;

/// <summary>A microsite's assets/css/accent.css: its accent colour as the theme's brand colours.</summary>
public sealed class AccentStylesheetOutput : IOutputProducer
{
    public string Name => "accent";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.File(ThemeStylesheet.AccentPath)];

    public IEnumerable<OutputFile> Files(OutputContext context) =>
        [OutputFile.Text(ThemeStylesheet.AccentPath, ThemeStylesheet.Accent(context.Plan.Conference!.Accent))];
}
