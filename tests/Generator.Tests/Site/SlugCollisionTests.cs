using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Site;

/// <summary>Two files that would be published at one URL: every file involved is named, each at the line that causes it.</summary>
public class SlugCollisionTests
{
    private const string Practice = "---\ntitle: T\nsummary: S.\nmember: znojmo\nthemes: [zdravi]\nyear: 2015\ndate: 2021-02-17\n{0}---\nText.\n";

    private static string[] Errors(ContentTree site)
    {
        var result = Builds.Generate(site.Root);
        Assert.False(result.Succeeded);
        return Builds.Errors(result).Split('\n');
    }

    [Fact]
    public void a_practice_whose_slug_takes_another_files_name_is_reported_at_both_files()
    {
        using var site = new ContentTree();
        site.Write("content/practices/dvojnik.md", string.Format(Practice, "slug: znojmo-cyklostezky\n"));

        var errors = Errors(site);
        Assert.Contains("content/practices/dvojnik.md:8:7: error: practice slug 'znojmo-cyklostezky' is also used by content/practices/znojmo-cyklostezky.md; both would be published at /praxe/znojmo-cyklostezky/", errors);
        Assert.Contains("content/practices/znojmo-cyklostezky.md:1:1: error: practice slug 'znojmo-cyklostezky' is also used by content/practices/dvojnik.md (line 8); both would be published at /praxe/znojmo-cyklostezky/", errors);
    }

    [Fact]
    public void three_files_with_one_slug_each_name_the_other_two()
    {
        using var site = new ContentTree();
        site.Write("content/practices/a.md", string.Format(Practice, "slug: spolecny\n"));
        site.Write("content/practices/b.md", string.Format(Practice, "\nslug: spolecny\n"));
        site.Write("content/practices/spolecny.md", string.Format(Practice, ""));

        var errors = Errors(site).Where(l => l.Contains("slug 'spolecny'", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("content/practices/a.md:8:7: error: practice slug 'spolecny' is also used by content/practices/b.md (line 9) and content/practices/spolecny.md;", errors[0]);
        Assert.StartsWith("content/practices/b.md:9:7: error: practice slug 'spolecny' is also used by content/practices/a.md (line 8) and content/practices/spolecny.md;", errors[1]);
        Assert.StartsWith("content/practices/spolecny.md:1:1: error:", errors[2]);
    }

    [Fact]
    public void events_and_pages_collide_the_same_way()
    {
        using var site = new ContentTree();
        site.Write("content/pages/kontakt.md", "---\ntitle: Kontakt\nslug: o-nas\n---\nText.\n");

        var errors = Errors(site);
        Assert.Contains("content/pages/kontakt.md:3:7: error: page slug 'o-nas' is also used by content/pages/o-nas.md; both would be published at /o-nas/", errors);
        Assert.Contains("content/pages/o-nas.md:1:1: error: page slug 'o-nas' is also used by content/pages/kontakt.md (line 3); both would be published at /o-nas/", errors);
    }

    [Fact]
    public void a_conference_folder_named_like_a_page_is_reported_at_the_folder_and_at_the_page()
    {
        using var site = new ContentTree();
        site.Write("content/pages/konference.md", "---\ntitle: Konference\nslug: konference-a\n---\nText.\n");

        var errors = Errors(site);
        Assert.Contains(errors, l => l.StartsWith("content/conferences/konference-a:1:1: error: the conference folder 'konference-a' has the same name as the page content/pages/konference.md (line 3)", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith("content/pages/konference.md:3:7: error: the page slug 'konference-a' is the name of the conference folder content/conferences/konference-a", StringComparison.Ordinal));
    }
}
