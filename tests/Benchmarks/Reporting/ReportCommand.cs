using DobraPraxe.Benchmarks.Running;

namespace DobraPraxe.Benchmarks.Reporting;

/// <summary>
/// The 'report' command: docs/performance.md and its plots from a run's results file. The results (and the search
/// benchmark's file) are copied into docs/performance/ beside the plots, so the page can always be made again from
/// what is committed, and a test can tell when it was not.
/// </summary>
public static class ReportCommand
{
    public const string Usage = """
          report   write docs/performance.md and its SVG plots from a run's results (and the search benchmark's)
                     --results FILE  'run' writes <work>/results.json (default: docs/performance/results.json)
                     --search FILE   SEARCH_BENCH_RESULTS of the search benchmark (default: docs/performance/search.json if any)
                     --docs DIR      (default: the repository's docs/)
        """;

    public static int Run(IReadOnlyList<string> args, Action<string> log)
    {
        string? results = null, search = null, docs = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--results" when value is not null: results = value; break;
                case "--search" when value is not null: search = value; break;
                case "--docs" when value is not null: docs = value; break;
                default:
                    Console.Error.WriteLine($"error: report takes --results FILE, --search FILE and --docs DIR, not '{string.Join(' ', args.Skip(i))}'\n\n{Usage}");
                    return 2;
            }
        }
        docs ??= Path.Combine(Workbench.RepositoryRoot(), "docs");
        var folder = Path.Combine(docs, PerformanceReport.Folder);
        Directory.CreateDirectory(folder);
        var run = RunResults.Read(results ?? Path.Combine(folder, PerformanceReport.ResultsFile));
        var searchFile = search ?? Path.Combine(folder, PerformanceReport.SearchFile);
        var searchResults = search is not null || File.Exists(searchFile) ? SearchResults.Read(searchFile) : null;

        // The inputs go beside the page, written as read, so the committed page is always made from committed files.
        File.WriteAllText(Path.Combine(folder, PerformanceReport.ResultsFile), run.ToJson());
        if (searchResults is not null) File.WriteAllText(Path.Combine(folder, PerformanceReport.SearchFile), System.Text.Json.JsonSerializer.Serialize(searchResults, RunResults.Json) + "\n");

        var files = PerformanceReport.Render(run, searchResults);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.svg").Where(f => !files.Any(x => Path.GetFullPath(Path.Combine(docs, x.Path)) == Path.GetFullPath(f))))
            File.Delete(stale);
        foreach (var (path, text) in files)
        {
            File.WriteAllText(Path.Combine(docs, path), text);
            log($"Wrote {Path.Combine(docs, path)}");
        }
        return 0;
    }
}
