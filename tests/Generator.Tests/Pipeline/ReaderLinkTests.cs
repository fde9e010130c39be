using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Pipeline;

/// <summary>
/// The links fixture: Markdown links written as a reader sees the site ('../jina-praxe/', '/praxe/strana/2/', a
/// microsite's 'program/'), generated pages included, beside the usual links to .md files.
/// </summary>
public class ReaderLinkTests
{
    private static readonly string Links = TestPaths.Fixture("links");

    /// <summary>content/practices/odkazy.md with <paramref name="text"/> as its body, which starts on line 10.</summary>
    private static void WriteLinkingEntry(ContentTree tree, string text) => tree.Write("content/practices/odkazy.md", $"""
        ---
        title: Odkazy
        summary: Záznam, který odkazuje adresami stránek.
        member: znojmo
        themes: [zdravi]
        year: 2015
        date: 2021-02-17
        ---

        {text}

        """);

    [Fact]
    public void a_site_whose_links_are_page_addresses_builds_without_a_single_diagnostic()
    {
        var result = Builds.Generate(Links);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Empty(result.Diagnostics);
        var entry = Builds.Page(result, "praxe/odkazy/index.html");
        foreach (var href in new[] { "/praxe/jina-praxe/", "/praxe/jina-praxe/#jak-to-zacalo", "/temata/zdravi/", "/praxe/strana/2/", "/praxe/", "/praxe/treti-praxe/" })
            Assert.Contains($"href=\"{href}\"", entry);
        Assert.Contains("href=\"/praxe/jina-praxe/\"", Builds.Page(result, "o-nas/index.html"));
        var conference = Builds.Page(result, "konference/index.html");
        foreach (var href in new[] { "/program/", "/recnici/", "/registrace/#poplatky" })
            Assert.Contains($"href=\"{href}\"", conference);
    }

    [Fact]
    public void a_link_to_an_address_where_nothing_is_published_is_an_error_at_its_line_and_column_naming_the_nearest_page()
    {
        using var tree = new ContentTree("links");
        WriteLinkingEntry(tree, """
            Viz [jiná praxe](../jina-prxe/) a její [začátek](../jina-praxe/#jak-to-zacal).
            Téma [zdraví](/temata/zdravy/).
            """);
        tree.Write("content/conferences/konference/registrace.md", """
            ---
            title: Registrace
            ---
            ## Poplatky

            Zpět na [program](../progam/).

            """);

        var result = Builds.Generate(tree.Root);
        Assert.False(result.Succeeded);
        Assert.Equal("""
            content/conferences/konference/registrace.md:6:9: error: link '/progam/' points to a page that does not exist (on page /registrace/)
                Did you mean '/program/'?
            content/practices/odkazy.md:10:5: error: link '/praxe/jina-prxe/' points to a page that does not exist (on page /praxe/odkazy/)
                Did you mean '/praxe/jina-praxe/'?
            content/practices/odkazy.md:10:40: error: anchor '#jak-to-zacal' does not exist on /praxe/jina-praxe/ (on page /praxe/odkazy/)
                Did you mean '/praxe/jina-praxe/#jak-to-zacalo'?
            content/practices/odkazy.md:11:6: error: link '/temata/zdravy/' points to a page that does not exist (on page /praxe/odkazy/)
                Did you mean '/temata/zdravi/'?
            """, Builds.Errors(result));
    }

    [Fact]
    public void a_link_to_an_address_like_no_page_names_the_nearest_page_above_it_that_exists()
    {
        using var tree = new ContentTree("links");
        WriteLinkingEntry(tree, """
            Viz [nic](../qxwv-bflm-psvz/).
            Téma [ani to](/temata/zdravi/qxwv/bflm/).
            """);

        var result = Builds.Generate(tree.Root);
        Assert.Equal("""
            content/practices/odkazy.md:10:5: error: link '/praxe/qxwv-bflm-psvz/' points to a page that does not exist (on page /praxe/odkazy/)
                No page has an address like it; the nearest page that exists is '/praxe/'. Fix the link, or create the page it points to.
            content/practices/odkazy.md:11:6: error: link '/temata/zdravi/qxwv/bflm/' points to a page that does not exist (on page /praxe/odkazy/)
                No page has an address like it; the nearest page that exists is '/temata/zdravi/'. Fix the link, or create the page it points to.
            """, Builds.Errors(result));
    }
}
