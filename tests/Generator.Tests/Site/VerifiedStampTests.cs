using System.Text.Json;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Site;

/// <summary>'presented_at' gives a practice the "DobráPraxe – prověřeno" stamp, shown on the entry and on the event.</summary>
public class VerifiedStampTests
{
    private const string Znojmo = "content/practices/znojmo-cyklostezky.md";

    private static Generator.Pipeline.BuildResult Build(string presentedAt, string? draftEvent = null)
    {
        using var tree = new ContentTree();
        var text = File.ReadAllText(Path.Combine(tree.Root, Znojmo));
        tree.Write(Znojmo, text.Replace("year: 2015\n", $"year: 2015\npresented_at: {presentedAt}\n"));
        if (draftEvent is not null)
        {
            var ev = File.ReadAllText(Path.Combine(tree.Root, draftEvent));
            tree.Write(draftEvent, ev.Replace("kind: ", "draft: true\nkind: "));
        }
        return Builds.Generate(tree.Root);
    }

    [Fact]
    public void a_practice_presented_at_an_event_has_the_stamp_and_the_event_lists_it()
    {
        var result = Build("[skola-jaro, forum-2021]");
        Assert.True(result.Succeeded, Builds.Errors(result));
        var entry = new HtmlParser().ParseDocument(Builds.Page(result, "praxe/znojmo-cyklostezky/index.html"));
        var stamp = entry.QuerySelector(".badge-verified")!;
        Assert.StartsWith("✓ DobráPraxe – prověřeno: představeno na akcích", stamp.TextContent.Trim());
        Assert.Equal(["/akce/forum-2021/", "/akce/skola-jaro/"], stamp.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Order());
        var ev = new HtmlParser().ParseDocument(Builds.Page(result, "akce/skola-jaro/index.html"));
        Assert.Equal(["/praxe/znojmo-cyklostezky/"], ev.QuerySelectorAll("#predstavene-praxe ~ * .card-title a, section[aria-labelledby=predstavene-praxe] .card-title a").Select(a => a.GetAttribute("href")).Distinct());
        var other = new HtmlParser().ParseDocument(Builds.Page(result, "praxe/jihlava-pesi-zona/index.html"));
        Assert.Null(other.QuerySelector(".badge-verified"));
    }

    [Fact]
    public void a_draft_event_gives_no_stamp_but_is_no_error()
    {
        var result = Build("[skola-jaro]", draftEvent: "content/events/skola-jaro.md");
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.DoesNotContain("badge-verified", Builds.Page(result, "praxe/znojmo-cyklostezky/index.html"));
    }

    [Fact]
    public void an_unknown_event_is_an_error_at_its_position_with_a_did_you_mean()
    {
        var result = Build("[skola-jar2]");
        var error = Assert.Single(result.Diagnostics, d => d.Location.Path == Znojmo);
        Assert.Equal($"{Znojmo}:7:16: error: unknown event 'skola-jar2'; did you mean 'skola-jaro'?", error.Format().Split('\n')[0]);
        Assert.Equal("Use a key defined in content/events/.", error.Hint);
    }

    [Fact]
    public void search_offers_a_prověřeno_filter_with_the_stamped_practices()
    {
        var result = Build("[forum-2021]");
        using var store = JsonDocument.Parse(SearchStore.Json(result));
        var facet = store.RootElement.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "provereno");
        Assert.Equal("Prověřeno", facet.GetProperty("title").GetString());
        var docs = store.RootElement.GetProperty("docs");
        Assert.Equal(["ano"], docs.GetProperty("znojmo-cyklostezky").GetProperty("f").GetProperty("provereno").EnumerateArray().Select(v => v.GetString()));
        Assert.Empty(docs.GetProperty("jihlava-pesi-zona").GetProperty("f").GetProperty("provereno").EnumerateArray());
    }
}
