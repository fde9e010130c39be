using System.Diagnostics;

namespace DobraPraxe.Generator.Tests.Support;

/// <summary>Runs the project's npm tools (installed by `npm ci` into node_modules/, as .ci/run does).</summary>
public static class NodeTools
{
    public static string NodeModules => Path.Combine(TestPaths.RepositoryRoot, "node_modules");

    /// <summary>The path of an npm package's file; fails with how to fix it when `npm ci` was not run.</summary>
    public static string Require(string relativePath)
    {
        var path = Path.Combine(NodeModules, relativePath);
        Assert.True(File.Exists(path), $"{path} is missing: run `npm ci` in the repository root (as .ci/run does) before the tests.");
        return path;
    }

    public static (int ExitCode, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.RepositoryRoot };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
