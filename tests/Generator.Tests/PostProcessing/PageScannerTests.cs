using AngleSharp.Html.Parser;
using DobraPraxe.Generator.PostProcessing;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.PostProcessing;

/// <summary>The fast page scanner finds exactly the ids and links AngleSharp's DOM finds, on every page we build.</summary>
public class PageScannerTests
{
    public static TheoryData<string> Sites() => ["bundled", "basic", "hostile"];

    [Theory]
    [MemberData(nameof(Sites))]
    public void the_scanner_agrees_with_angle_sharp_on_every_page(string name)
    {
        var result = Builds.Generate(name == "bundled" ? TestPaths.RepositoryRoot : TestPaths.Fixture(name));
        Assert.True(result.Succeeded, Builds.Errors(result));
        var parser = new HtmlParser();
        Assert.True(result.Pages.Count > 30);
        foreach (var page in result.Pages)
        {
            using var document = parser.ParseDocument(Builds.Page(result, DobraPraxe.Generator.Site.Routes.FileOf(page.SitePath)));
            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();
            var links = document.QuerySelectorAll("a[href], link[href], img[src], script[src], source[src]")
                .Select(e => e.GetAttribute(e.LocalName is "a" or "link" ? "href" : "src")!).Order(StringComparer.Ordinal).ToList();
            Assert.True(ids.SetEquals(page.Ids), $"{page.SitePath}: ids differ");
            Assert.Equal(links, page.Links.Order(StringComparer.Ordinal).ToList());
        }
    }

    [Fact]
    public void entities_in_attribute_values_are_decoded_and_text_that_looks_like_markup_is_ignored()
    {
        var page = PageScanner.Scan("a/", "<p>id=\"nic\" &lt;a href=\"/x/\"&gt;</p><a href=\"/b/?x=1&amp;y=2\" id=\"kotva\">b</a><img alt=\"a > b\" src=\"/i.svg\">", null);
        Assert.Equal(["kotva"], page.Ids);
        Assert.Equal(["/b/?x=1&y=2", "/i.svg"], page.Links.ToArray());
    }
}
