using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Pipeline;

/// <summary>One publication rule (draft, future date, --drafts, --now) for the main site, the microsites and the preview.</summary>
public class PublicationTests
{
    private const string DraftConferencePage = "---\ntitle: Připravujeme\ndraft: true\n---\nZatím koncept.\n";

    private static int Check(ContentTree site, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(["check", "--source", site.Root, "--now", "2026-11-24T12:00:00+01:00", .. args], output, error);
        Assert.True(code is 0 or 1, $"exit {code}\n{error}");
        return code;
    }

    [Fact]
    public void a_draft_page_of_a_conference_stays_out_of_a_normal_build()
    {
        using var site = new ContentTree();
        site.Write("content/conferences/konference-a/pripravujeme.md", DraftConferencePage);

        Assert.Equal(0, Check(site));
        var result = Builds.Generate(site.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var paths = result.Files.Select(f => f.Path).ToHashSet();
        Assert.Contains("konference-a/registrace/index.html", paths);
        Assert.DoesNotContain("konference-a/pripravujeme/index.html", paths);
        Assert.DoesNotContain("/pripravujeme/", Builds.Page(result, "konference-a/index.html"));
    }

    [Fact]
    public void with_drafts_a_draft_conference_page_is_published_with_the_banner()
    {
        using var site = new ContentTree();
        site.Write("content/conferences/konference-a/pripravujeme.md", DraftConferencePage);

        var result = Builds.Generate(site.Root, drafts: true);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Contains("draft-banner", Builds.Page(result, "konference-a/pripravujeme/index.html"));
        Assert.DoesNotContain("draft-banner", Builds.Page(result, "konference-a/registrace/index.html"));
    }

    [Fact]
    public void a_link_to_a_draft_conference_page_is_plain_text_with_a_warning()
    {
        using var site = new ContentTree();
        site.Write("content/conferences/konference-a/pripravujeme.md", DraftConferencePage);
        site.Write("content/conferences/konference-a/registrace.md", "---\ntitle: Registrace\n---\n## Poplatky\n\nViz [připravujeme](pripravujeme.md).\n");

        var result = Builds.Generate(site.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Contains(result.Diagnostics, d => !d.IsError && d.Location.Path == "content/conferences/konference-a/registrace.md" && d.Message.Contains("not published yet"));
    }

    [Fact]
    public void a_conference_whose_home_page_is_a_draft_is_left_out_whole_and_its_event_still_builds()
    {
        using var site = new ContentTree();
        site.Write("content/conferences/konference-a/index.md", "---\ntitle: Vítejte\ndraft: true\n---\nBrzy.\n");

        var result = Builds.Generate(site.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("konference-a/", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.Path == "akce/forum-2021/index.html");

        var drafts = Builds.Generate(site.Root, drafts: true);
        Assert.True(drafts.Succeeded, Builds.Errors(drafts));
        Assert.Contains("draft-banner", Builds.Page(drafts, "konference-a/index.html"));
    }

    [Fact]
    public void now_decides_whether_a_future_dated_practice_is_published()
    {
        using var site = new ContentTree();
        Assert.DoesNotContain(Builds.Generate(site.Root).Files, f => f.Path == "praxe/budouci/index.html");
        var later = new DobraPraxe.Generator.Pipeline.SiteGenerator(new DobraPraxe.Generator.Pipeline.BuildOptions
        {
            SourceDirectory = site.Root, OutputDirectory = "unused", Now = new DateTimeOffset(2030, 1, 1, 8, 0, 0, TimeSpan.FromHours(1)),
        }).Generate();
        Assert.True(later.Succeeded, Builds.Errors(later));
        Assert.DoesNotContain("draft-banner", Builds.Page(later, "praxe/budouci/index.html"));
    }
}

/// <summary>The preview's single-entry update follows the build's publication rule.</summary>
public class FastPathPublicationTests
{
    private const string Entry = "content/practices/jihlava-pesi-zona.md";

    private static (ContentTree Site, DobraPraxe.Generator.Pipeline.BuildState State) Built(bool drafts)
    {
        var site = new ContentTree();
        var result = Builds.Generate(site.Root, drafts: drafts);
        Assert.True(result.Succeeded, Builds.Errors(result));
        return (site, result.State!);
    }

    private static void MakeDraft(ContentTree site) =>
        site.Write(Entry, File.ReadAllText(Path.Combine(site.Root, Entry)).Replace("\n---\n", "\ndraft: true\n---\n"));

    [Fact]
    public void without_drafts_an_entry_turned_into_a_draft_is_left_to_the_full_rebuild()
    {
        var (site, state) = Built(drafts: false);
        using var _ = site;
        MakeDraft(site);
        Assert.Null(DobraPraxe.Generator.Serve.EntryUpdater.TryUpdate(state, site.Root, Entry, Builds.Now));
    }

    [Fact]
    public void with_drafts_an_entry_turned_into_a_draft_is_redone_alone_with_the_banner()
    {
        var (site, state) = Built(drafts: true);
        using var _ = site;
        MakeDraft(site);
        var page = DobraPraxe.Generator.Serve.EntryUpdater.TryUpdate(state, site.Root, Entry, Builds.Now);
        Assert.NotNull(page);
        Assert.Contains("draft-banner", System.Text.Encoding.UTF8.GetString(page.Content!));
    }
}
