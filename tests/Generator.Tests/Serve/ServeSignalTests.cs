using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Serve;

/// <summary>The real `serve` process stops cleanly on SIGTERM (kill, systemd, docker stop), not only on Ctrl+C.</summary>
[Collection(nameof(PreviewServerTests))]
public sealed class ServeSignalTests
{
    [Fact]
    public async Task serve_exits_0_within_seconds_on_sigterm()
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = new ContentTree();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "dobrapraxe.dll"), "serve", "--source", site.Root, "--port", FreePort.Next().ToString(), "--now", "2026-11-24T12:00:00+01:00" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var ready = Task.Run(async () =>
            {
                while (await process.StandardOutput.ReadLineAsync() is { } line)
                    if (line.StartsWith("Náhled běží", StringComparison.Ordinal)) return true;
                return false;
            });
            // (stderr is read only on failure: it ends when the process does.)
            if (!await ready.WaitAsync(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"serve did not start\n{await stderr}");
            }

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])!) kill.WaitForExit();
            var watch = Stopwatch.StartNew();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(5)), "serve was still running 5 s after SIGTERM");
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed.TotalSeconds:0.0} s");
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

}
