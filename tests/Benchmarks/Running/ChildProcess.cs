using System.Diagnostics;
using System.Globalization;

namespace DobraPraxe.Benchmarks.Running;

/// <summary>One finished child process: its exit code, output, wall time and what GNU time measured of it.</summary>
public sealed record ChildResult(int ExitCode, string Output, string Error, TimeSpan Wall, long PeakRssKb, double UserSeconds, double SystemSeconds)
{
    public double CpuSeconds => UserSeconds + SystemSeconds;
}

/// <summary>
/// Runs a whole process and measures it. Wall time is a Stopwatch around start → exit (the process's own
/// startup included). Peak RSS and CPU time come from GNU time (<c>/usr/bin/time -f "%M %U %S"</c>, Debian package
/// 'time'), which reads the child's rusage when it exits: %M is the maximum resident set size in KiB.
/// </summary>
public static class ChildProcess
{
    public const string GnuTime = "/usr/bin/time";

    public static ChildResult Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, bool measure = true)
    {
        var usageFile = Path.Combine(Path.GetTempPath(), $"dobrapraxe-bench-time-{Environment.ProcessId}.txt");
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        if (measure)
        {
            start.FileName = GnuTime;
            foreach (var a in new[] { "-f", "%M %U %S", "-o", usageFile, fileName }) start.ArgumentList.Add(a);
        }
        else
        {
            start.FileName = fileName;
        }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // The child should not inherit telemetry or first-run work from the dotnet CLI.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        Task.WaitAll(output, error);

        long rss = 0;
        double user = 0, system = 0;
        if (measure)
        {
            // The last line holds the figures; GNU time writes "Command exited with non-zero status N" before them on failure.
            var fields = File.ReadAllLines(usageFile).Last(l => l.Trim().Length > 0).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            rss = long.Parse(fields[0], CultureInfo.InvariantCulture);
            user = double.Parse(fields[1], CultureInfo.InvariantCulture);
            system = double.Parse(fields[2], CultureInfo.InvariantCulture);
            File.Delete(usageFile);
        }
        return new ChildResult(process.ExitCode, output.Result, error.Result, watch.Elapsed, rss, user, system);
    }
}
