using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Pipeline;

/// <summary>
/// A conference's own 'languages: [cs, en]' (issue 30): its microsite is published in English too, as the main site is —
/// in a folder of its own (/konference-b/en/), with pages only for its translated pages (index.en.md …), the program and
/// speakers with their English texts, each page paired with its Czech counterpart (hreflang, switcher, sitemap). And
/// the errors such a microsite can have, at their lines.
/// </summary>
public class MicrositeLanguageTests
{
    private const string Microsite = "https://example.net/konference-b/";
    private static readonly Lazy<BuildResult> English = new(() => Builds.Generate(TestPaths.Fixture("english")));

    private static BuildResult Result
    {
        get
        {
            Assert.True(English.Value.Succeeded, Builds.Errors(English.Value));
            return English.Value;
        }
    }

    private static IDocument Html(string path) => new HtmlParser().ParseDocument(Builds.Page(Result, path));

    /// <summary>The output file an absolute URL of the microsite leads to: https://example.net/konference-b/en/ → konference-b/en/index.html.</summary>
    private static string FileOf(string url)
    {
        Assert.StartsWith(Microsite, url);
        var path = "konference-b/" + url[Microsite.Length..].Split('#')[0];
        return path.EndsWith('/') ? path + "index.html" : path;
    }

    private static Dictionary<string, string> Alternates(IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

    [Fact]
    public void the_microsite_is_published_in_english_in_a_folder_of_its_own_with_pages_only_for_what_is_translated()
    {
        var files = Result.Files.Select(f => f.Path).ToHashSet();
        foreach (var path in new[] { "konference-b/en/index.html", "konference-b/en/program/index.html", "konference-b/en/recnici/index.html", "konference-b/en/404.html",
                     "konference-b/en/accessibility-statement/index.html", "konference-b/en/accessibility-statement/statement.json", "konference-b/en/program.ics" })
            Assert.Contains(path, files);
        // An untranslated page has no English page; the microsite's shared files (assets, sitemap) are not written twice.
        foreach (var path in new[] { "konference-b/en/kontakt/index.html", "konference-b/en/assets/css/site.css", "konference-b/en/sitemap.xml", "konference-b/en/robots.txt" })
            Assert.DoesNotContain(path, files);
        // A microsite without languages of its own is in one language only, as before.
        Assert.DoesNotContain(files, f => f.StartsWith("konference-a/en/", StringComparison.Ordinal));
        Assert.Null(Html("konference-a/index.html").QuerySelector(".language-switch"));
        Assert.Empty(Alternates(Html("konference-a/index.html")));
    }

    [Fact]
    public void the_english_home_page_is_the_translation_with_an_english_menu_and_marks_what_leads_to_czech()
    {
        var home = Html("konference-b/en/index.html");
        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Conference B", home.QuerySelector("h1")!.TextContent);
        Assert.Equal("5 May 2027", home.QuerySelector(".eyebrow")!.TextContent);
        Assert.Equal(Microsite + "en/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        // The Czech menu's counterparts: home in English, the untranslated contact page in Czech, marked so.
        var menu = home.QuerySelectorAll(".main-nav a").Select(a => (a.TextContent, a.GetAttribute("href"), a.GetAttribute("hreflang"), a.GetAttribute("lang"))).ToList();
        Assert.Equal([("Home", "/konference-b/en/", null, null), ("Kontakt", Microsite + "kontakt/", "cs", "cs")], menu);
        // The translation's links: to an untranslated page, its Czech page; to the program, the English one.
        var links = home.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([Microsite + "kontakt/", "/konference-b/en/program/"], links);
        // Shared files come from the microsite's root; the footer leads to the main site's English home.
        Assert.Contains(home.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href") == "/konference-b/assets/css/accent.css");
        Assert.Contains(home.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "https://example.org/en/" && a.TextContent == "Test catalogue");
        Assert.Equal("/konference-b/en/accessibility-statement/", home.QuerySelector(".footer-accessibility")!.GetAttribute("href"));
    }

    [Fact]
    public void the_english_program_and_speakers_show_the_english_texts_and_its_calendar_is_in_english()
    {
        var program = Html("konference-b/en/program/index.html");
        Assert.Equal(["Opening", "Workshop"], program.QuerySelectorAll(".session-title").Select(h => h.TextContent));
        Assert.Equal("A hands-on workshop.", program.QuerySelector(".session-description")!.TextContent);
        Assert.Equal("Wednesday 5 May 2027", program.QuerySelector(".program-day h2")!.TextContent);
        var speakers = Html("konference-b/en/recnici/index.html");
        Assert.Equal("Mgr. Eva Svobodová", speakers.QuerySelector(".speaker-name")!.TextContent);
        Assert.Equal("Town of Testov", speakers.QuerySelector(".speaker-affiliation")!.TextContent);
        Assert.Contains("Mayor.", speakers.QuerySelector(".speaker")!.TextContent);
        var calendar = Builds.Page(Result, "konference-b/en/program.ics");
        Assert.Contains("SUMMARY:Opening", calendar);
        Assert.Contains("X-WR-CALNAME:Conference B", calendar);
        Assert.Contains("SUMMARY:Zahájení", Builds.Page(Result, "konference-b/program.ics"));
    }

    [Fact]
    public void every_page_of_both_languages_pairs_both_ways_and_every_switch_leads_to_a_page_that_exists()
    {
        var files = Result.Files.Select(f => f.Path).ToHashSet();
        var pages = files.Where(p => p.StartsWith("konference-b/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages");
        var paired = 0;
        foreach (var path in pages)
        {
            var page = Html(path);
            var english = path.StartsWith("konference-b/en/", StringComparison.Ordinal);
            var link = Assert.Single(page.QuerySelectorAll(".language-switch a"));
            Assert.Equal(english ? "cs" : "en", link.GetAttribute("hreflang"));
            var target = FileOf(link.GetAttribute("href")!);
            Assert.True(files.Contains(target), $"{path}: the switch leads to {target}, which does not exist");
            var alternates = Alternates(page);
            Assert.Equal(!alternates.ContainsKey(english ? "cs" : "en"), page.QuerySelector(".language-nearest") is not null);
            if (alternates.Count == 0) continue;
            paired++;
            Assert.Equal(alternates["cs"], alternates["x-default"]);
            foreach (var url in alternates.Values.Distinct()) Assert.Equal(alternates, Alternates(Html(FileOf(url))));
        }
        Assert.Equal(8, paired);   // home, program, speakers and the statement in both languages; the 404s and the contact page are not paired
        // The statement is named in each language.
        Assert.Equal(Microsite + "en/accessibility-statement/", Alternates(Html("konference-b/prohlaseni-o-pristupnosti/index.html"))["en"]);
        // An untranslated page leads to the English home, saying so.
        Assert.Equal(Microsite + "en/", Html("konference-b/kontakt/index.html").QuerySelector(".language-switch a")!.GetAttribute("href"));
    }

    [Fact]
    public void the_microsite_s_sitemap_lists_both_languages_with_the_same_alternates_as_the_pages()
    {
        var sitemap = XDocument.Parse(Builds.Page(Result, "konference-b/sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(sm + "url").ToList();
        Assert.Contains(urls, u => u.Element(sm + "loc")!.Value == Microsite + "en/program/");
        foreach (var url in urls)
        {
            var links = url.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal(Alternates(Html(FileOf(url.Element(sm + "loc")!.Value))), links);
        }
    }

    [Fact]
    public void a_microsite_statement_takes_the_main_sites_english_texts_with_the_main_sites_czech_ones_and_its_own_with_its_own()
    {
        var main = new AccessibilityStatement { Location = default, Body = "Město Testov", BodyEn = "Town of Testov", ContactName = "Podatelna", ContactNameEn = "Registry", Email = "a@testov.cz" };
        var inherits = new AccessibilityStatement { Location = default, Status = "plne" }.Over(main);
        Assert.Equal(("Town of Testov", "Registry"), (inherits.BodyEn, inherits.ContactNameEn));
        var own = new AccessibilityStatement { Location = default, Body = "Spolek", Email = "b@testov.cz" }.Over(main);
        Assert.Equal(("Spolek", null, null), (own.Body, own.BodyEn, own.ContactNameEn));
    }

    private static List<string> Errors(params (string Path, string? Text)[] changes)
    {
        using var tree = new ContentTree("english");
        foreach (var (path, text) in changes)
            if (text is null) tree.Delete(path); else tree.Write(path, text);
        return [.. Builds.Generate(tree.Root).Diagnostics.Where(d => d.IsError).Select(d => d.Format().Split('\n')[0])];
    }

    private static string Read(string path) => File.ReadAllText(Path.Combine(TestPaths.Fixture("english"), path));

    [Fact]
    public void a_microsite_in_english_without_its_home_page_in_english_is_an_error_at_its_language()
    {
        Assert.Equal(["content/conferences/konference-b/site.yml:9:17: error: the microsite is published in 'en' too, but its home page has no translation: content/conferences/konference-b/index.en.md"],
            Errors(("content/conferences/konference-b/index.en.md", null)));
    }

    [Fact]
    public void a_session_or_a_speaker_without_its_english_text_is_an_error_at_its_place()
    {
        var errors = Errors(
            ("content/conferences/konference-b/program.yml", Read("content/conferences/konference-b/program.yml").Replace(", title_en: Opening", "", StringComparison.Ordinal)),
            ("content/conferences/konference-b/speakers.yml", Read("content/conferences/konference-b/speakers.yml").Replace(", bio_en: Mayor.", "", StringComparison.Ordinal)));
        Assert.Equal(
        [
            "content/conferences/konference-b/program.yml:4:9: error: the session 'Zahájení' has no 'title_en', and the microsite is published in English too",
            "content/conferences/konference-b/speakers.yml:1:1: error: a speaker 'svoboda' has no 'bio_en', and the site is published in English too",
        ], errors);
    }

    [Fact]
    public void a_page_named_like_a_language_s_folder_a_translation_without_its_original_and_one_into_another_language_are_errors()
    {
        var errors = Errors(
            ("content/conferences/konference-b/en.md", "---\ntitle: Anglicky\n---\nText.\n"),
            ("content/conferences/konference-b/program.en.md", "---\ntitle: Programme\n---\nText.\n"),
            ("content/conferences/konference-a/index.de.md", "---\ntitle: Konferenz A\n---\nText.\n"));
        Assert.Contains("content/conferences/konference-b/en.md:1:1: error: the page name 'en' is used by the microsite itself (/en/)", errors);
        Assert.Contains(errors, e => e.StartsWith("content/conferences/konference-b/program.en.md:1:1: error: this translation has no original: there is no content/conferences/konference-b/program.md", StringComparison.Ordinal));
        Assert.Contains("content/conferences/konference-a/index.de.md:1:1: error: 'de' in the file name is not a language of the site", errors);
    }

    [Fact]
    public void a_translation_of_a_microsite_page_inherits_what_it_does_not_translate()
    {
        var errors = Errors(("content/conferences/konference-b/kontakt.en.md", "---\ntitle: Contact\norder: 3\n---\nWrite to us.\n"));
        Assert.Equal(["content/conferences/konference-b/kontakt.en.md:3:8: error: 'order' is not translated: a translation takes it from its original, content/conferences/konference-b/kontakt.md, which does not set it"],
            errors);
    }
}
