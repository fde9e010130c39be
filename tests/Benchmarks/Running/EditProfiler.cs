using System.Collections.Frozen;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Pipeline;

namespace DobraPraxe.Benchmarks.Running;

/// <summary>
/// The 'edit' command: serve's rebuild after one saved entry, in this process as serve runs it. A full in-memory build
/// that keeps what an update needs (as serve's first build), then for each kind of edit (title, summary, body, a theme,
/// a tag, an award) of one practice: the incremental rebuild (SiteGenerator.Update) and, on the same edited files, the
/// full in-memory rebuild it replaces (both as serve builds: no .gz or .br beside the search files), each timed in wall and CPU time (user+sys of the process: every thread is
/// ours). Edits follow each other on the same state, as under serve; the file is restored at the end. The incremental
/// rebuild is timed as serve runs it: without collections (QuietRebuild), up to the files as it serves them. The full
/// rebuild's garbage is collected before the next edit, as serve would not have made it and collects its own rebuild's
/// while idle (QuietRebuild.CollectWhenIdle). Then serve's error path (<see cref="ErrorPathProfiler"/>): from a save that
/// breaks the entry to the error on the overlay.
/// </summary>
public sealed class EditProfiler(string source, int rounds, Action<string> log)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(1));

    private static readonly (string Name, Func<string, int, string> Change)[] Edits =
    [
        ("title", (t, n) => Regex.Replace(t, "(?m)^title: \"?(.*?)\"?$", $"title: \"$1 – úprava {n}\"")),
        ("summary", (t, n) => Regex.Replace(t, "(?m)^summary: \"?(.*?)\"?$", $"summary: \"$1 Doplněno {n}.\"")),
        ("body", (t, n) => t + $"\nOdstavec doplněný při úpravě číslo {n}.\n"),
        ("theme", (t, n) => Regex.Replace(t, "(?m)^themes: \\[([^,\\]]+).*$", n % 2 == 0 ? "themes: [$1, zdravi]" : "themes: [$1, globalni-odpovednost]")),
        ("tag", (t, n) => Regex.IsMatch(t, "(?m)^tags:") ? Regex.Replace(t, "(?m)^tags: \\[", $"tags: [úprava {n % 3}, ") : t.Replace("\n---\n", $"\ntags: [úprava {n % 3}]\n---\n")),
        ("award", (t, n) => Regex.Replace(t, "(?m)^awards:.*\\n", "").Replace("\n---\n", $"\nawards: [{{ name: Cena za úpravu, year: {2020 + n % 5}, place: 1 }}]\n---\n")),
    ];

    public string Run()
    {
        var options = new BuildOptions
        {
            SourceDirectory = source, OutputDirectory = Path.Combine(source, "site-output"), Now = Now, IncludeDrafts = true,
            PreviewRoot = new Uri("http://127.0.0.1:8080/"), KeepForUpdates = true, Editor = Generator.Editing.EditorMode.Local, Precompress = false,
        };
        var practices = Directory.GetFiles(Path.Combine(source, "content", "practices"), "*.md").Order(StringComparer.Ordinal).ToArray();
        // An entry from the middle of the catalogue: an ordinary one, on ordinary list pages.
        var file = practices[practices.Length / 2];
        var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
        var original = File.ReadAllText(file);
        var load = new List<string> { LoadAverage() };
        var (last, firstWall, firstCpu) = Timed(() => new SiteGenerator(options).Generate(new MemorySink()));
        if (!last.Succeeded) throw new BenchmarkException("the corpus does not build: " + string.Join("\n", last.Diagnostics.Take(5).Select(d => d.Format())));
        GC.Collect();
        // What serve holds between saves: the served files and the state an update needs.
        var held = GC.GetTotalMemory(forceFullCollection: true);
        log($"first build (keeps state): {firstWall:0} ms wall, {firstCpu:0} ms CPU, {last.Pages.Count} pages; {held / 1024 / 1024} MiB held (files and state)");
        var rows = new List<(string Edit, int Rendered, double Wall, double Cpu, double FullWall, double FullCpu, string Stages)>();
        try
        {
            for (var round = 0; round < rounds; round++)
                foreach (var (name, change) in Edits)
                {
                    File.WriteAllText(file, change(File.ReadAllText(file), round));
                    var stages = new List<StageTiming>();
                    var files = last.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
                    // As serve's PreviewServer rebuilds: without collections (QuietRebuild), then the files as it serves them.
                    var (update, wall, cpu) = Timed(() => Generator.Serve.QuietRebuild.Run(() =>
                    {
                        var result = new SiteGenerator(options with { StageDone = s => { lock (stages) stages.Add(s); } }).Update(last.State!, files, relative);
                        _ = result?.Files.ToFrozenDictionary(f => f.Path, StringComparer.Ordinal);
                        return result;
                    }));
                    if (update is null) throw new BenchmarkException($"the incremental rebuild refused the '{name}' edit");
                    var (full, fullWall, fullCpu) = Timed(() => new SiteGenerator(options).Generate(new MemorySink()));
                    if (!full.Succeeded) throw new BenchmarkException($"the '{name}' edit does not build");
                    if (!full.Files.Select(f => f.Path).SequenceEqual(update.Files.Select(f => f.Path))
                        || full.Files.Zip(update.Files).Any(p => p.First.Content is { } a && !a.AsSpan().SequenceEqual(p.Second.Content)))
                        throw new BenchmarkException($"after the '{name}' edit the incremental rebuild differs from the full one");
                    rows.Add((name, update.Rendered ?? 0, wall, cpu, fullWall, fullCpu, string.Join(", ", stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0}"))));
                    log($"round {round + 1} {name}: {update.Rendered} of {update.Pages.Count} pages rendered, {wall:0} ms wall / {cpu:0} ms CPU; full {fullWall:0} / {fullCpu:0} ms; {rows[^1].Stages}");
                    last = update;
                    // The full rebuild's garbage is this benchmark's, not serve's (serve builds in full only when it must):
                    // collected before the next edit, so that edit's incremental rebuild does not pay for it.
                    full = null!;
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }
        }
        finally
        {
            File.WriteAllText(file, original);
        }
        load.Add(LoadAverage());

        var table = new StringBuilder();
        table.AppendLine($"Incremental rebuild after one edit of `{relative}` ({last.Pages.Count} pages), {rounds} round(s), median (min–max):");
        table.AppendLine();
        table.AppendLine("| edit | pages rendered | incremental wall | incremental CPU | full rebuild wall | full rebuild CPU |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in rows.GroupBy(r => r.Edit))
            table.AppendLine($"| {group.Key} | {Stats.Of(group.Select(r => (double)r.Rendered)).Median:0} | {Ms(group.Select(r => r.Wall))} | {Ms(group.Select(r => r.Cpu))} | {Ms(group.Select(r => r.FullWall))} | {Ms(group.Select(r => r.FullCpu))} |");
        table.AppendLine();
        table.AppendLine($"Load average (1/5/15 min) before → after: {load[0]} → {load[1]}; {Environment.ProcessorCount} cores. " +
            $"Managed heap held after the first build (served files and state): {held / 1024 / 1024} MiB.");

        // serve's error path, on a preview server of its own: what this part held is let go first.
        last = null!;
        GC.Collect();
        table.AppendLine();
        table.Append(new ErrorPathProfiler(source, relative, rounds, log).Run());
        return table.ToString();
    }

    private static string Ms(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 1 ? $"{list[0]:0} ms" : $"{Stats.Of(list).Median:0} ms ({list.Min():0}–{list.Max():0})";
    }

    private static (T Result, double Wall, double Cpu) Timed<T>(Func<T> run)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = run();
        var wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (result, wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
