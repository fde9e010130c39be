using System.Diagnostics;
using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.History;

/// <summary>
/// 'check --since' in a real git repository made here from the addresses fixture: one commit, then the changes an editor
/// makes (a file renamed, one deleted, a 'slug:' changed), each reported at what caused it, and passing once aliases keep
/// the old addresses.
/// </summary>
public sealed class SinceTests : IDisposable
{
    private readonly ContentTree _site = new("addresses");
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private int Check(string since) => CliApp.Run(["check", "--since", since, "--no-spelling", "--source", _site.Root, "--now", "2026-11-24T12:00:00+01:00"], _out, _err);

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", .. arguments]) start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }

    private void Commit()
    {
        Git("init", "--quiet", "--initial-branch=main");
        Git("add", "--all");
        Git("commit", "--quiet", "--message", "Katalog");
    }

    private string Read(string path) => File.ReadAllText(Path.Combine(_site.Root, path));

    [Fact]
    public void a_renamed_file_a_deleted_one_and_a_changed_slug_each_lose_an_address_and_say_where()
    {
        Commit();
        Git("mv", "content/publikace/zprava-2024.md", "content/publikace/zprava-o-mestech-2024.md");
        File.Delete(Path.Combine(_site.Root, "content/events/skola-jaro.md"));
        _site.Write("content/practices/vysocina-zdravotni-plan.md", Read("content/practices/vysocina-zdravotni-plan.md").Replace("slug: vysocina-plan", "slug: vysocina-plan-2030"));
        _site.Delete("content/conferences/konference-a/registrace.md");
        _site.Write("content/conferences/konference-a/index.md", Read("content/conferences/konference-a/index.md").Replace("[registraci](registrace.md#poplatky)", "registraci"));

        Assert.Equal(1, Check("HEAD"));
        var errors = _err.ToString();
        Assert.Contains("content/publikace/zprava-o-mestech-2024.md:1:1: error: this file was content/publikace/zprava-2024.md at 'HEAD', published at /publikace/zprava-2024/; that address now leads nowhere", errors);
        Assert.Contains("content/events/skola-jaro.md:1:1: error: this file was deleted since 'HEAD'; its address /akce/skola-jaro/ now leads nowhere", errors);
        Assert.Contains("content/practices/vysocina-zdravotni-plan.md:8:7: error: 'slug:' moved this page from /praxe/vysocina-plan/ (published at 'HEAD') to /praxe/vysocina-plan-2030/; the old address now leads nowhere", errors);
        // A microsite's page is an address too, on its own site.
        Assert.Contains("content/conferences/konference-a/registrace.md:1:1: error: this file was deleted since 'HEAD'; its address /konference-a/registrace/ now leads nowhere", errors);
        Assert.Contains("Keep the address: add it to 'aliases:'", errors);
        Assert.Contains("4 errors", errors);
    }

    [Fact]
    public void aliases_and_redirects_that_keep_the_old_addresses_make_it_pass()
    {
        Commit();
        Git("mv", "content/publikace/zprava-2024.md", "content/publikace/zprava-o-mestech-2024.md");
        _site.Write("content/publikace/zprava-o-mestech-2024.md", Read("content/publikace/zprava-o-mestech-2024.md").Replace("aliases: [/publikace/zprava/]", "aliases: [/publikace/zprava/, /publikace/zprava-2024/]"));
        File.Delete(Path.Combine(_site.Root, "content/events/skola-jaro.md"));
        _site.Write("content/site.yml", Read("content/site.yml") + "  - { from: /akce/skola-jaro/, to: /akce/ }\n");
        // 'move' keeps the address by itself.
        Assert.Equal(0, CliApp.Run(["move", "practice", "vysocina-plan", "vysocina-plan-2030", "--source", _site.Root], _out, _err));

        Assert.Equal(0, Check("HEAD"));
        Assert.Contains("0 errors", _out.ToString());
    }

    [Fact]
    public void without_history_it_says_so_once_and_checks_the_rest()
    {
        // Not a repository (the fixture's copy lives in a temp folder outside any).
        Assert.Equal(0, Check("main"));
        Assert.Single(_out.ToString().Split('\n'), l => l.StartsWith("note: ", StringComparison.Ordinal) && l.Contains("git repository"));
        Commit();
        Assert.Equal(0, Check("origin/main"));
        Assert.Contains("note: 'origin/main' is not a commit of this repository, so no addresses were compared (in CI, fetch the history: actions/checkout with fetch-depth: 0)", _out.ToString());
    }

    [Fact]
    public void since_belongs_to_check() =>
        Assert.Equal(2, CliApp.Run(["build", "--since", "main", "--source", _site.Root], _out, _err));

    public void Dispose()
    {
        _site.Dispose();
        _out.Dispose();
        _err.Dispose();
    }
}
