using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DobraPraxe.Benchmarks.Running;

/// <summary>
/// The 'profile' command: our generator alone with --verbose, which prints the time of each pipeline stage.
/// Reports the median per stage for each N and how each grew between sizes (≈ the size ratio is linear,
/// ≈ its square is quadratic). What the stages do not cover (process start-up, JIT, theme loading, writing
/// the files) is shown as "outside stages" = whole process − sum of stages.
/// </summary>
public sealed partial class StageProfiler(Workbench bench, Corpus.CorpusProfile profile, IReadOnlyList<int> sizes, int runs, ulong seed, Action<string> log)
{
    public string Run()
    {
        if (!File.Exists(ChildProcess.GnuTime))
            throw new BenchmarkException($"{ChildProcess.GnuTime} is missing; install GNU time: apt-get install -y time");
        bench.PublishGenerator();
        var stageNames = new List<string>();
        var medians = new Dictionary<int, Dictionary<string, double>>();
        foreach (var entries in sizes)
        {
            var corpus = bench.PrepareCorpus(profile, entries, seed);
            var output = bench.OursOutput(profile, entries);
            bench.RunOurs(corpus, output, verbose: true);
            var samples = new List<Dictionary<string, double>>();
            for (var i = 0; i < runs; i++)
            {
                var result = bench.RunOurs(corpus, output, verbose: true);
                var stages = StageLine().Matches(result.Output).ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
                foreach (var name in stages.Keys.Where(n => !stageNames.Contains(n))) stageNames.Add(name);
                stages["outside stages"] = result.Wall.TotalMilliseconds - stages.Values.Sum();
                stages["whole process"] = result.Wall.TotalMilliseconds;
                samples.Add(stages);
                log($"N={entries} profile run {i + 1}/{runs}: {string.Join(", ", stages.Select(s => $"{s.Key} {s.Value:0}"))} ms");
            }
            Workbench.DeleteFolder(output);
            medians[entries] = samples.SelectMany(s => s.Keys).Distinct()
                .ToDictionary(k => k, k => Stats.Of(samples.Select(s => s.GetValueOrDefault(k))).Median);
        }

        stageNames.AddRange(["outside stages", "whole process"]);
        var md = new StringBuilder();
        md.Append("| stage |");
        foreach (var n in sizes) md.Append(CultureInfo.InvariantCulture, $" N={n} (ms) |");
        for (var i = 1; i < sizes.Count; i++) md.Append(CultureInfo.InvariantCulture, $" ×{sizes[i]}/{sizes[i - 1]} |");
        md.AppendLine();
        md.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", sizes.Count * 2 - 1))).AppendLine();
        foreach (var stage in stageNames)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {stage} |");
            foreach (var n in sizes) md.Append(CultureInfo.InvariantCulture, $" {medians[n].GetValueOrDefault(stage):0} |");
            for (var i = 1; i < sizes.Count; i++)
            {
                var (before, after) = (medians[sizes[i - 1]].GetValueOrDefault(stage), medians[sizes[i]].GetValueOrDefault(stage));
                md.Append(before > 0 ? string.Create(CultureInfo.InvariantCulture, $" {after / before:0.0}× |") : " – |");
            }
            md.AppendLine();
        }
        md.AppendLine();
        md.AppendLine($"Median of {runs} runs after a warm-up, `dotnet dobrapraxe.dll build --verbose` on {bench.WorkDirectory}, {profile.Name} profile ({profile.Description}); " +
            "'outside stages' = whole process − stages (start-up, JIT, theme loading, writing the output).");
        return md.ToString();
    }

    // "  markdown      1234 ms   heap    210 MiB   peak    480 MiB"
    [GeneratedRegex(@"^\s+(\S+)\s+(\d+) ms(?:\s+heap .*)?$", RegexOptions.Multiline)]
    private static partial Regex StageLine();
}
