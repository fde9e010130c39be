using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.SiteBuilding;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>
/// One site the build publishes — the main catalogue or a conference microsite — planned and ready to render:
/// its own address, pages, menu and the files beside its pages. Every one goes through the same steps
/// (render, sitemap, robots, headers, theme assets, link check); see <see cref="SiteGenerator"/>.
/// </summary>
/// <param name="Name">"main", or the conference's slug: names the step in timings.</param>
/// <param name="Folder">Where in the output it goes: "" for the main site, "&lt;slug&gt;/" for a microsite.</param>
/// <param name="OwnFiles">What only this site has (feeds, calendars, stylesheets, search), made after its pages.</param>
public sealed record OutputSite(string Name, string Folder, SiteUrls Urls, IReadOnlyList<MenuItem> Menu, IReadOnlyList<RenderJob> Jobs,
    Func<IEnumerable<OutputFile>> OwnFiles);
