using DobraPraxe.Generator.Editing;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Producers;

/// <summary>robots.txt, pointing to the sitemap; the web editor's folder keeps out of search engines.</summary>
public sealed class RobotsOutput : IOutputProducer
{
    public string Name => "robots";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.File(SitemapBuilder.RobotsPath)];

    public IEnumerable<OutputFile> Files(OutputContext context) =>
        [OutputFile.Text(SitemapBuilder.RobotsPath, SitemapBuilder.Robots(context.Urls, context.Plan.Editor == EditorMode.Off ? [] : [EditorFiles.Folder]))];
}
