using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Producers;

/// <summary>sitemap.xml: every indexable page of the site (an index of sitemap-N.xml past 50,000 pages).</summary>
public sealed class SitemapOutput : IOutputProducer
{
    public string Name => "sitemap";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.File(SitemapBuilder.Path), OwnedPath.File(SitemapBuilder.PartPattern)];

    public IEnumerable<OutputFile> Files(OutputContext context) =>
        SitemapBuilder.Build(context.Jobs, context.Urls, context.OtherLanguages.Select(l => ((IEnumerable<Planning.RenderJob>)l.Jobs, l.Urls)))
            .Select(file => new OutputFile(file.Path, file.Content));
}
