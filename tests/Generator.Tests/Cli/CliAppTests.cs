using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Cli;

public class CliAppTests : IDisposable
{
    private readonly ContentTree _site = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private int Run(params string[] args) =>
        CliApp.Run([.. args, "--source", _site.Root, "--now", "2026-11-24T12:00:00+01:00"], _out, _err);

    private string Output => Path.Combine(_site.Root, "site-output");

    [Fact]
    public void build_writes_the_site_and_prints_a_one_line_summary()
    {
        Assert.Equal(0, Run("build"));
        Assert.True(File.Exists(Path.Combine(Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(Output, "praxe", "znojmo-cyklostezky", "index.html")));
        Assert.Matches(@"^Built \d+ pages \(\d+ files\) into .* in \d+\.\d\d s; 0 errors, 0 warnings\.$", _out.ToString().Trim());
    }

    [Fact]
    public void verbose_build_prints_each_stage_with_its_time_cores_and_memory()
    {
        Assert.Equal(0, Run("build", "--verbose"));
        var lines = _out.ToString().Split('\n');
        foreach (var stage in new[] { "read", "parse", "markdown", "model", "templates", "links" })
            Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l,
                $@"^  {stage} +\d+ ms   cores +\d+\.\d   heap +\d+ MiB   peak +\d+ MiB"));
        Assert.Contains(lines, l => l.StartsWith("  gc ") && l.Contains("paused"));
    }

    [Fact]
    public void check_validates_without_writing_anything()
    {
        Assert.Equal(0, Run("check"));
        Assert.False(Directory.Exists(Output));
        Assert.StartsWith("Checked ", _out.ToString());
    }

    [Fact]
    public void content_errors_exit_1_and_a_failed_build_leaves_the_previous_output_untouched()
    {
        Assert.Equal(0, Run("build"));
        var before = Snapshot(Output);

        _site.Write("content/practices/jihlava-pesi-zona.md",
            "---\ntitle: Rozbitá\nsummary: S.\nmember: neznamy\nthemes: [zdravi]\nyear: 2020\ndate: 2020-01-01\n---\n");
        Assert.Equal(1, Run("build"));

        Assert.Equal(before, Snapshot(Output));
        Assert.Contains("content/practices/jihlava-pesi-zona.md:4:9: error: unknown member 'neznamy'", _err.ToString());
        Assert.Contains("Nothing was written", _err.ToString());
    }

    [Theory]
    [InlineData("biuld")]
    [InlineData("build", "--otput", "x")]
    [InlineData("build", "--base-url", "not a url")]
    [InlineData("build", "--source")]
    public void wrong_usage_exits_2_with_the_usage_text(params string[] args)
    {
        Assert.Equal(2, CliApp.Run(args, _out, _err));
        Assert.Contains("Usage:", _err.ToString());
    }

    [Fact]
    public void an_unknown_command_gets_a_did_you_mean()
    {
        CliApp.Run(["biuld"], _out, _err);
        Assert.StartsWith("error: unknown command 'biuld'; did you mean 'build'?", _err.ToString());
    }

    [Fact]
    public void base_url_option_overrides_site_yml()
    {
        Assert.Equal(0, Run("build", "--base-url", "https://example.net/sub"));
        Assert.Contains("href=\"/sub/praxe/\"", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Contains("https://example.net/sub/", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose()
    {
        _site.Dispose();
        _out.Dispose();
        _err.Dispose();
    }
}

public class ConsoleModeTests
{
    private const string Line = "content/a.md:1:1: error: x";

    [Fact]
    public void colour_marks_only_the_severity_and_only_when_enabled()
    {
        Assert.Equal("content/a.md:1:1: \u001b[1;31merror\u001b[0m: x", new DobraPraxe.Generator.Cli.ConsoleMode(true, false, true).Paint(Line));
        Assert.Equal(Line, new DobraPraxe.Generator.Cli.ConsoleMode(true, false, false).Paint(Line));
    }

    [Fact]
    public void plain_progress_prints_one_line_per_stage_before_the_summary()
    {
        using var site = new ContentTree();
        using var output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["check", "--source", site.Root, "--now", "2026-11-24T12:00:00+01:00"], output, new StringWriter(), new DobraPraxe.Generator.Cli.ConsoleMode(false, true, false)));
        var lines = output.ToString().Trim().Split('\n');
        Assert.Matches(@"^read: \d+ ms$", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("templates: "));
        Assert.StartsWith("Checked ", lines[^1]);
    }
}
