using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Serve;

namespace DobraPraxe.Benchmarks.Running;

/// <summary>
/// Part of the 'edit' command: serve's error path, on a real preview server in this process (its watcher, its overlay's
/// status endpoint). For each kind of broken save — front matter that does not parse (a stray character after a quoted
/// title) and an unknown member key (found when the entry is validated) — the time from the save to the error being
/// visible (the status endpoint the overlay reads says so, naming the file), then from the fixing save to the error
/// being gone (the fix's rebuild follows; the next break waits for it). Both include the watcher's settle time (80 ms), as an editor would see them.
/// </summary>
public sealed class ErrorPathProfiler(string source, string file, int rounds, Action<string> log)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(1));

    private static readonly (string Name, Func<string, string> Break)[] Breaks =
    [
        ("front matter", t => Regex.Replace(t, "(?m)^title: \"?(.*?)\"?$", "title: \"$1\" x", RegexOptions.None, TimeSpan.FromSeconds(1))),
        ("unknown member", t => Regex.Replace(t, "(?m)^member: (.*)$", "member: $1-neni", RegexOptions.None, TimeSpan.FromSeconds(1))),
    ];

    public string Run()
    {
        var path = Path.Combine(source, file);
        var original = File.ReadAllText(path);
        var options = new BuildOptions
        {
            SourceDirectory = source, OutputDirectory = Path.Combine(source, "site-output"), Now = Now, IncludeDrafts = true,
            Editor = Generator.Editing.EditorMode.Local, CheckSpelling = false,
        };
        var serveLog = new StringWriter();
        var watch = Stopwatch.StartNew();
        var server = new PreviewServer(options, Now, TextWriter.Synchronized(serveLog));
        server.StartAsync(FreePort()).GetAwaiter().GetResult();
        log($"serve's first build: {watch.ElapsedMilliseconds} ms");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
        var status = new Uri(server.Address, "__dobrapraxe/status");
        var rows = new List<(string Kind, double Visible, double Fixed)>();
        try
        {
            for (var round = 0; round < rounds; round++)
                foreach (var (name, broken) in Breaks)
                {
                    var text = broken(original);
                    if (text == original) throw new BenchmarkException($"the '{name}' break does not change {file}");
                    var visible = Until(http, status, () => File.WriteAllText(path, text), s => s.Contains("\"failed\":true", StringComparison.Ordinal) && s.Contains(file, StringComparison.Ordinal));
                    var rebuilt = Rebuilds(serveLog);
                    var fixedAfter = Until(http, status, () => File.WriteAllText(path, original), s => s.Contains("\"failed\":false", StringComparison.Ordinal));
                    rows.Add((name, visible, fixedAfter));
                    log($"round {round + 1} {name}: error visible {visible:0} ms after the save, gone {fixedAfter:0} ms after the fix");
                    // The fix's rebuild is done before the next save, as an editor's next save would find it.
                    var wait = Stopwatch.StartNew();
                    while (Rebuilds(serveLog) == rebuilt && wait.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(20);
                }
        }
        finally
        {
            File.WriteAllText(path, original);
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        var table = new StringBuilder();
        table.AppendLine($"serve's error path on `{file}`, {rounds} round(s), median (min–max), from the save to what the overlay reads (`/__dobrapraxe/status`):");
        table.AppendLine();
        table.AppendLine("| broken save | error visible after the save | error gone after the fixing save |");
        table.AppendLine("|---|---:|---:|");
        foreach (var group in rows.GroupBy(r => r.Kind))
            table.AppendLine($"| {group.Key} | {Ms(group.Select(r => r.Visible))} | {Ms(group.Select(r => r.Fixed))} |");
        table.AppendLine();
        table.AppendLine("Full builds serve made (its first included): " +
            serveLog.ToString().Split('\n').Count(l => l.StartsWith("Sestaveno", StringComparison.Ordinal) || l.StartsWith("Chyby:", StringComparison.Ordinal)) + ".");
        return table.ToString();
    }

    // serve's log lines of a finished rebuild, incremental or full.
    private static int Rebuilds(StringWriter serveLog) => serveLog.ToString().Split('\n')
        .Count(l => l.StartsWith("Přestavěno", StringComparison.Ordinal) || l.StartsWith("Sestaveno", StringComparison.Ordinal) || l.StartsWith("Chyby:", StringComparison.Ordinal));

    /// <summary>Milliseconds from <paramref name="save"/> until the status answers as <paramref name="done"/> says, polled every 5 ms.</summary>
    private static double Until(HttpClient http, Uri status, Action save, Func<string, bool> done)
    {
        var watch = Stopwatch.StartNew();
        save();
        while (watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (done(http.GetStringAsync(status).GetAwaiter().GetResult())) return watch.Elapsed.TotalMilliseconds;
            Thread.Sleep(5);
        }
        throw new BenchmarkException("serve did not show the change within two minutes");
    }

    private static string Ms(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 1 ? $"{list[0]:0} ms" : $"{Stats.Of(list).Median:0} ms ({list.Min():0}–{list.Max():0})";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
