using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Search;

namespace DobraPraxe.Generator.Producers;

/// <summary>search/: the sharded index the search page reads, with .gz siblings unless serve builds; made and written a few files at a time.</summary>
public sealed class SearchIndexOutput : IOutputProducer
{
    /// <summary>The English search page's query analysis: stock lunr (its English pipeline) and the generator's twin of EnglishAnalyzer.</summary>
    public static readonly IReadOnlyList<(string Path, string Source)> EnglishScriptFiles =
        [(Folder + "lunr.min.js", "vendor/lunr.min.js"), (Folder + "english-lunr.js", "search/english-lunr.js")];

    private static IEnumerable<OutputFile> EnglishScripts(OutputContext context)
    {
        foreach (var (path, source) in EnglishScriptFiles)
        {
            var file = Path.Combine(AppContext.BaseDirectory, source);
            if (File.Exists(file)) yield return new OutputFile(path, File.ReadAllBytes(file));
            else context.Diagnostics.Error(Diagnostics.SourceLocation.File("content/site.yml"), $"the English search needs {source} beside the generator, and it is missing",
                "Run `npm ci` in the generator's folder and build the generator again (it copies lunr from node_modules).");
        }
    }

    public const string Folder = "search/";

    public string Name => "search";

    /// <summary>
    /// Made before the pages: it reads the model and the bodies' text only, and its analysis is the build's largest
    /// transient (at 100,000 long entries about a gigabyte), which after the pages would stack on their link lists.
    /// </summary>
    public bool BeforePages => true;

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.Folder(Folder)];

    public IEnumerable<OutputFile> Files(OutputContext context)
    {
        var analyzer = SearchAnalyzer.For(context.Site.Words.Code);
        var files = SearchIndexBuilder.Build(context.Site, context.Bodies.ToDictionary(b => b.Key, b => b.Value.Text), context.SearchCache, analyzer);
        if (analyzer != SearchAnalyzer.Czech) files = files.Concat(EnglishScripts(context));
        return context.Precompress ? Precompressed.WithSiblings(files) : files;
    }
}
