using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Producers;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>
/// One site the build publishes — the main catalogue or a conference microsite — planned and ready to render:
/// its own address, pages, menu and what the producers of the files beside its pages read. Every one goes through the
/// same steps (render, the files beside the pages, link check); see <see cref="SiteGenerator"/>.
/// </summary>
/// <param name="Name">"main", or the conference's slug: names the step in timings.</param>
/// <param name="Folder">Where in the output it goes: "" for the main site, "&lt;slug&gt;/" for a microsite.</param>
public sealed record OutputSite(string Name, string Folder, IReadOnlyList<MenuItem> Menu, OutputContext Context)
{
    public SiteUrls Urls => Context.Urls;
    public IReadOnlyList<RenderJob> Jobs => Context.Jobs;
    /// <summary>What makes the files beside its pages, in order (<see cref="Outputs"/>).</summary>
    public IReadOnlyList<IOutputProducer> Producers => Outputs.Of(Context.Plan);
}
