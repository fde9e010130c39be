using System.Collections.Immutable;
using System.Text;
using System.Xml.Linq;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Producers;

/// <summary>The sitemap protocol's limit of 50,000 URLs per file: past it, sitemap.xml is an index of numbered parts.</summary>
public class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly SiteUrls Urls = new(new Uri("https://example.org/katalog/"));

    private static RenderJob Page(int n) => new($"praxe/p{n:D6}/", "practice",
        ImmutableDictionary<string, object?>.Empty.Add("page", new PageMeta { Title = "T", Description = "D", Path = $"praxe/p{n:D6}/", Canonical = "", Kind = "practice" }), null)
    {
        Words = TestWords.Czech,
        LastModified = new DateOnly(2020, 1, 1).AddDays(n % 1000),
    };

    private static XDocument Parse(byte[] bytes) => XDocument.Parse(Encoding.UTF8.GetString(bytes));

    [Fact]
    public void up_to_50000_urls_stay_in_one_sitemap()
    {
        var files = SitemapBuilder.Build(Enumerable.Range(0, SitemapBuilder.UrlsPerFile).Select(Page), Urls).ToList();
        var (path, content) = Assert.Single(files);
        Assert.Equal("sitemap.xml", path);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset", Encoding.UTF8.GetString(content));
        Assert.Equal(SitemapBuilder.UrlsPerFile, Parse(content).Root!.Elements(Ns + "url").Count());
    }

    [Fact]
    public void more_make_sitemap_xml_an_index_of_parts_that_list_every_url_once()
    {
        var files = SitemapBuilder.Build(Enumerable.Range(0, 2 * SitemapBuilder.UrlsPerFile + 1).Select(Page), Urls).ToDictionary(f => f.Path, f => Parse(f.Content));
        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Keys);

        var index = files["sitemap.xml"].Root!;
        Assert.Equal(Ns + "sitemapindex", index.Name);
        Assert.Equal(["https://example.org/katalog/sitemap-1.xml", "https://example.org/katalog/sitemap-2.xml", "https://example.org/katalog/sitemap-3.xml"],
            index.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value));
        // Each part's lastmod is the newest of its pages'.
        Assert.All(index.Elements(Ns + "sitemap").Take(2), s => Assert.Equal("2022-09-26", s.Element(Ns + "lastmod")!.Value));

        var listed = files.Where(f => f.Key != "sitemap.xml").SelectMany(f => f.Value.Root!.Elements(Ns + "url")).Select(u => u.Element(Ns + "loc")!.Value).ToList();
        Assert.Equal(2 * SitemapBuilder.UrlsPerFile + 1, listed.Distinct().Count());
        Assert.Equal(SitemapBuilder.UrlsPerFile, files["sitemap-1.xml"].Root!.Elements(Ns + "url").Count());
        Assert.Single(files["sitemap-3.xml"].Root!.Elements(Ns + "url"));
    }
}
