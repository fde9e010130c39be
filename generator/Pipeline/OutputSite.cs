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
/// <param name="Name">"main", a language's code ("en"), a conference's slug, or a microsite's language ("&lt;slug&gt;/en"): names the step in timings.</param>
/// <param name="Folder">Where in the output it goes: "" for the main site, "en/" for its English, "&lt;slug&gt;/" for a microsite, "&lt;slug&gt;/en/" for its English.</param>
public sealed record OutputSite(string Name, string Folder, IReadOnlyList<MenuItem> Menu, OutputContext Context)
{
    /// <summary>
    /// The folder of the site this one is a folder of, for a language's site ("" for the main site's English in en/, "&lt;slug&gt;/"
    /// for a microsite's); null for a site of its own. Its links are checked from that site's root, against its files too.
    /// </summary>
    public string? Within { get; init; }

    public SiteUrls Urls => Context.Urls;
    public IReadOnlyList<RenderJob> Jobs => Context.Jobs;
    /// <summary>What makes the files beside its pages, in order (<see cref="Outputs"/>).</summary>
    public IReadOnlyList<IOutputProducer> Producers => Outputs.Of(Context.Plan);
}
