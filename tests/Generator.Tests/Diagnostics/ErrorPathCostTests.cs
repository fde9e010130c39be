using DobraPraxe.Benchmarks.Corpus;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Diagnostics;

/// <summary>
/// A site where every link between entries is broken (a bulk rename, an import) must be reported about as fast as it
/// is built (issue 18). Counted in edit distances, not seconds: comparing each broken link with every page would cost
/// about entries × links distances; a bounded did-you-mean costs a handful per link, whatever the size of the site.
/// </summary>
public class ErrorPathCostTests
{
    private const int Entries = 400;
    // Measured: under one per reported error (an answer is cached per target). Every link against every entry: about 400.
    private const int DistancesPerError = 5;

    [Theory]
    [InlineData(LinkStyle.BrokenUrls, "points to a page that does not exist")]
    [InlineData(LinkStyle.BrokenFiles, "does not exist (looked for")]
    public void every_broken_link_of_a_generated_site_is_reported_with_its_did_you_mean_at_a_bounded_cost(LinkStyle style, string message)
    {
        using var folder = new TempFolder();
        ContentWriter.Write(new CorpusBuilder(Entries, 42, style).Build(), folder.Path);

        using var meter = SuggestionMeter.Start();
        var result = Builds.Generate(folder.Path);

        var broken = result.Diagnostics.Where(d => d.IsError && d.Message.Contains(message, StringComparison.Ordinal)).ToList();
        Assert.True(broken.Count > Entries / 2, $"only {broken.Count} broken links reported");
        // One letter was left out of each slug: every one has its right page as the did-you-mean.
        Assert.All(broken, d => Assert.Contains("Did you mean", d.Hint));
        Assert.True(meter.Distances <= DistancesPerError * result.ErrorCount,
            $"{meter.Distances} edit distances for {result.ErrorCount} errors (more than {DistancesPerError} each)");
    }

    [Fact]
    public void broken_related_slugs_are_each_suggested_from_an_index_not_from_every_practice()
    {
        using var folder = new TempFolder();
        ContentWriter.Write(new CorpusBuilder(Entries, 42, LinkStyle.BrokenFiles).Build(), folder.Path);

        using var meter = SuggestionMeter.Start();
        var result = Builds.Generate(folder.Path);

        var related = result.Diagnostics.Where(d => d.Message.StartsWith("unknown related practice", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(related);
        Assert.All(related, d => Assert.Contains("; did you mean '", d.Message));
        Assert.True(meter.Distances <= DistancesPerError * result.ErrorCount, $"{meter.Distances} edit distances for {result.ErrorCount} errors");
    }

    [Fact]
    public void a_name_index_answers_ten_thousand_names_with_a_few_distances_per_question()
    {
        var rng = new Random(7);
        var names = Enumerable.Range(0, 10_000).Select(i => $"{Word(rng)}-{Word(rng)}-{i % 97}").Distinct().ToList();
        var index = new NameIndex(names);
        var typos = names.Take(1_000).Select(n => n.Remove(n.Length / 2, 1)).ToList();

        using var meter = SuggestionMeter.Start();
        var answers = typos.Select(index.Suggest).ToList();

        Assert.True(meter.Distances <= 5L * typos.Count, $"{meter.Distances} distances for {typos.Count} questions");
        Assert.All(answers, Assert.NotNull);
    }

    [Fact]
    public void a_name_index_suggests_what_did_you_mean_would()
    {
        var rng = new Random(11);
        var names = Enumerable.Range(0, 300).Select(_ => Word(rng)).Distinct().ToList();
        var index = new NameIndex(names);
        foreach (var wrong in Enumerable.Range(0, 300).Select(_ => Word(rng)))
            Assert.Equal(DidYouMean.Suggest(wrong, names), index.Suggest(wrong));
    }

    private static string Word(Random rng) => new([.. Enumerable.Range(0, rng.Next(3, 10)).Select(_ => "abcdeiklmnoprstuvz"[rng.Next(18)])]);
}
