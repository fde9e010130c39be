using System.Diagnostics;
using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Security;

/// <summary>
/// Real symbolic links in content/, through the command line's `check`: a link out of content/, a link to itself, a loop
/// of links, a link to nothing and folder links that lead in circles are each an error at the link (exit 1), never a
/// crash (exit 3) or a hang.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private readonly ContentTree _site = new();
    private readonly TempFolder _outside = new();

    private string Full(string relative) => Path.Combine(_site.Root, relative);

    /// <summary>Runs `check` on the site in a task of its own, so a hang fails the test instead of stopping the run.</summary>
    private (int Exit, string[] Errors) Check(string? source = null)
    {
        var error = new StringWriter();
        var watch = Stopwatch.StartNew();
        var run = Task.Run(() => CliApp.Run(["check", "--source", source ?? _site.Root, "--no-spelling", "--now", "2026-11-24T12:00:00+01:00"], new StringWriter(), error));
        Assert.True(run.Wait(Bound), $"check did not end within {Bound.TotalSeconds} s");
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed.TotalSeconds:0.0} s");
        return (run.Result, error.ToString().Split('\n'));
    }

    private void AssertRefused(params string[] errors)
    {
        var (exit, lines) = Check();
        Assert.Equal(1, exit);
        foreach (var error in errors) Assert.Contains(error, lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("internal error", StringComparison.Ordinal));
    }

    [Fact]
    public void a_link_to_itself_is_an_error_at_the_link()
    {
        File.CreateSymbolicLink(Full("content/pages/sama.md"), "sama.md");
        AssertRefused("content/pages/sama.md:1:1: error: the link leads in a circle (to itself, or through links that lead back to it)");
    }

    [Fact]
    public void a_loop_of_two_links_is_an_error_at_each()
    {
        File.CreateSymbolicLink(Full("content/practices/a.md"), "b.md");
        File.CreateSymbolicLink(Full("content/practices/b.md"), "a.md");
        AssertRefused(
            "content/practices/a.md:1:1: error: the link leads in a circle (to itself, or through links that lead back to it)",
            "content/practices/b.md:1:1: error: the link leads in a circle (to itself, or through links that lead back to it)");
    }

    [Fact]
    public void folder_links_that_lead_into_each_other_in_media_end_in_errors_not_a_hang()
    {
        // a -> b and b -> a: a loop; c -> . and d -> . twice: 2^40 paths for a walk that follows them.
        Directory.CreateSymbolicLink(Full("content/media/a"), "b");
        Directory.CreateSymbolicLink(Full("content/media/b"), "a");
        Directory.CreateSymbolicLink(Full("content/media/c"), ".");
        Directory.CreateSymbolicLink(Full("content/media/d"), ".");
        Directory.CreateDirectory(Full("content/media/x"));
        Directory.CreateSymbolicLink(Full("content/media/x/nahoru"), "..");
        AssertRefused(
            "content/media/a:1:1: error: the link leads in a circle (to itself, or through links that lead back to it)",
            "content/media/b:1:1: error: the link leads in a circle (to itself, or through links that lead back to it)",
            "content/media/c:1:1: error: the folder is a link; links to folders are not followed",
            "content/media/d:1:1: error: the folder is a link; links to folders are not followed",
            "content/media/x/nahoru:1:1: error: the folder is a link; links to folders are not followed");
    }

    [Fact]
    public void links_out_of_content_are_errors_for_files_and_folders()
    {
        var secret = _outside.Write("tajne.txt", "heslo");
        File.CreateSymbolicLink(Full("content/media/tajne.txt"), secret);
        File.CreateSymbolicLink(Full("content/data/tajne.yml"), secret);
        Directory.CreateSymbolicLink(Full("content/media/venku"), _outside.Path);
        Directory.CreateSymbolicLink(Full("content/conferences/venku"), _outside.Path);
        AssertRefused(
            "content/media/tajne.txt:1:1: error: the file is a link to a place outside content/",
            "content/data/tajne.yml:1:1: error: the file is a link to a place outside content/",
            "content/media/venku:1:1: error: the folder is a link to a place outside content/",
            "content/conferences/venku:1:1: error: the folder is a link to a place outside content/");
    }

    [Fact]
    public void a_linked_content_folder_is_not_read()
    {
        Directory.Move(Full("content/pages"), Full("content/media/stranky"));
        Directory.CreateSymbolicLink(Full("content/pages"), "media/stranky");
        AssertRefused("content/pages:1:1: error: the folder is a link; links to folders are not followed");
    }

    [Fact]
    public void a_link_to_nothing_and_a_looping_site_yml_are_errors()
    {
        File.CreateSymbolicLink(Full("content/events/nic.md"), "neni.md");
        File.Delete(Full("content/site.yml"));
        File.CreateSymbolicLink(Full("content/site.yml"), "site.yml");
        AssertRefused(
            "content/events/nic.md:1:1: error: the link leads to a file that does not exist",
            "content/site.yml:1:1: error: the link leads in a circle (to itself, or through links that lead back to it)");
    }

    [Fact]
    public void a_link_to_a_file_inside_content_is_still_read()
    {
        Directory.CreateDirectory(Full("content/media/dokumenty"));
        File.Copy(Full("content/media/mapa.svg"), Full("content/media/dokumenty/mapa-original.svg"));
        File.Delete(Full("content/media/mapa.svg"));
        File.CreateSymbolicLink(Full("content/media/mapa.svg"), "dokumenty/mapa-original.svg");
        var (exit, lines) = Check();
        Assert.True(exit == 0, string.Join("\n", lines));
    }

    [Fact]
    public void through_a_link_to_the_site_itself_a_link_inside_content_is_read_and_a_link_out_is_refused()
    {
        // A checkout reached through a link (a CI workspace, a home folder on another disk): where a link leads is judged
        // against content/'s real path.
        var linkedSite = Path.Combine(_outside.Path, "odkaz-na-web");
        Directory.CreateSymbolicLink(linkedSite, _site.Root);
        File.Copy(Full("content/media/mapa.svg"), Full("content/media/mapa-original.svg"));
        File.Delete(Full("content/media/mapa.svg"));
        File.CreateSymbolicLink(Full("content/media/mapa.svg"), "mapa-original.svg");
        var (exit, lines) = Check(linkedSite);
        Assert.True(exit == 0, string.Join("\n", lines));

        File.CreateSymbolicLink(Full("content/media/tajne.txt"), _outside.Write("tajne.txt", "heslo"));
        (exit, lines) = Check(linkedSite);
        Assert.Equal(1, exit);
        Assert.Contains("content/media/tajne.txt:1:1: error: the file is a link to a place outside content/", lines);
    }

    public void Dispose()
    {
        _site.Dispose();
        _outside.Dispose();
    }
}
