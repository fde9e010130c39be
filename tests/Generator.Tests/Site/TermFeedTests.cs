using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Site;

/// <summary>Taxonomies declared with 'feeds: true' (themes, regions, members) give each term an Atom feed, read here by a real feed parser.</summary>
public class TermFeedTests
{
    private static readonly Lazy<Generator.Pipeline.BuildResult> Bundled = new(() => Builds.Generate(TestPaths.RepositoryRoot));

    [Fact]
    public void every_theme_region_and_member_has_a_feed_with_one_entry_per_practice_of_the_term()
    {
        var result = Bundled.Value;
        Assert.True(result.Succeeded, Builds.Errors(result));
        var site = result.State!.Site;
        var feeds = 0;
        foreach (var taxonomy in site.Taxonomies.Where(t => t.Spec.Feeds))
            foreach (var term in taxonomy.Terms)
            {
                using var reader = XmlReader.Create(new StringReader(Builds.Page(result, $"{taxonomy.Key}/{term.Key}/feed.xml")));
                var feed = SyndicationFeed.Load(reader);
                var expected = term.Practices.Select(p => site.Urls.Absolute(p.Url)).Order(StringComparer.Ordinal).Take(50);
                Assert.Equal(expected, feed.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
                Assert.Equal(site.Urls.Absolute(term.Url), feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
                Assert.Contains(term.Name, feed.Title.Text);
                feeds++;
            }
        Assert.Equal(["clenove", "kraje", "temata"], site.Taxonomies.Where(t => t.Spec.Feeds).Select(t => t.Key).Order());
        Assert.True(feeds >= 10 + 14 + 19, $"only {feeds} feeds");
    }

    [Fact]
    public void a_term_page_links_its_feed_in_the_head_and_visibly()
    {
        var page = new HtmlParser().ParseDocument(Builds.Page(Bundled.Value, "temata/zdravi/index.html"));
        Assert.Equal("/temata/zdravi/feed.xml", page.QuerySelector("head link[rel=alternate][href$='zdravi/feed.xml']")!.GetAttribute("href"));
        Assert.Equal("/temata/zdravi/feed.xml", page.QuerySelector(".feed-link a")!.GetAttribute("href"));
        var tag = new HtmlParser().ParseDocument(Builds.Page(Bundled.Value, "stitky/participace/index.html"));
        Assert.Null(tag.QuerySelector(".feed-link"));
    }
}
