using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.OpenData;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.OpenData;

/// <summary>
/// The open data page of a site in English too (issue 30): /en/data/ describes the same files — written once, in the main
/// site's /data/ — in English: the tables' titles from en.yml, the columns by the fields' English titles; paired with
/// /data/ both ways. The DCAT catalogue's English titles are the same words; a site in one language has none.
/// </summary>
public class EnglishOpenDataTests
{
    private const string Base = "https://www.dobrapraxe.cz/";
    private static readonly Lazy<BuildResult> Bundled = new(() => Builds.Generate(TestPaths.RepositoryRoot));

    private static IDocument Html(string path)
    {
        Assert.True(Bundled.Value.Succeeded, Builds.Errors(Bundled.Value));
        return new HtmlParser().ParseDocument(Builds.Page(Bundled.Value, path));
    }

    [Fact]
    public void the_english_data_page_describes_the_main_sites_files_in_english()
    {
        var page = Html("en/data/index.html");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(TestWords.English[GeneratorWords.OpenDataTitle], page.QuerySelector("h1")!.TextContent);
        Assert.Equal([TestWords.English[GeneratorWords.PracticesDataTitle], TestWords.English[GeneratorWords.EventsDataTitle], "Videos – Good Practice of Healthy Cities"],
            page.QuerySelectorAll("main h2[id^=sada]").Select(h => h.TextContent));
        // The files are the main site's, written once: linked where they are, none under /en/.
        var links = page.QuerySelectorAll(".open-data-files a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(Base + "data/praxe.csv", links);
        Assert.All(links, l => Assert.StartsWith(Base + "data/", l));
        Assert.Contains(Bundled.Value.Files, f => f.Path == "data/praxe.csv");
        Assert.DoesNotContain(Bundled.Value.Files, f => f.Path.StartsWith("en/data/", StringComparison.Ordinal) && f.Path != "en/data/index.html");
        // The columns by their English titles; the publisher's name, a Czech one, marked so.
        var columns = page.QuerySelectorAll(".open-data-columns").First().QuerySelectorAll("dd").Select(d => d.TextContent).ToList();
        Assert.Equal(["Page address", "Title", "Summary", "Type of entry", "Member", "Themes", "Year started"], columns.Take(7));
        Assert.Contains("Awards: Competition", columns);
        Assert.Equal("cs", page.QuerySelector(".lead span")!.GetAttribute("lang"));
        Assert.Contains("Terms of use: it contains works of authorship, to be used under CC BY 4.0.", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void the_english_and_czech_data_pages_pair_both_ways_and_the_english_footer_links_to_the_english_one()
    {
        var alternates = new Dictionary<string, string> { ["cs"] = Base + "data/", ["en"] = Base + "en/data/", ["x-default"] = Base + "data/" };
        foreach (var path in new[] { "data/index.html", "en/data/index.html" })
            Assert.Equal(alternates, Html(path).QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!));
        Assert.Equal(Base + "en/data/", Html("data/index.html").QuerySelector(".language-switch a")!.GetAttribute("href"));
        Assert.Equal("/en/data/", Html("en/praxe/index.html").QuerySelector("footer .footer-open-data")!.GetAttribute("href"));
        Assert.Contains("<loc>https://www.dobrapraxe.cz/en/data/</loc>", Builds.Page(Bundled.Value, "sitemap.xml"));
    }

    [Fact]
    public void the_dcat_catalogue_s_english_titles_are_the_english_catalogue_s_words()
    {
        var catalogue = JsonDocument.Parse(Builds.Page(Bundled.Value, "data/katalog.jsonld")).RootElement;
        var datasets = catalogue.GetProperty("datová_sada").EnumerateArray().ToDictionary(d => d.GetProperty("iri").GetString()!.Split('#')[1]);
        Assert.Equal(TestWords.English[GeneratorWords.PracticesDataTitle], datasets["praxe"].GetProperty("název").GetProperty("en").GetString());
        Assert.Equal(TestWords.English[GeneratorWords.EventsDataDescription], datasets["akce"].GetProperty("popis").GetProperty("en").GetString());
        Assert.Equal("Data in CSV", datasets["praxe"].GetProperty("distribuce")[0].GetProperty("název").GetProperty("en").GetString());
    }

    [Fact]
    public void a_site_in_one_language_describes_its_data_in_that_language_only()
    {
        var result = Builds.Generate(TestPaths.Fixture("videos"));
        Assert.True(result.Succeeded, Builds.Errors(result));
        var catalogue = JsonDocument.Parse(Builds.Page(result, "data/katalog.jsonld")).RootElement;
        foreach (var dataset in catalogue.GetProperty("datová_sada").EnumerateArray())
        {
            Assert.Equal(["cs"], dataset.GetProperty("název").EnumerateObject().Select(p => p.Name));
            Assert.Equal(["cs"], dataset.GetProperty("distribuce")[0].GetProperty("název").EnumerateObject().Select(p => p.Name));
        }
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("en/", StringComparison.Ordinal));
    }

    [Fact]
    public void every_field_the_open_data_publishes_has_an_english_title()
    {
        Assert.True(Bundled.Value.Succeeded, Builds.Errors(Bundled.Value));
        var schema = Bundled.Value.State!.Content.Schema;
        var settings = Bundled.Value.State.Content.Site.OpenData!;
        // Every built-in kind's fields, also those a site's settings may leave out (personal ones, excluded ones).
        var all = settings with { IncludePersonal = [.. new[] { schema.Practice, schema.Event }.SelectMany(OpenDataFields.PersonalPaths)], Exclude = [] };
        foreach (var kind in new[] { schema.Practice, schema.Event }.Concat(schema.ItemKinds.Where(k => k.OpenData).Select(schema.EntryOf)))
            foreach (var (name, field, group) in CsvTableWriter.Columns(OpenDataFields.Of(kind, all)))
            {
                Assert.False(string.IsNullOrEmpty(field.TitleEn), $"{kind.Key}: '{name}' has no English title");
                if (group is not null) Assert.False(string.IsNullOrEmpty(group.TitleEn), $"{kind.Key}: '{group.Key}' has no English title");
            }
        Assert.Equal("Themes", schema.Practice["themes"].TitleEn);
    }
}
