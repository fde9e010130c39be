using DobraPraxe.Generator.Editing;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Producers;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Producers;

/// <summary>
/// The registry of output producers (Producers/Outputs) against real builds: what each site's producers declare before
/// anything is built is what the build writes beside the pages, so the collision checks that ask it are right.
/// </summary>
public class OutputRegistryTests
{
    private static BuildResult Build(string source, EditorMode? editor = null) =>
        new SiteGenerator(new BuildOptions
        {
            SourceDirectory = source, OutputDirectory = Path.Combine(source, "site-output"), Now = Builds.Now, Editor = editor,
        }).Generate();

    public static TheoryData<string, EditorMode?> Sites => new()
    {
        { "bundled", null },
        { "kinds", null },
        // serve's editor: /admin/ and its lines in robots.txt and _headers.
        { "kinds", EditorMode.Local },
    };

    [Theory]
    [MemberData(nameof(Sites))]
    public void the_files_beside_the_pages_are_what_the_producers_declare(string name, EditorMode? editor)
    {
        var result = Build(name == "bundled" ? TestPaths.RepositoryRoot : TestPaths.Fixture(name), editor);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var content = result.State!.Content;
        var pages = result.Pages.Select(p => Routes.FileOf(p.SitePath)).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(content.Conferences);
        // The microsites and the other languages' sites, each in its folder.
        var microsites = content.Conferences.Select(c => c.Slug + "/").Concat(content.Site.Languages.Skip(1).Select(l => l.Code + "/")).ToList();
        var sites = new[] { (Folder: "", Plan: new OutputPlan(content, editor ?? (content.Site.Editor is null ? EditorMode.Off : EditorMode.Published))) }
            .Concat(content.Conferences.Select(c => (Folder: c.Slug + "/", Plan: OutputPlan.ForMicrosite(content, c))))
            .Concat(content.Site.Languages.Skip(1).Select(l => (Folder: l.Code + "/", Plan: OutputPlan.ForLanguage(content, l))));
        foreach (var (folder, plan) in sites)
        {
            var declared = Outputs.Paths(plan);
            var files = result.Files.Select(f => f.Path)
                .Where(p => folder.Length > 0 ? p.StartsWith(folder, StringComparison.Ordinal) : !microsites.Any(m => p.StartsWith(m, StringComparison.Ordinal)))
                .Select(p => p[folder.Length..]).ToHashSet(StringComparer.Ordinal);
            var beside = files.Where(f => !pages.Contains(folder + f)).ToList();
            // One sitemap for a site and its languages: the main site's lists them all.
            if (plan.Language is null) Assert.Contains(SitemapBuilder.Path, beside);
            Assert.All(beside, f => Assert.True(declared.Any(d => d.Matches(f)), $"/{folder}{f} is written, but no producer declares it"));
            Assert.All(files.Where(f => pages.Contains(folder + f)),
                f => Assert.False(declared.Any(d => d.Matches(f)), $"the page /{folder}{f} is in {string.Join(", ", declared.Where(d => d.Matches(f)))}, which a producer declares"));
            Assert.All(declared.Where(d => d.IsExact), d => Assert.True(files.Contains(d.Pattern), $"/{folder}{d} is declared, but not written"));
        }
    }

    [Fact]
    public void each_producer_is_a_stage_of_its_own_named_in_one_word()
    {
        // The benchmark's profile reads "  name  123 ms" lines into a table by name.
        string[] pipeline = ["read", "parse", "validate", "images", "markdown", "model", "templates", "reuse", "links", "spelling", "plan", "changes"];
        foreach (var site in new[] { Outputs.EverySite.Concat(Outputs.Main).ToList(), Outputs.EverySite.Concat(Outputs.Microsite).ToList() })
        {
            var names = site.Select(p => p.Name).ToList();
            Assert.Equal(names.Distinct().Count(), names.Count);
            Assert.All(names, n => Assert.Matches(@"^\S+$", n));
            Assert.Empty(names.Intersect(pipeline));
        }
        var stages = Builds.Generate(TestPaths.Fixture("kinds")).Timings.Select(t => t.Stage).ToList();
        foreach (var producer in Outputs.EverySite.Concat(Outputs.Main)) Assert.Single(stages, producer.Name);
        Assert.Contains("search", stages);
        Assert.Contains("accent konference-a", stages);
        Assert.DoesNotContain("files", stages);
    }

    [Fact]
    public void a_page_may_not_take_a_folder_a_producer_owns()
    {
        using var site = new ContentTree("kinds");
        site.Write("content/pages/admin.md", "---\ntitle: Správa\n---\n\nText.\n");
        site.Write("content/conferences/konference-b/assets.md", "---\ntitle: Podklady\n---\n\nText.\n");
        // /admin/ is the web editor's only where it is published.
        var published = Build(site.Root, EditorMode.Local);
        Assert.Contains(published.Diagnostics, d => d.IsError && d.Location.Path == "content/pages/admin.md" && d.Message == "the page slug 'admin' is used by the site itself (/admin/)");
        Assert.Contains(published.Diagnostics, d => d.IsError && d.Location.Path == "content/conferences/konference-b/assets.md"
            && d.Message == "the page name 'assets' is used by the microsite itself (/assets/)");
        var without = Build(site.Root, EditorMode.Off);
        Assert.DoesNotContain(without.Diagnostics, d => d.Location.Path == "content/pages/admin.md");
    }

    [Theory]
    [InlineData("feed.xml", "feed.xml", true)]
    [InlineData("feed.xml", "praxe/feed.xml", false)]
    [InlineData("akce/*/udalost.ics", "akce/skola/udalost.ics", true)]
    [InlineData("akce/*/udalost.ics", "akce/skola/jine/udalost.ics", false)]
    [InlineData("data/*.csv", "data/praxe.csv", true)]
    [InlineData("data/*.csv", "data/index.html", false)]
    [InlineData("search/", "search/terms/0.json", true)]
    [InlineData("search/", "search", false)]
    [InlineData("search/", "searching/index.html", false)]
    public void an_owned_path_matches_a_file_or_a_shape_or_a_folder(string pattern, string path, bool matches)
    {
        var owned = pattern.EndsWith('/') ? OwnedPath.Folder(pattern) : OwnedPath.File(pattern);
        Assert.Equal(matches, owned.Matches(path));
    }

    [Theory]
    [InlineData("feed.xml", "feed.xml")]
    [InlineData("search/", "search")]
    [InlineData("akce/kalendar.ics", null)]
    [InlineData("temata/*/feed.xml", null)]
    public void a_file_or_folder_at_the_top_takes_its_segment(string pattern, string? segment) =>
        Assert.Equal(segment, (pattern.EndsWith('/') ? OwnedPath.Folder(pattern) : OwnedPath.File(pattern)).Segment);
}
