using System.Diagnostics;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Docs;

/// <summary>The repository's files as git tracks them (relative paths with '/'), or, without git, the files on disk but for build output.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<IReadOnlyList<string>> All = new(List);

    public static IReadOnlyList<string> Tracked => All.Value;

    public static string FullPath(string relative) => Path.Combine(TestPaths.RepositoryRoot, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The Markdown a maintainer or an editor reads: every tracked .md but the sites' own content (entries, whose links the generator checks) and the fixtures.</summary>
    public static IEnumerable<string> Documentation => Tracked.Where(f => f.EndsWith(".md", StringComparison.Ordinal)
        && !f.StartsWith("tests/Generator.Tests/Fixtures/", StringComparison.Ordinal)
        && (!f.StartsWith("content/", StringComparison.Ordinal) || f == "content/README.md"));

    private static IReadOnlyList<string> List()
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", TestPaths.RepositoryRoot, "ls-files", "-z", "--cached", "--others", "--exclude-standard"])
                { RedirectStandardOutput = true, RedirectStandardError = true };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            // Files added but not yet committed count too; deleted ones are gone from the disk.
            if (git.ExitCode == 0)
                return [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(f => File.Exists(FullPath(f))).Order(StringComparer.Ordinal)];
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
        string[] skipped = ["bin", "obj", "node_modules", ".git", "site-output", ".image-cache", "schema", "screenshots"];
        return [.. Directory.EnumerateFiles(TestPaths.RepositoryRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.RepositoryRoot, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => skipped.Contains(part)))
            .Order(StringComparer.Ordinal)];
    }
}
