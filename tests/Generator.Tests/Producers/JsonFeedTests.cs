using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Producers;

/// <summary>feed.json, the producer added to measure what a new output format costs: JSON Feed 1.1 beside each Atom feed.</summary>
public class JsonFeedTests
{
    private static readonly Lazy<BuildResult> Kinds = new(() => Builds.Generate(TestPaths.Fixture("kinds")));
    private static readonly Lazy<BuildResult> Bundled = new(() => Builds.Generate(TestPaths.RepositoryRoot));

    public static TheoryData<string, string, string> Feeds => new()
    {
        { "kinds", "https://example.org/", "" },
        { "kinds", "https://example.org/", "publikace/" },
        { "bundled", "https://www.dobrapraxe.cz/", "" },
    };

    [Theory]
    [MemberData(nameof(Feeds))]
    public void each_atom_feed_has_a_json_feed_1_1_twin_with_the_same_entries(string site, string baseUrl, string folder)
    {
        var result = (site == "kinds" ? Kinds : Bundled).Value;
        Assert.True(result.Succeeded, Builds.Errors(result));
        using var json = JsonDocument.Parse(Builds.Page(result, folder + "feed.json"));
        var feed = json.RootElement;
        // Required by JSON Feed 1.1: version, title, items; each item an id and content_html or content_text.
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(feed.GetProperty("title").GetString()));
        Assert.Equal($"{baseUrl}{folder}feed.json", feed.GetProperty("feed_url").GetString());
        Assert.Equal($"{baseUrl}{folder}", feed.GetProperty("home_page_url").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
            Assert.True(item.TryGetProperty("content_text", out var text) && text.ValueKind == JsonValueKind.String
                || item.TryGetProperty("content_html", out var html) && html.ValueKind == JsonValueKind.String);
            // RFC 3339 date-times.
            foreach (var date in new[] { "date_published", "date_modified" })
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", item.GetProperty(date).GetString());
            Assert.Equal(JsonValueKind.Array, item.GetProperty("tags").ValueKind);
        }
        using var reader = XmlReader.Create(new StringReader(Builds.Page(result, folder + "feed.xml")));
        var atom = SyndicationFeed.Load(reader);
        Assert.Equal(atom.Items.Select(i => i.Links[0].Uri.AbsoluteUri), items.Select(i => i.GetProperty("url").GetString()));
        Assert.Equal(atom.Items.Select(i => i.Title.Text), items.Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public void a_practice_names_its_member_as_author()
    {
        using var json = JsonDocument.Parse(Builds.Page(Kinds.Value, "feed.json"));
        var author = json.RootElement.GetProperty("items")[0].GetProperty("authors")[0];
        Assert.StartsWith("https://example.org/clenove/", author.GetProperty("url").GetString());
        Assert.False(string.IsNullOrEmpty(author.GetProperty("name").GetString()));
    }
}
