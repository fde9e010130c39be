using DobraPraxe.Generator.Editing;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Producers;

/// <summary>_headers for static hosts that read it: the site's policy, a page's own where it frames a video player, and the web editor's own for its folder.</summary>
public sealed class HeadersOutput : IOutputProducer
{
    public string Name => "headers";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.File(SecurityHeaders.Path)];

    public IEnumerable<OutputFile> Files(OutputContext context) =>
        [OutputFile.Text(SecurityHeaders.Path, SecurityHeaders.File(context.Jobs.Where(j => j.Meta is { FrameSources.IsEmpty: false })
            .Select(j => (context.Urls.Href(j.SitePath), (IReadOnlyCollection<string>)j.Meta!.FrameSources)))
            + (context.Plan.Editor == EditorMode.Off ? "" : EditorFiles.HeadersSection(context.Plan.Editor)))];
}
