using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Output;

/// <summary>The build streams its files into the staging folder as it makes them; the swap is still all or nothing.</summary>
public class StagingSinkTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void files_are_on_disk_in_the_staging_folder_before_the_commit_and_only_their_paths_are_kept()
    {
        var output = _folder.Combine("site-output");
        using (var sink = new StagingSink(output))
        {
            sink.Add(OutputFile.Text("praxe/a/index.html", "a"));
            var staged = Assert.Single(Directory.GetDirectories(_folder.Path));
            Assert.Equal("a", File.ReadAllText(Path.Combine(staged, "praxe", "a", "index.html")));
            Assert.False(Directory.Exists(output));
            Assert.Null(Assert.Single(sink.Files).Content);
            sink.Commit();
        }
        Assert.Equal("a", File.ReadAllText(Path.Combine(output, "praxe", "a", "index.html")));
        Assert.Single(Directory.GetDirectories(_folder.Path));
    }

    [Fact]
    public void files_written_at_once_from_many_threads_into_new_folders_all_land()
    {
        // Many threads meet at each new folder: the one that makes it and those that write into it (a CI run lost this race once).
        for (var round = 0; round < 20; round++)
        {
            var output = _folder.Combine($"site-{round}");
            var files = Enumerable.Range(0, 400).Select(i => OutputFile.Text($"f{i % 8}/g{i % 3}/{i}.html", "x")).ToList();
            SiteWriter.Write(output, files);
            Assert.Equal(400, Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Length);
        }
    }

    [Fact]
    public void a_sink_disposed_without_a_commit_deletes_what_it_staged_and_leaves_the_previous_site()
    {
        var output = _folder.Combine("site-output");
        SiteWriter.Write(output, [OutputFile.Text("index.html", "previous")]);
        using (var sink = new StagingSink(output))
            sink.Add(OutputFile.Text("index.html", "new"));

        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Single(Directory.GetDirectories(_folder.Path));
    }

    [Fact]
    public void a_build_with_a_broken_link_found_after_every_page_was_staged_leaves_the_previous_site_untouched()
    {
        // The link checker runs after every page is rendered, so by then the pages are already in the staging folder.
        using var site = new TempFolder();
        site.CopyFrom(TestPaths.Fixture("basic"));
        var output = _folder.Combine("out");
        Assert.Equal(0, Run(site.Path, output));
        var before = Snapshot(output);
        File.AppendAllText(site.Combine("content", "practices", "znojmo-cyklostezky.md"), "\nOdkaz na [neexistující stránku](../neexistujici-stranka/).\n");

        Assert.Equal(1, Run(site.Path, output));

        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["out"], Directory.GetDirectories(_folder.Path).Select(Path.GetFileName));
    }

    private static int Run(string source, string output) =>
        CliApp.Run(["build", "--source", source, "--output", output, "--now", "2026-11-24T12:00:00+01:00"], TextWriter.Null, TextWriter.Null);

    private static string Snapshot(string root) => string.Join("\n", Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(f => $"{Path.GetRelativePath(root, f)}:{File.GetLastWriteTimeUtc(f).Ticks}:{new FileInfo(f).Length}"));

    public void Dispose() => _folder.Dispose();
}
