using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Producers;

/// <summary>
/// One kind of file beside a site's pages (a feed, the sitemap, the search index …): the paths it owns, declared before
/// anything is built, and its files. A new output format is one such type and one line in <see cref="Outputs"/>.
/// </summary>
public interface IOutputProducer
{
    /// <summary>Its stage in --verbose: one word, unique among the site's stages (the benchmark reads "name  123 ms").</summary>
    string Name { get; }

    /// <summary>
    /// What it may write on the site the plan is for, known from the content as read: the collision checks ask this before
    /// the model exists. A file it writes must match one of these (Producers tests hold every file to it).
    /// </summary>
    IEnumerable<OwnedPath> Paths(OutputPlan plan);

    /// <summary>
    /// Whether it is made before the pages are rendered rather than after: for a producer that reads nothing of the pages
    /// and whose work holds much memory while it runs, so that it does not stack on the pages' link lists.
    /// </summary>
    bool BeforePages => false;

    /// <summary>Its files; each goes to the sink as it comes, so a lazy sequence holds only one in memory.</summary>
    IEnumerable<OutputFile> Files(OutputContext context);
}
