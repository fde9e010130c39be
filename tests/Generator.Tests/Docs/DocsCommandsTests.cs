using System.Text.RegularExpressions;
using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Docs;

/// <summary>
/// Every generator command the README, docs/ and the editors' guide show — in a code block or in running text — runs as
/// shown on a copy of the bundled content and succeeds: `build`, `check`, `new`, `move`, `schema`, `--help`. Not run:
/// `serve` (it waits for Ctrl+C), commands with a placeholder (&lt;slug&gt;, [--output DIR], …), commands on another
/// folder (--source …: a benchmark's corpus), `--since` (the copy has no git history) and `--external` (it asks other
/// sites over the network). A command that breaks — a renamed option, a kind that no longer exists — fails here.
/// </summary>
public partial class DocsCommandsTests
{
    /// <summary>A command as the documentation shows it: where, and its arguments after '--'.</summary>
    public sealed record ShownCommand(string File, int Line, string Arguments)
    {
        public string[] Args => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => $"{File}:{Line}: {Arguments}";
    }

    private static readonly string[] NotRun = ["--source", "--since", "--external"];

    private static IEnumerable<string> Sources => RepositoryFiles.Documentation.Where(f =>
        f is "README.md" or "CONTRIBUTING.md" or "content/README.md" || f.StartsWith("docs/", StringComparison.Ordinal));

    /// <summary>Every generator command shown, runnable or not.</summary>
    public static IEnumerable<ShownCommand> Shown() =>
        from file in Sources
        let lines = File.ReadAllLines(RepositoryFiles.FullPath(file))
        from index in Enumerable.Range(0, lines.Length)
        from Match match in Command().Matches(lines[index])
        select new ShownCommand(file, index + 1, match.Groups["args"].Value.Trim());

    /// <summary>The shown commands this test runs, each once (the first place it is shown names it).</summary>
    public static IEnumerable<ShownCommand> Runnable() =>
        Shown().Where(c => c.Args.Length > 0 && c.Args[0] != "serve" && !Placeholder().IsMatch(c.Arguments) && !c.Args.Intersect(NotRun).Any())
            .DistinctBy(c => c.Arguments);

    public static TheoryData<ShownCommand> Commands => new(Runnable());

    [Fact]
    public void the_documentation_shows_each_command_a_test_machine_can_run()
    {
        var first = Runnable().Select(c => c.Args[0]).ToHashSet();
        foreach (var command in new[] { "build", "check", "new", "schema", "--help" })
            Assert.True(first.Contains(command), $"no runnable '{command}' command found in README.md or docs/ (found: {string.Join(", ", first)})");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void a_command_shown_in_the_documentation_runs_as_shown(ShownCommand shown)
    {
        using var copy = new TempFolder();
        var content = Path.Combine(TestPaths.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var target = copy.Combine("content", Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        // Photos encoded once for every build of the bundled content (the cache is shared, its entries are never changed).
        var cache = Path.Combine(TestPaths.RepositoryRoot, ".image-cache");
        Directory.CreateDirectory(cache);
        var link = copy.Combine(".image-cache");
        Directory.CreateSymbolicLink(link, cache);
        try
        {
            Run(shown, copy);
        }
        finally
        {
            File.Delete(link);
        }
    }

    private static void Run(ShownCommand shown, TempFolder copy)
    {

        var args = shown.Args.ToList();
        if (args[0] is "build" or "check" or "new" or "schema" or "move")
        {
            var output = args.IndexOf("--output");
            if (output >= 0 && output + 1 < args.Count && !Path.IsPathRooted(args[output + 1])) args[output + 1] = copy.Combine(args[output + 1]);
            args.AddRange(["--source", copy.Path]);
            if (args[0] != "move" && !args.Contains("--now")) args.AddRange(["--now", Builds.Now.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)]);
        }
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        Assert.True(exit == 0, $"{shown} exited with {exit}:\n{stderr}{stdout}");
    }

    // 'dotnet run --project generator [-c Release] -- ARGS', up to the end of the code span, a table cell or a comment.
    [GeneratedRegex(@"dotnet run --project generator(?:\s+-c\s+\w+)?\s+--\s+(?<args>[^`|#\n]*)")]
    private static partial Regex Command();

    [GeneratedRegex(@"[<>\[\]{}…$*]|\.\.\.")]
    private static partial Regex Placeholder();
}
