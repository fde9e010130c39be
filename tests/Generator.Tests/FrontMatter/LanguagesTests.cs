using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.FrontMatter;

/// <summary>
/// site.yml's 'languages:' and 'en:' section (a microsite's too), parsed into <see cref="Model.SiteLanguage"/>s with
/// their fallbacks, and every mistake an error at its line. The fixture 'english' is a site published in Czech and English.
/// </summary>
public class LanguagesTests
{
    private static readonly Lazy<BuildResult> English = new(() => Builds.Generate(TestPaths.Fixture("english")));

    private static string FirstLine(Generator.Diagnostics.Diagnostic d) => d.Format().Split('\n')[0];

    private static IReadOnlyList<string> Errors(BuildResult result) => [.. result.Diagnostics.Where(d => d.IsError).Select(FirstLine)];

    /// <summary>The basic fixture with its site.yml's 'language: cs' line replaced by <paramref name="lines"/>.</summary>
    private static (BuildResult Result, string SiteYml) WithSiteYml(string lines, Action<ContentTree>? more = null)
    {
        using var tree = new ContentTree();
        var text = File.ReadAllText(Path.Combine(tree.Root, "content", "site.yml")).Replace("language: cs\n", lines);
        tree.Write("content/site.yml", text);
        more?.Invoke(tree);
        return (Builds.Generate(tree.Root), text);
    }

    [Fact]
    public void a_site_in_czech_and_english_has_both_languages_the_default_first_with_the_english_section_s_title()
    {
        var result = English.Value;
        Assert.True(result.Succeeded, Builds.Errors(result));
        var site = result.State!.Content.Site;
        Assert.Equal("cs", site.Language);
        Assert.True(site.HasEnglish);
        Assert.Equal(["cs", "en"], site.Languages.Select(l => l.Code));
        var (czech, english) = (site.Languages[0], site.Languages[1]);
        Assert.Equal(("Testovací katalog", "Malý katalog pro testy"), (czech.Title, czech.Description));
        Assert.Equal(site.Menu, czech.Menu);
        Assert.Equal(("Test catalogue", "A small catalogue for the tests"), (english.Title, english.Description));
        // No menu of its own: the output step makes it of the English counterparts of the default menu's pages.
        Assert.Null(english.Menu);
        Assert.Equal(new Generator.Diagnostics.SourceLocation("content/site.yml", 3, 17), english.Location);
    }

    [Fact]
    public void a_microsite_may_name_its_own_languages_and_one_without_them_is_in_its_one_language()
    {
        var conferences = English.Value.State!.Content.Conferences;
        var b = conferences.Single(c => c.Slug == "konference-b");
        Assert.Equal("cs", b.Language);
        Assert.Equal(["cs", "en"], b.Languages.Select(l => l.Code));
        Assert.Equal(("Conference B", "The second test conference."), (b.Languages[1].Title, b.Languages[1].Description));
        var a = conferences.Single(c => c.Slug == "konference-a");
        Assert.Empty(a.Languages);
        Assert.Equal("cs", a.Language);
    }

    [Fact]
    public void without_an_english_section_the_english_pages_take_the_default_title_description_and_menu_items()
    {
        var (result, _) = WithSiteYml("languages: [cs, en]\n", tree => WriteEnglishData(tree));
        Assert.True(result.Succeeded, Builds.Errors(result));
        var site = result.State!.Content.Site;
        var english = site.Languages[1];
        Assert.Equal((site.Title, site.Description), (english.Title, english.Description));
        Assert.Null(english.Menu);
    }

    [Fact]
    public void an_english_menu_is_read_item_by_item()
    {
        var (result, _) = WithSiteYml("languages: [cs, en]\nen:\n  menu:\n    - { title: Catalogue, url: /en/praxe/ }\n", tree => WriteEnglishData(tree));
        var english = result.State!.Content.Site.Languages[1];
        var item = Assert.Single(english.Menu!.Value);
        Assert.Equal(("Catalogue", "/en/praxe/"), (item.Title, item.Url));
    }

    [Fact]
    public void a_site_that_names_only_its_language_has_that_one_and_no_english()
    {
        var site = Builds.Generate(TestPaths.Fixture("basic")).State!.Content.Site;
        Assert.Equal(["cs"], site.Languages.Select(l => l.Code));
        Assert.False(site.HasEnglish);
    }

    [Theory]
    [InlineData("languages: [cs, en, cs]\n", "content/site.yml:3:21: error: 'cs' is in 'languages' twice")]
    [InlineData("language: cs\nlanguages: [en, cs]\n", "content/site.yml:3:11: error: 'language: cs' is not the first of 'languages' ('en'), the site's default language")]
    [InlineData("language: cs\nen: { title: Test catalogue }\n", "content/site.yml:4:5: error: 'en:' holds the English title, description and menu, but the site names no 'languages:'")]
    [InlineData("languages: [cs]\nen: { title: Test catalogue }\n", "content/site.yml:4:5: error: 'en:' holds the English title, description and menu, but 'en' is not in 'languages'")]
    [InlineData("languages: []\n", "content/site.yml:3:12: error: 'languages' must not be empty")]
    [InlineData("languages: [cs, en]\nen: { title: Test catalogue, titel: x }\n", "content/site.yml:4:30: error: unknown field 'titel' in 'en'; did you mean 'title'?")]
    [InlineData("", "content/site.yml:1:1: error: required field 'language' is missing")]
    [InlineData("languages: [cs, sk]\n", "content/site.yml:3:17: error: 'language: sk' is not a language the generator writes")]
    public void a_mistake_in_the_languages_is_an_error_at_its_line(string lines, string expected)
    {
        var (result, _) = WithSiteYml(lines, tree => WriteEnglishData(tree));
        Assert.False(result.Succeeded);
        Assert.Contains(expected, Errors(result));
    }

    [Fact]
    public void the_hint_of_a_missing_language_names_both_ways_of_writing_it()
    {
        var (result, _) = WithSiteYml("");
        var error = Assert.Single(result.Diagnostics, d => FirstLine(d).EndsWith("required field 'language' is missing", StringComparison.Ordinal));
        Assert.Equal("Add a line 'language: cs', or 'languages: [cs, en]' for a site in more than one language.", error.Hint);
    }

    /// <summary>The English names the basic fixture's data files lack (a site in English needs them).</summary>
    internal static void WriteEnglishData(ContentTree tree)
    {
        tree.Write("content/data/regions.yml", "jihomoravsky: { name: Jihomoravský kraj, name_en: South Moravian Region, code: JHM, tile: [1, 0] }\n"
            + "vysocina: { name: Kraj Vysočina, name_en: Vysočina Region, code: VYS, tile: [0, 0] }\n");
        var themes = File.ReadAllText(Path.Combine(tree.Root, "content", "data", "themes.yml"));
        tree.Write("content/data/themes.yml", themes.Replace("description: Zdravý životní styl a prevence. }", "description: Zdravý životní styl a prevence., description_en: A healthy lifestyle. }"));
    }
}
