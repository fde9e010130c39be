using System.Text.RegularExpressions;
using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Docs;

/// <summary>The README is the front door: short, with the two set-up commands CI runs, and the command line as the parser knows it.</summary>
public partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));

    [Fact]
    public void the_readme_stays_short()
    {
        var bytes = new FileInfo(Path.Combine(TestPaths.RepositoryRoot, "README.md")).Length;
        Assert.True(bytes <= 12 * 1024, $"README.md is {bytes} bytes; at most 12 KB: move the detail into docs/ and link to it");
    }

    [Theory]
    [InlineData("dotnet run --project generator -- build")]
    [InlineData("bash .ci/setup && dotnet test DobraPraxe.slnx")]
    public void the_readme_shows_the_two_set_up_commands_exactly(string command) =>
        Assert.Contains($"```sh\n{command}\n```", Readme.Replace("\r\n", "\n"));

    [Fact]
    public void ci_runs_the_readmes_test_command()
    {
        var run = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, ".ci", "run")).Where(l => l.Length > 0 && !l.StartsWith('#')).Last();
        Assert.Equal("bash .ci/setup && dotnet test DobraPraxe.slnx", run);
    }

    [Fact]
    public void the_readmes_command_table_names_every_command_the_parser_knows()
    {
        var section = Section("Command line");
        var shown = TableCommand().Matches(section).Select(m => m.Groups[1].Value).Where(c => !c.StartsWith("--", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(CommandLineParser.Commands.Order(), shown.Order());
    }

    [Fact]
    public void the_readmes_option_table_names_every_option_of_the_usage_text()
    {
        var usage = UsageOption().Matches(CommandLineParser.Usage).Select(m => m.Groups[1].Value).ToHashSet();
        var shown = TableCommand().Matches(Section("Command line")).Select(m => m.Groups[1].Value).Where(c => c.StartsWith("--", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(usage.Order(), shown.Order());
    }

    private static string Section(string heading)
    {
        var text = Readme.Replace("\r\n", "\n");
        var start = text.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section '{heading}'");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    // The first word of each code span that starts a table row's cell: "| `new practice <slug>` / `new event …`" gives "new".
    [GeneratedRegex(@"(?:^\| |\s/ )`([a-z-]+)", RegexOptions.Multiline)]
    private static partial Regex TableCommand();

    [GeneratedRegex(@"^\s+(--[a-z-]+)", RegexOptions.Multiline)]
    private static partial Regex UsageOption();
}
