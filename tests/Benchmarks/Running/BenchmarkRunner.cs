using System.Runtime.InteropServices;
using System.Text;
using DobraPraxe.Benchmarks.Corpus;

namespace DobraPraxe.Benchmarks.Running;

/// <summary>The measurements of one corpus size.</summary>
public sealed record SizeResult(
    CorpusProfile Profile,
    int Entries,
    IReadOnlyList<ChildResult> Ours,
    IReadOnlyList<ChildResult> Hugo,
    IReadOnlyList<ChildResult> Plain,
    int OurPages,
    int OurHtmlFiles,
    int HugoHtmlFiles,
    int PlainHtmlFiles,
    (long Raw, long Gzip)? OurSearchIndex,
    (long Raw, long Gzip)? HugoSearchJson,
    string LoadBefore,
    string LoadAfter)
{
    /// <summary>Whether the Hugo sites were built at this size (above --peers-up-to, ours runs alone).</summary>
    public bool WithPeers => Hugo.Count > 0;
    public Stats OursWall => Stats.Of(Ours.Select(r => r.Wall.TotalSeconds));
    public Stats HugoWall => Stats.Of(Hugo.Select(r => r.Wall.TotalSeconds));
    public Stats OursRss => Stats.Of(Ours.Select(r => (double)r.PeakRssKb));
    public Stats HugoRss => Stats.Of(Hugo.Select(r => (double)r.PeakRssKb));
    public Stats OursCpu => Stats.Of(Ours.Select(r => r.CpuSeconds));
    public Stats HugoCpu => Stats.Of(Hugo.Select(r => r.CpuSeconds));
    public Stats PlainWall => Stats.Of(Plain.Select(r => r.Wall.TotalSeconds));
    public Stats PlainRss => Stats.Of(Plain.Select(r => (double)r.PeakRssKb));
    public Stats PlainCpu => Stats.Of(Plain.Select(r => r.CpuSeconds));
}

/// <summary>
/// The 'run' command: for each profile and N, a corpus on tmpfs, one warm-up and <c>runs</c> measured builds of ours and of both
/// Hugo sites (the one that mirrors ours, related-entry scoring included, and the plain one: no scoring, default
/// feeds), interleaved (the order rotates each round) so all three share the machine's noise; output deleted before every run.
/// Above <paramref name="peersUpTo"/> entries ours runs alone: Hugo takes hours at 100,000 on 2 cores, and the targets
/// there (peak memory, time(100,000)/time(10,000)) are ours alone.
/// </summary>
public sealed class BenchmarkRunner(Workbench bench, IReadOnlyList<CorpusProfile> profiles, IReadOnlyList<int> sizes, int runs, ulong seed, Action<string> log,
    int peersUpTo = int.MaxValue)
{
    public string Run()
    {
        Workbench.RequireTools();
        bench.PublishGenerator();
        var results = new List<SizeResult>();
        foreach (var profile in profiles)
        foreach (var entries in sizes)
        {
            var peers = entries <= peersUpTo;
            var corpus = bench.PrepareCorpus(profile, entries, seed, withHugo: peers);
            var (oursOut, hugoOut, plainOut) = (bench.OursOutput(profile, entries), bench.HugoOutput(profile, entries), bench.HugoOutput(profile, entries, plain: true));
            var loadBefore = Workbench.LoadAverage();
            log($"{profile.Name} N={entries}: warm-up … (load average {loadBefore}){(peers ? "" : ", ours alone")}");
            var warmOurs = bench.RunOurs(corpus, oursOut);
            var warmHugo = peers ? bench.RunHugo(corpus, hugoOut) : null;
            var warmPlain = peers ? bench.RunHugo(corpus, plainOut, plain: true) : null;
            Workbench.RequireClean(warmOurs, warmHugo, warmPlain);
            var ourPages = Workbench.OurPageCount(warmOurs) ?? 0;
            var ourHtml = Workbench.HtmlPages(oursOut);
            var hugoHtml = peers ? Workbench.HtmlPages(hugoOut) : 0;
            var plainHtml = peers ? Workbench.HtmlPages(plainOut) : 0;
            var search = Workbench.Size(Path.Combine(oursOut, "search"));
            var hugoJson = peers ? Workbench.Size(Path.Combine(hugoOut, "index.json")) : null;

            var ours = new List<ChildResult>();
            var hugo = new List<ChildResult>();
            var plain = new List<ChildResult>();
            Action[] tools = peers
                ?
                [
                    () => ours.Add(bench.RunOurs(corpus, oursOut)),
                    () => hugo.Add(bench.RunHugo(corpus, hugoOut)),
                    () => plain.Add(bench.RunHugo(corpus, plainOut, plain: true)),
                ]
                : [() => ours.Add(bench.RunOurs(corpus, oursOut))];
            for (var i = 0; i < runs; i++)
            {
                // Rotate who goes first, so none always runs right after another's page-cache and heat.
                for (var t = 0; t < tools.Length; t++) tools[(i + t) % tools.Length]();
                log($"{profile.Name} N={entries} run {i + 1}/{runs}: ours {ours[^1].Wall.TotalSeconds:0.00} s, {ours[^1].PeakRssKb / 1024} MiB" + (peers
                    ? $"; hugo {hugo[^1].Wall.TotalSeconds:0.00} s, {hugo[^1].PeakRssKb / 1024} MiB; hugo plain {plain[^1].Wall.TotalSeconds:0.00} s, {plain[^1].PeakRssKb / 1024} MiB" : ""));
            }
            Workbench.DeleteFolder(oursOut);
            Workbench.DeleteFolder(hugoOut);
            Workbench.DeleteFolder(plainOut);
            results.Add(new SizeResult(profile, entries, ours, hugo, plain, ourPages, ourHtml, hugoHtml, plainHtml, search, hugoJson, loadBefore, Workbench.LoadAverage()));
        }
        // The machine-readable results, for 'report' (docs/performance.md).
        log($"Results written to {Reporting.RunResults.Of(bench, runs, peersUpTo, results.Select(r => Reporting.SizeRecord.Of(r, r.Profile.Name, r.Profile.Description))).Save(bench.WorkDirectory)}");
        return Report(results);
    }

    private string Report(IReadOnlyList<SizeResult> all)
    {
        var md = new StringBuilder();
        foreach (var group in all.GroupBy(r => r.Profile))
        {
            md.AppendLine($"### Profile '{group.Key.Name}': {group.Key.Description}");
            md.AppendLine();
            Report(md, [.. group]);
        }
        md.AppendLine("Load average (1/5/15 min) before → after each size: " +
            string.Join("; ", all.Select(r => $"{r.Profile.Name} N={r.Entries:N0}: {r.LoadBefore} → {r.LoadAfter}")) + " (other work on the machine widens the spread).");
        md.AppendLine($"Machine: {Environment.ProcessorCount} cores ({CpuModel()}), {MemoryGiB()} GiB RAM, {RuntimeInformation.OSDescription}; " +
            $"ours on .NET {Environment.Version}; {Workbench.HugoVersion()}.");
        md.AppendLine($"Method: {runs} measured runs per tool and size after one warm-up, interleaved; corpus and output on {bench.WorkDirectory} " +
            "(tmpfs), output deleted before every run; wall time = Stopwatch around the whole process (startup included); " +
            "peak RSS and CPU time from GNU time (/usr/bin/time -f \"%M %U %S\"). Our generator: `dotnet dobrapraxe.dll build` " +
            $"(`dotnet publish generator -c Release`: ReadyToRun, the runtime settings of generator/Runtime.props; --now {Workbench.NowArgument}); Hugo (both sites): `hugo --source … --destination … --quiet`. " +
            "pages/s = HTML pages written / median wall time (Hugo's redirect stubs for …/strana/1/ not counted).");
        return md.ToString();
    }

    private static void Report(StringBuilder md, IReadOnlyList<SizeResult> results)
    {
        md.AppendLine($"| entries | ours median (min–max) | Hugo median (min–max) | ours/Hugo | ours peak RSS | Hugo peak RSS | pages/s ours · Hugo | our search index (raw / gzip) |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results.Where(r => r.WithPeers))
        {
            var (ours, hugo) = (r.OursWall, r.HugoWall);
            var index = r.OurSearchIndex is { } s ? $"{Stats.Bytes(s.Raw)} / {Stats.Bytes(s.Gzip)}" : "n/a";
            md.AppendLine($"| {r.Entries:N0} | {ours.Seconds()} | {hugo.Seconds()} | {Stats.F(ours.Median / hugo.Median, "0.00")}× | " +
                $"{Stats.Memory(r.OursRss.Median)} | {Stats.Memory(r.HugoRss.Median)} | " +
                $"{Stats.F(r.OurHtmlFiles / ours.Median, "0")} · {Stats.F(r.HugoHtmlFiles / hugo.Median, "0")} | {index} |");
        }

        md.AppendLine();
        md.AppendLine("Against the plain Hugo site (no related-entry scoring in templates, Hugo's default feeds and sitemap), same runs:");
        md.AppendLine();
        md.AppendLine("| entries | ours median (min–max) | plain Hugo median (min–max) | ours/plain Hugo | ours peak RSS | plain Hugo peak RSS | RSS ours/plain Hugo | CPU s ours · plain Hugo | HTML pages plain Hugo |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results.Where(r => r.WithPeers))
            md.AppendLine($"| {r.Entries:N0} | {r.OursWall.Seconds()} | {r.PlainWall.Seconds()} | {Stats.F(r.OursWall.Median / r.PlainWall.Median, "0.00")}× | " +
                $"{Stats.Memory(r.OursRss.Median)} | {Stats.Memory(r.PlainRss.Median)} | {Stats.F(r.OursRss.Median / r.PlainRss.Median, "0.00")}× | " +
                $"{Stats.F(r.OursCpu.Median, "0.00")} · {Stats.F(r.PlainCpu.Median, "0.00")} | {r.PlainHtmlFiles:N0} |");

        md.AppendLine();
        md.AppendLine("| entries | HTML pages written: ours (ours' own count) · Hugo | CPU s ours · Hugo (user+sys, median) | cores busy ours · Hugo | Hugo's index.json (raw / gzip) |");
        md.AppendLine("|---:|---:|---:|---:|---:|");
        foreach (var r in results.Where(r => r.WithPeers))
        {
            var json = r.HugoSearchJson is { } j ? $"{Stats.Bytes(j.Raw)} / {Stats.Bytes(j.Gzip)}" : "n/a";
            md.AppendLine($"| {r.Entries:N0} | {r.OurPages:N0} ({r.OurHtmlFiles:N0}) · {r.HugoHtmlFiles:N0} | " +
                $"{Stats.F(r.OursCpu.Median, "0.00")} · {Stats.F(r.HugoCpu.Median, "0.00")} | " +
                $"{Stats.F(r.OursCpu.Median / r.OursWall.Median, "0.0")} · {Stats.F(r.HugoCpu.Median / r.HugoWall.Median, "0.0")} | {json} |");
        }

        foreach (var r in results.Where(r => !r.WithPeers))
            md.AppendLine($"\n{r.Entries:N0} entries, ours alone: {r.OursWall.Seconds()}, peak RSS {Stats.Memory(r.OursRss.Median)}, CPU {Stats.F(r.OursCpu.Median, "0.00")} s, {r.OurHtmlFiles:N0} HTML pages.");
        md.AppendLine();
        for (var i = 1; i < results.Count; i++)
        {
            var (a, b) = (results[i - 1], results[i]);
            md.AppendLine($"Scaling time({b.Entries:N0}) / time({a.Entries:N0}) for {Stats.F((double)b.Entries / a.Entries, "0.#")}× the entries: " +
                $"ours {Stats.F(b.OursWall.Median / a.OursWall.Median, "0.00")}×" + (a.WithPeers && b.WithPeers
                    ? $", Hugo {Stats.F(b.HugoWall.Median / a.HugoWall.Median, "0.00")}×, plain Hugo {Stats.F(b.PlainWall.Median / a.PlainWall.Median, "0.00")}×." : "."));
        }
        md.AppendLine();
    }

    internal static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    internal static string MemoryGiB()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            var kib = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
            return Stats.F(kib / 1024.0 / 1024.0, "0");
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException)
        {
            return "?";
        }
    }
}
