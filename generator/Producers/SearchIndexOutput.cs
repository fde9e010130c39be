using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Search;

namespace DobraPraxe.Generator.Producers;

/// <summary>search/: the sharded index the search page reads, with .gz and .br siblings unless serve builds; made and written a few files at a time.</summary>
public sealed class SearchIndexOutput : IOutputProducer
{
    public const string Folder = "search/";

    public string Name => "search";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.Folder(Folder)];

    public IEnumerable<OutputFile> Files(OutputContext context)
    {
        var files = SearchIndexBuilder.Build(context.Site, context.Bodies.ToDictionary(b => b.Key, b => b.Value.Text), context.SearchCache);
        return context.Precompress ? Precompressed.WithSiblings(files) : files;
    }
}
