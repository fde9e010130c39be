using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Producers;

/// <summary>The Atom feeds: the site's newest practices, each kind's with 'feed: true', each term's of a taxonomy with 'feeds: true'.</summary>
public sealed class AtomFeedsOutput : IOutputProducer
{
    public string Name => "feeds";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) =>
        [OwnedPath.File(AtomFeedBuilder.Path),
            .. plan.Content.Schema.ItemKinds.Where(k => k.Feed).Select(k => OwnedPath.File(k.FeedPath)),
            .. plan.Content.Schema.Taxonomies.Where(t => t.Feeds).Select(t => OwnedPath.File(t.TermFeed("*")))];

    public IEnumerable<OutputFile> Files(OutputContext context)
    {
        var site = context.Site;
        return new[] { OutputFile.Text(AtomFeedBuilder.Path, AtomFeedBuilder.Build(site, context.TextReuse)) }
            .Concat(site.ItemKinds.Where(k => k.Feed).Select(k => OutputFile.Text(k.FeedPath, AtomFeedBuilder.Build(site, k, site.ItemsOf(k)))))
            .Concat(site.Taxonomies.Where(t => t.Spec.Feeds).SelectMany(t => t.Terms.Select(term => (Taxonomy: t, Term: term)))
                .AsParallel().AsOrdered().Select(f => OutputFile.Text(f.Taxonomy.Spec.TermFeed(f.Term.Key), AtomFeedBuilder.Build(site, f.Taxonomy, f.Term, context.TextReuse))));
    }
}
