using System.IO.Compression;
using System.Text.RegularExpressions;
using DobraPraxe.Benchmarks.Corpus;
using DobraPraxe.Benchmarks.Hugo;

namespace DobraPraxe.Benchmarks.Running;

/// <summary>What the runner and the profiler share: the work folder, our published generator, corpora and the two builds.</summary>
public sealed partial class Workbench(string workDirectory, Action<string> log)
{
    public const string NowArgument = "2026-11-24T12:00:00+01:00";

    public string WorkDirectory { get; } = workDirectory;
    public string GeneratorDll => Path.Combine(WorkDirectory, "generator", "dobrapraxe.dll");

    /// <summary>/dev/shm when the machine has it (tmpfs: the disk stays out of the figures), else the temp folder.</summary>
    public static string DefaultWorkDirectory() =>
        Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "dobrapraxe-bench");

    /// <summary>The folder holding DobraPraxe.slnx, from the current folder or the benchmark's own location.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "DobraPraxe.slnx"))) return dir.FullName;
        throw new InvalidOperationException("DobraPraxe.slnx not found above the current folder; run the benchmark from the repository");
    }

    /// <summary>Publishes the generator in Release once, so that its build time is never measured; the runs call the dll directly.</summary>
    public void PublishGenerator()
    {
        var root = RepositoryRoot();
        var output = Path.Combine(WorkDirectory, "generator");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        log($"Publishing the generator (Release) from {root} into {output} …");
        // The generator as CI publishes it (Generator.csproj: precompiled with ReadyToRun, no tiered re-compilation).
        var result = ChildProcess.Run("dotnet", ["publish", Path.Combine(root, "generator", "Generator.csproj"), "-c", "Release",
            "-o", output, "--nologo", "-v", "quiet"], root, measure: false);
        if (result.ExitCode != 0 || !File.Exists(GeneratorDll))
            throw new BenchmarkException($"dotnet publish failed (exit {result.ExitCode}):\n{result.Output}{result.Error}");
        if (!Directory.Exists(Path.Combine(output, "themes", "default")))
            throw new BenchmarkException($"the published generator has no themes/default/ in {output}");
    }

    public static void RequireTools()
    {
        if (!File.Exists(ChildProcess.GnuTime))
            throw new BenchmarkException($"{ChildProcess.GnuTime} is missing; install GNU time: apt-get install -y time");
        if (HugoVersion() is null)
            throw new BenchmarkException("hugo is not on PATH; install it: apt-get install -y hugo");
    }

    public static string? HugoVersion()
    {
        try
        {
            var result = ChildProcess.Run("hugo", ["version"], measure: false);
            return result.ExitCode == 0 ? result.Output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Writes the corpus of <paramref name="entries"/> into &lt;work&gt;/corpus-N/ (corpus-long-N/ …: content/, hugo/ and hugo-plain/).</summary>
    public string PrepareCorpus(CorpusProfile profile, int entries, ulong seed, bool withHugo = true)
    {
        var folder = Path.Combine(WorkDirectory, profile.Folder("corpus", entries));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var corpus = new CorpusBuilder(entries, seed, profile: profile).Build();
        ContentWriter.Write(corpus, folder);
        if (withHugo)
        {
            HugoSiteWriter.Write(corpus, folder);
            HugoSiteWriter.Write(corpus, folder, plain: true);
        }
        log($"Corpus N={entries} ({profile.Name} profile, seed {seed}): {corpus.Practices.Count} practices, {corpus.Members.Count} members, {corpus.Events.Count} events, {corpus.Pages.Count} pages → {folder} ({watch.Elapsed.TotalSeconds:0.0} s)");
        return folder;
    }

    public string OursOutput(CorpusProfile profile, int entries) => Path.Combine(WorkDirectory, profile.Folder("out", entries) + "-ours");
    public string HugoOutput(CorpusProfile profile, int entries, bool plain = false) =>
        Path.Combine(WorkDirectory, profile.Folder("out", entries) + "-" + (plain ? HugoSiteWriter.PlainFolder : HugoSiteWriter.Folder));

    public ChildResult RunOurs(string corpus, string output, bool verbose = false)
    {
        DeleteFolder(output);
        string[] args = [GeneratorDll, "build", "--source", corpus, "--output", output, "--now", NowArgument, .. verbose ? new[] { "--verbose" } : []];
        var result = ChildProcess.Run("dotnet", args);
        if (result.ExitCode != 0)
            throw new BenchmarkException($"our generator failed on {corpus} (exit {result.ExitCode}):\n{Tail(result.Error)}\n{Tail(result.Output)}");
        return result;
    }

    /// <param name="plain">The plain Hugo site (no related-entry scoring, default feeds) instead of the one that mirrors ours.</param>
    public ChildResult RunHugo(string corpus, string output, bool plain = false)
    {
        DeleteFolder(output);
        var site = plain ? HugoSiteWriter.PlainFolder : HugoSiteWriter.Folder;
        var result = ChildProcess.Run("hugo", ["--source", Path.Combine(corpus, site), "--destination", output, "--quiet"]);
        if (result.ExitCode != 0)
            throw new BenchmarkException($"hugo failed on {corpus}/{site} (exit {result.ExitCode}):\n{Tail(result.Error)}\n{Tail(result.Output)}");
        return result;
    }

    /// <summary>The warm-up run also checks that the corpus builds cleanly: zero errors and warnings from ours, nothing on Hugo's stderr.</summary>
    public static void RequireClean(ChildResult ours, params ChildResult?[] hugos)
    {
        if (!ours.Output.Contains("; 0 errors, 0 warnings.", StringComparison.Ordinal) || ours.Error.Trim().Length > 0)
            throw new BenchmarkException($"our generator reported problems with the corpus:\n{Tail(ours.Error)}\n{Tail(ours.Output)}");
        foreach (var hugo in hugos.OfType<ChildResult>().Where(h => h.Error.Trim().Length > 0))
            throw new BenchmarkException($"hugo reported problems with the corpus:\n{Tail(hugo.Error)}");
    }

    /// <summary>"Built 1234 pages (…)" from our generator's summary line.</summary>
    public static int? OurPageCount(ChildResult ours) =>
        BuiltLine().Match(ours.Output) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// HTML pages written under <paramref name="folder"/>, not counting Hugo's redirect stubs for page 1 of each
    /// paginated list (…/strana/1/index.html), which disableAliases does not switch off in 0.111 and ours does not write.
    /// </summary>
    public static int HtmlPages(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
                .Count(f => !f.Replace('\\', '/').EndsWith("/strana/1/index.html", StringComparison.Ordinal))
            : 0;

    /// <summary>Raw and gzip-compressed bytes of every file under <paramref name="path"/> (a folder or one file), or null if it is not there.</summary>
    public static (long Raw, long Gzip)? Size(string path)
    {
        // A file's .gz and .br siblings (the search shards have them) are the same file compressed: count each file once.
        var files = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".gz", StringComparison.Ordinal) && !f.EndsWith(".br", StringComparison.Ordinal)).ToList()
            : File.Exists(path) ? [path] : null;
        if (files is null) return null;
        long raw = 0, gzip = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            raw += bytes.Length;
            using var compressed = new MemoryStream();
            using (var zip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zip.Write(bytes);
            gzip += compressed.Length;
        }
        return (raw, gzip);
    }

    /// <summary>The 1-, 5- and 15-minute load averages: other work on the machine shows here (and in the spread of the runs).</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    public static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static string Tail(string text, int lines = 40)
    {
        var all = text.TrimEnd().Split('\n');
        return string.Join('\n', all.Length <= lines ? all : [$"… ({all.Length - lines} lines before)", .. all[^lines..]]);
    }

    [GeneratedRegex(@"Built (\d+) pages")]
    private static partial Regex BuiltLine();
}
