using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using DobraPraxe.Benchmarks.Running;

namespace DobraPraxe.Benchmarks.Reporting;

/// <summary>
/// What one 'run' measured, as a file: the machine, the method, the commit and every run of every tool at every size.
/// 'run' writes it beside its tables (&lt;work&gt;/results.json); 'report' turns it into docs/performance.md and its
/// plots, so no figure of the page is copied by hand.
/// </summary>
public sealed record RunResults(
    int Format,
    string Date,
    string Commit,
    bool CommitDirty,
    MachineInfo Machine,
    MethodInfo Method,
    IReadOnlyList<SizeRecord> Sizes)
{
    public const int CurrentFormat = 1;

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static RunResults Read(string file) =>
        JsonSerializer.Deserialize<RunResults>(File.ReadAllText(file), Json) is { Format: CurrentFormat } results ? results
            : throw new BenchmarkException($"{file} is not a results file of format {CurrentFormat}");

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>The profiles measured, in the order they were run.</summary>
    public IReadOnlyList<string> Profiles => [.. Sizes.Select(s => s.Profile).Distinct()];

    /// <summary>
    /// The results of a finished 'run' on this machine, at the repository's current commit.
    /// <paramref name="sizes"/> come from <see cref="SizeRecord.Of"/>.
    /// </summary>
    public static RunResults Of(Workbench bench, int runs, int peersUpTo, IEnumerable<SizeRecord> sizes)
    {
        var (commit, dirty) = Git.Head(Workbench.RepositoryRoot());
        return new RunResults(CurrentFormat, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), commit, dirty,
            new MachineInfo(Environment.ProcessorCount, BenchmarkRunner.CpuModel(), BenchmarkRunner.MemoryGiB(), RuntimeInformation.OSDescription,
                Environment.Version.ToString(), Workbench.HugoVersion() ?? "none"),
            new MethodInfo(runs, bench.WorkDirectory, Workbench.NowArgument, peersUpTo == int.MaxValue ? null : peersUpTo), [.. sizes]);
    }

    /// <summary>Writes the results into the work folder, where 'report' looks for them by default.</summary>
    public string Save(string workDirectory)
    {
        var file = Path.Combine(workDirectory, "results.json");
        File.WriteAllText(file, ToJson());
        return file;
    }
}

public sealed record MachineInfo(int Cores, string Cpu, string MemoryGiB, string Os, string Dotnet, string Hugo);

/// <param name="Runs">Measured runs per tool and size, after one warm-up each.</param>
/// <param name="Now">The --now our builds were pinned to.</param>
/// <param name="PeersUpTo">The largest size the Hugo sites were built at (null: every size); above it ours ran alone.</param>
public sealed record MethodInfo(int Runs, string WorkDirectory, string Now, int? PeersUpTo = null);

/// <summary>One tool's measured run: wall time of the whole process, peak resident memory and CPU time (user + system).</summary>
public sealed record ToolRun(double WallSeconds, long PeakRssKb, double CpuSeconds)
{
    public static ToolRun Of(ChildResult r) => new(Math.Round(r.Wall.TotalSeconds, 3), r.PeakRssKb, Math.Round(r.CpuSeconds, 2));
}

/// <summary>One corpus profile and size: every measured run of the three tools, the pages each wrote, the search files' sizes.</summary>
public sealed record SizeRecord(
    string Profile,
    string ProfileDescription,
    int Entries,
    IReadOnlyList<ToolRun> Ours,
    IReadOnlyList<ToolRun> Hugo,
    IReadOnlyList<ToolRun> PlainHugo,
    int OurPages,
    int OurHtmlFiles,
    int HugoHtmlFiles,
    int PlainHugoHtmlFiles,
    long? SearchRawBytes,
    long? SearchGzipBytes,
    long? HugoIndexRawBytes,
    long? HugoIndexGzipBytes,
    string LoadBefore,
    string LoadAfter)
{
    public static SizeRecord Of(SizeResult r, string profile, string description) => new(
        profile, description, r.Entries,
        [.. r.Ours.Select(ToolRun.Of)], [.. r.Hugo.Select(ToolRun.Of)], [.. r.Plain.Select(ToolRun.Of)],
        r.OurPages, r.OurHtmlFiles, r.HugoHtmlFiles, r.PlainHtmlFiles,
        r.OurSearchIndex?.Raw, r.OurSearchIndex?.Gzip, r.HugoSearchJson?.Raw, r.HugoSearchJson?.Gzip,
        r.LoadBefore, r.LoadAfter);

    /// <summary>Whether the Hugo sites were built at this size.</summary>
    [JsonIgnore]
    public bool WithPeers => Hugo.Count > 0;

    public Stats Wall(IReadOnlyList<ToolRun> runs) => Stats.Of(runs.Select(r => r.WallSeconds));
    public Stats Rss(IReadOnlyList<ToolRun> runs) => Stats.Of(runs.Select(r => (double)r.PeakRssKb));
    public Stats Cpu(IReadOnlyList<ToolRun> runs) => Stats.Of(runs.Select(r => r.CpuSeconds));
}

/// <summary>The commit a run measured.</summary>
internal static class Git
{
    /// <summary>HEAD's hash and whether the work tree had uncommitted changes; ("unknown", false) without git.</summary>
    public static (string Commit, bool Dirty) Head(string repository)
    {
        try
        {
            var head = ChildProcess.Run("git", ["-C", repository, "rev-parse", "HEAD"], measure: false);
            if (head.ExitCode != 0) return ("unknown", false);
            var status = ChildProcess.Run("git", ["-C", repository, "status", "--porcelain", "--untracked-files=no"], measure: false);
            return (head.Output.Trim(), status.ExitCode == 0 && status.Output.Trim().Length > 0);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return ("unknown", false);
        }
    }
}
