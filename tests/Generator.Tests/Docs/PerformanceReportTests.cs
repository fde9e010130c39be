using DobraPraxe.Benchmarks.Reporting;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Docs;

/// <summary>
/// docs/performance.md and its plots are what the benchmark's 'report' makes of the committed results: no figure is typed
/// by hand, and a page left behind by a change of the report (or of the results) fails here. UPDATE_GOLDEN=1 rewrites them.
/// </summary>
public class PerformanceReportTests
{
    private static readonly string Docs = Path.Combine(TestPaths.RepositoryRoot, "docs");
    private static readonly string Folder = Path.Combine(Docs, PerformanceReport.Folder);

    [Fact]
    public void the_performance_page_and_its_plots_are_the_reports_of_the_committed_results()
    {
        var run = RunResults.Read(Path.Combine(Folder, PerformanceReport.ResultsFile));
        var searchFile = Path.Combine(Folder, PerformanceReport.SearchFile);
        var files = PerformanceReport.Render(run, File.Exists(searchFile) ? SearchResults.Read(searchFile) : null);
        var update = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
        var stale = new List<string>();
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(Docs, path);
            if (File.Exists(file) && File.ReadAllText(file).Replace("\r\n", "\n") == text) continue;
            if (update) File.WriteAllText(file, text);
            else stale.Add($"docs/{path}");
        }
        var plots = files.Select(f => Path.GetFullPath(Path.Combine(Docs, f.Path))).ToHashSet();
        stale.AddRange(Directory.EnumerateFiles(Folder, "*.svg").Where(f => !plots.Contains(Path.GetFullPath(f))).Select(f => $"docs/{PerformanceReport.Folder}/{Path.GetFileName(f)} (no longer made)"));
        Assert.True(stale.Count == 0, "differ from what `dotnet run --project tests/Benchmarks -- report` makes of docs/performance/results.json: " +
            string.Join(", ", stale) + ". Run the report (or the tests with UPDATE_GOLDEN=1) and review the diff.");
    }

    [Fact]
    public void the_committed_results_name_their_commit_and_machine()
    {
        var run = RunResults.Read(Path.Combine(Folder, PerformanceReport.ResultsFile));
        Assert.Matches("^[0-9a-f]{40}$", run.Commit);
        Assert.True(run.Machine.Cores > 0 && run.Machine.Cpu.Length > 0 && run.Machine.Os.Length > 0);
        Assert.NotEmpty(run.Sizes);
    }
}
