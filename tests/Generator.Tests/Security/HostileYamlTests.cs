using System.Diagnostics;
using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.FrontMatter;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Security;

/// <summary>
/// Issue 27: small YAML files that ran the generator out of memory (an alias expansion used as a key) or off its
/// stack (100,000 nested brackets), and file names that forged diagnostic lines. Each now ends in exit 1 with
/// <c>path:line:col: error</c>, through the real command line, within 90 s and 1.5 GB.
/// </summary>
public class HostileYamlTests
{
    private const string FrontMatter = "---\ntitle: T\nsummary: S\nmember: jihlava\nthemes: [doprava-a-mobilita]\nyear: 2015\ndate: 2020-01-01\n";

    private static readonly string BillionLaughs =
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n" +
        string.Concat(Enumerable.Range(1, 8).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i - 1)}", 10))}]\n"));

    // The files, with the first line each must print (the front matter's fields start on line 2).
    private static readonly (string Path, string Text, string Error)[] Hostile =
    [
        ("content/practices/klic-bomba.md", FrontMatter + YamlDocumentLoaderTests.AliasKeyBomb() + "---\nText.\n",
            "content/practices/klic-bomba.md:9:8: error: YAML aliases ('*a') are not allowed; write the value out"),
        ("content/practices/smich.md", FrontMatter + BillionLaughs + "---\nText.\n",
            "content/practices/smich.md:9:8: error: YAML aliases ('*a') are not allowed; write the value out"),
        ("content/practices/hranate.md", FrontMatter + "tags: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\nText.\n",
            "content/practices/hranate.md:8:70: error: lists and groups are nested more than 64 levels deep"),
        ("content/practices/slozene.md", FrontMatter + "tags: " + new string('{', 100_000) + new string('}', 100_000) + "\n---\nText.\n",
            "content/practices/slozene.md:8:8: error: a list or group of fields is used as a field name"),
        ("content/practices/vnorene.md", FrontMatter + "tags: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "x" + new string('}', 100_000) + "\n---\nText.\n",
            "content/practices/vnorene.md:8:259: error: lists and groups are nested more than 64 levels deep"),
        ("content/practices/odsazene.md", FrontMatter + "contact:\n" + string.Concat(Enumerable.Range(1, 2000).Select(i => new string(' ', i) + "a:\n")) + "---\nText.\n",
            "content/practices/odsazene.md:72:65: error: lists and groups are nested more than 64 levels deep"),
        ("content/practices/klic.md", FrontMatter + "? [tags, themes]\n: x\n---\nText.\n",
            "content/practices/klic.md:8:3: error: a list or group of fields is used as a field name"),
    ];

    [Fact]
    public async Task every_hostile_yaml_file_ends_in_exit_1_with_its_error_within_90_s_and_1_5_gb()
    {
        using var site = new ContentTree();
        foreach (var (path, text, _) in Hostile) site.Write(path, text);
        // The real process (a stack overflow or running out of memory would end it, not the test host), with `check`'s
        // spelling pass, which reads front matter a second time, as serve does after each save.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "dobrapraxe.dll"), "check", "--source", site.Root, "--now", "2026-11-24T12:00:00+01:00" })
            start.ArgumentList.Add(arg);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(20);
            // The kernel's high-water mark of the resident set (VmHWM), read until the process ends.
            try { process.Refresh(); peak = Math.Max(peak, process.PeakWorkingSet64); }
            catch (InvalidOperationException) { }
        }
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        var errors = (await stderr).Split('\n');

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"still running after {watch.Elapsed.TotalSeconds:0} s");
        Assert.True(peak < 1536L * 1024 * 1024, $"peak working set {peak / 1024 / 1024} MiB");
        Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}\n{await stdout}\n{string.Join('\n', errors.Take(40))}");
        foreach (var (path, _, error) in Hostile)
            Assert.Equal([error], errors.Where(e => e.StartsWith(path + ":", StringComparison.Ordinal)));
    }

    private static (int Exit, string[] Errors) Build(ContentTree site)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["build", "--source", site.Root, "--now", "2026-11-24T12:00:00+01:00"], output, error);
        return (exit, error.ToString().Split('\n'));
    }

    [Fact]
    public void aliases_in_site_yml_data_files_and_a_conference_are_errors_at_their_place()
    {
        using var site = new ContentTree();
        var siteYml = Path.Combine(site.Root, "content/site.yml");
        site.Write("content/site.yml", File.ReadAllText(siteYml).Replace("description: Malý katalog pro testy", "description: *popis"));
        site.Write("content/data/members.yml", File.ReadAllText(Path.Combine(site.Root, "content/data/members.yml")) + "blansko: *jihlava\n");
        site.Write("content/conferences/konference-a/program.yml", "days:\n  - &den { date: 2021-06-10, sessions: [] }\n  - *den\n");
        var (exit, errors) = Build(site);
        Assert.Equal(1, exit);
        var members = File.ReadAllLines(Path.Combine(site.Root, "content/data/members.yml")).Length;
        Assert.Contains("content/site.yml:4:14: error: YAML aliases ('*popis') are not allowed; write the value out", errors);
        Assert.Contains($"content/data/members.yml:{members}:10: error: YAML aliases ('*jihlava') are not allowed; write the value out", errors);
        Assert.Contains("content/conferences/konference-a/program.yml:3:5: error: YAML aliases ('*den') are not allowed; write the value out", errors);
    }

    [Fact]
    public void an_anchor_alone_is_an_error_too()
    {
        using var site = new ContentTree();
        site.Write("content/practices/kotva.md", FrontMatter.Replace("title: T", "title: &Co Firma") + "---\nText.\n");
        var (exit, errors) = Build(site);
        Assert.Equal(1, exit);
        Assert.Contains("content/practices/kotva.md:2:8: error: YAML anchors ('&Co') are not allowed", errors);
    }

    [Fact]
    public void a_file_name_with_a_line_break_and_an_escape_prints_one_line_per_diagnostic()
    {
        using var site = new ContentTree();
        var name = "zla\nx.md:1:1: error: podvrh\u001b[2J";
        File.WriteAllText(Path.Combine(site.Root, "content/practices", name + ".md"), "---\ntitle: T\n---\n");
        var (exit, errors) = Build(site);
        Assert.Equal(1, exit);
        Assert.DoesNotContain(errors, e => e.Contains('\u001b') || e.StartsWith("x.md", StringComparison.Ordinal));
        // Every line is a diagnostic, its indented hint, or the summary.
        Assert.All(errors.Where(e => e.Length > 0), e => Assert.Matches(@"^(content/[^ ]*:\d+:\d+: (error|warning): |    |\d+ errors?, |Nothing was written)", e));
        Assert.Contains(@"content/practices/zla\nx.md:1:1: error: podvrh\u001b[2J.md:1:1: error: the file name 'zla\nx.md:1:1: error: podvrh\u001b[2J' is not a valid slug", errors);
    }
}
