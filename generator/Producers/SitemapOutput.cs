using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Producers;

/// <summary>sitemap.xml: every indexable page of the site.</summary>
public sealed class SitemapOutput : IOutputProducer
{
    public string Name => "sitemap";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.File(SitemapBuilder.Path)];

    public IEnumerable<OutputFile> Files(OutputContext context) => [new OutputFile(SitemapBuilder.Path, SitemapBuilder.Build(context.Jobs, context.Urls, context.OtherLanguages.Select(l => ((IEnumerable<Planning.RenderJob>)l.Jobs, l.Urls))))];
}
