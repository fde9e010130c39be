using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Site;

/// <summary>The tile map of the kraje on the home page and /kraje/: 14 links, the region pages' counts, a table beside it.</summary>
public class RegionMapTests
{
    private static readonly Lazy<Generator.Pipeline.BuildResult> Bundled = new(() => Builds.Generate(TestPaths.RepositoryRoot));

    [Theory]
    [InlineData("index.html")]
    [InlineData("kraje/index.html")]
    public void the_map_links_every_region_with_the_count_of_its_page_and_a_table_says_the_same(string path)
    {
        var result = Bundled.Value;
        Assert.True(result.Succeeded, Builds.Errors(result));
        var page = new HtmlParser().ParseDocument(Builds.Page(result, path));
        var map = page.QuerySelector(".region-map")!;
        var tiles = map.QuerySelectorAll("svg a").ToList();
        Assert.Equal(14, tiles.Count);
        var rows = map.QuerySelectorAll(".map-table tbody tr").ToDictionary(r => r.QuerySelector("a")!.GetAttribute("href")!, r => int.Parse(r.QuerySelector("td")!.TextContent));
        Assert.Equal(14, rows.Count);
        foreach (var tile in tiles)
        {
            var href = tile.GetAttribute("href")!;
            var regionPage = new HtmlParser().ParseDocument(Builds.Page(result, href.TrimStart('/') + "index.html"));
            // The map counts practices; other entries of the region (videos) have a section of their own below them.
            var count = regionPage.QuerySelectorAll(".card").Count(c => c.Closest("section[aria-labelledby='dalsi-zaznamy']") is null)
                + (regionPage.QuerySelector(".pagination") is null ? 0 : 1000);
            Assert.True(count < 1000, "a region with more than one page of practices: compare with its total instead");
            Assert.Equal(count, int.Parse(tile.QuerySelectorAll("text")[1].TextContent));
            Assert.Equal(count, rows[href]);
            Assert.Contains(": " + regionPage.QuerySelector("h1")!.TextContent.Trim() + ", ", tile.GetAttribute("aria-label"));
        }
        Assert.NotNull(map.QuerySelector(".map-table caption"));
        Assert.NotEmpty(map.QuerySelectorAll(".map-legend li"));
    }
}
