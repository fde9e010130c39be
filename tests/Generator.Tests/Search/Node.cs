using System.Diagnostics;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>
/// Runs the node scripts beside these tests against the stock lunr.js that `npm ci` installs at the repository
/// root. A missing node or node_modules fails the test with what to do, never skips it.
/// </summary>
public static class Node
{
    public static string ScriptsFolder { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "Generator.Tests", "Search");

    public static string CzechLunrScript { get; } = Path.Combine(TestPaths.RepositoryRoot, "themes", "default", "assets", "js", "czech-lunr.js");

    /// <summary>Runs <c>node script args…</c> from the repository root and returns its standard output.</summary>
    public static string Run(string script, params string[] arguments)
    {
        var lunr = Path.Combine(TestPaths.RepositoryRoot, "node_modules", "lunr", "lunr.js");
        if (!File.Exists(lunr))
            Assert.Fail($"{lunr} is missing: run `npm ci` in {TestPaths.RepositoryRoot} (it installs the pinned lunr these tests compare with).");

        var start = new ProcessStartInfo(FindNode())
        {
            WorkingDirectory = TestPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(ScriptsFolder, script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        // Read both streams at once: a full stderr pipe would otherwise block node while we wait on stdout.
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within two minutes");
        }
        Assert.True(process.ExitCode == 0, $"node {script} exited with {process.ExitCode}:\n{error.Result}");
        return output;
    }

    // NODE names a node binary explicitly; otherwise the first node on PATH.
    private static string FindNode()
    {
        if (Environment.GetEnvironmentVariable("NODE") is { Length: > 0 } configured && File.Exists(configured)) return configured;
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe" } : ["node"];
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in names)
                if (File.Exists(Path.Combine(folder, name))) return Path.Combine(folder, name);
        Assert.Fail("node is not on PATH (or set NODE to its path): the search tests compare the C# index with stock lunr.js in node.");
        return "";
    }
}
