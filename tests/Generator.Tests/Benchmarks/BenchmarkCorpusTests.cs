using DobraPraxe.Benchmarks.Corpus;
using DobraPraxe.Benchmarks.Hugo;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Benchmarks;

/// <summary>
/// The benchmark's generated corpus (tests/Benchmarks) must stay valid as the schema evolves: a benchmark that
/// times a failing build measures nothing. Also keeps the benchmark project compiled by `dotnet test`.
/// </summary>
public class BenchmarkCorpusTests
{
    [Fact]
    public void a_generated_corpus_builds_without_errors_or_warnings()
    {
        using var folder = new TempFolder();
        ContentWriter.Write(new CorpusBuilder(120, 42).Build(), folder.Path);

        var result = Builds.Generate(folder.Path);

        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Files, f => f.Path == "praxe/strana/6/index.html");
    }

    [Fact]
    public void the_same_size_and_seed_write_the_same_bytes_and_another_seed_does_not()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        using var other = new TempFolder();
        foreach (var (folder, seed) in new[] { (first, 7UL), (second, 7UL), (other, 8UL) })
        {
            var corpus = new CorpusBuilder(60, seed).Build();
            ContentWriter.Write(corpus, folder.Path);
            HugoSiteWriter.Write(corpus, folder.Path);
        }

        Assert.Equal(Snapshot(first.Path), Snapshot(second.Path));
        Assert.NotEqual(Snapshot(first.Path), Snapshot(other.Path));
    }

    [Fact]
    public void the_plain_hugo_site_builds_the_same_pages_without_related_entry_scoring_and_with_hugos_default_feeds()
    {
        using var folder = new TempFolder();
        var corpus = new CorpusBuilder(30, 3).Build();
        HugoSiteWriter.Write(corpus, folder.Path);
        HugoSiteWriter.Write(corpus, folder.Path, plain: true);

        string Read(string site, params string[] path) => File.ReadAllText(folder.Combine([site, .. path]));
        Assert.Contains("newScratch", Read("hugo", "layouts", "praxe", "single.html"));
        var plain = Read("hugo-plain", "layouts", "praxe", "single.html");
        Assert.DoesNotContain("newScratch", plain);
        Assert.Contains("range .Params.related", plain);
        Assert.Contains("disableKinds", Read("hugo", "config.toml"));
        Assert.DoesNotContain("disableKinds", Read("hugo-plain", "config.toml"));
        // Same content, same other layouts: only the scoring and the feeds differ.
        Assert.Equal(Snapshot(folder.Combine("hugo", "content")), Snapshot(folder.Combine("hugo-plain", "content")));
        Assert.Equal(Read("hugo", "layouts", "_default", "list.html"), Read("hugo-plain", "layouts", "_default", "list.html"));
    }

    [Fact]
    public void the_long_entry_profile_builds_cleanly_with_its_shape_and_is_fixed_by_its_seed()
    {
        using var folder = new TempFolder();
        using var again = new TempFolder();
        var corpus = new CorpusBuilder(100, 42, profile: CorpusProfile.Long).Build();
        ContentWriter.Write(corpus, folder.Path);
        HugoSiteWriter.Write(corpus, folder.Path);
        var twin = new CorpusBuilder(100, 42, profile: CorpusProfile.Long).Build();
        ContentWriter.Write(twin, again.Path);
        HugoSiteWriter.Write(twin, again.Path);

        var result = Builds.Generate(folder.Path);

        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Snapshot(folder.Path), Snapshot(again.Path));
        // The shape of issue 32's corpus: few members, many events, 78 tags, long entries with a table in one of five.
        Assert.Equal(100, corpus.Members.Count);
        Assert.Equal(500, corpus.Events.Count);
        Assert.InRange(corpus.Practices.SelectMany(p => p.Tags).Distinct().Count(), 50, 78);
        Assert.Equal(78, new CorpusBuilder(1000, 42, profile: CorpusProfile.Long).Build().Practices.SelectMany(p => p.Tags).Distinct().Count());
        var bodies = corpus.Practices.Select(p => System.Text.Encoding.UTF8.GetByteCount(p.Body)).ToList();
        Assert.InRange(bodies.Average(), 5_000, 7_000);
        Assert.Equal(20, corpus.Practices.Count(p => p.Body.Contains("| Položka |", StringComparison.Ordinal)));
        Assert.All(corpus.Practices, p => Assert.Contains("](", p.Body, StringComparison.Ordinal));
        // The default profile is not changed by the long one's existence: its corpus is the one the README's figures were taken on.
        Assert.Equal(Math.Max(30, 100 / 20), new CorpusBuilder(100, 42).Build().Members.Count);
    }

    [Fact]
    public void it_refuses_to_overwrite_a_content_folder_it_did_not_write()
    {
        using var folder = new TempFolder();
        folder.Write("content/site.yml", "title: Skutečný web\n");

        Assert.Throws<DobraPraxe.Benchmarks.BenchmarkException>(() => ContentWriter.Write(new CorpusBuilder(10, 1).Build(), folder.Path));
        Assert.Equal("title: Skutečný web\n", File.ReadAllText(folder.Combine("content", "site.yml")));
    }

    private static string Snapshot(string root) => string.Join("\n", Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(root, f)}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));
}
