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
        [OutputFile.Text(SecurityHeaders.Path, SecurityHeaders.File(Framing(context.Jobs, context.Urls)
            // The other languages' pages are served by this site's host too (/en/…): their players' policies go here.
            .Concat(context.OtherLanguages.SelectMany(l => Framing(l.Jobs, l.Urls))))
            + (context.Plan.Editor == EditorMode.Off ? "" : EditorFiles.HeadersSection(context.Plan.Editor)))];

    /// <summary>Each page that frames a video player, by its link, with the origins it frames.</summary>
    private static IEnumerable<(string, IReadOnlyCollection<string>)> Framing(IEnumerable<Planning.RenderJob> jobs, Shared.SiteUrls urls) =>
        jobs.Where(j => j.Meta is { FrameSources.IsEmpty: false }).Select(j => (urls.Href(j.SitePath), (IReadOnlyCollection<string>)j.Meta!.FrameSources));
}
