using System.Text.Json;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Schema;

/// <summary>
/// The 'extended' fixture declares a taxonomy (cílové skupiny) and two fields in site.yml only; no code knows them.
/// </summary>
public class SiteDeclaredSchemaTests
{
    private static readonly string Extended = TestPaths.Fixture("extended");

    [Fact]
    public void a_declared_taxonomy_gets_an_index_and_a_page_per_term_in_the_sitemap_and_the_footer()
    {
        var result = Builds.Generate(Extended);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var index = Builds.Page(result, "cilove-skupiny/index.html");
        Assert.Contains("Cílové skupiny", index);
        var seniors = new HtmlParser().ParseDocument(Builds.Page(result, "cilove-skupiny/seniori/index.html"));
        Assert.Equal("Senioři", seniors.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["/praxe/jihlava-pesi-zona/"], seniors.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")));
        var families = new HtmlParser().ParseDocument(Builds.Page(result, "cilove-skupiny/rodiny/index.html"));
        Assert.Equal(2, families.QuerySelectorAll(".card-title a").Length);
        Assert.Contains("https://example.org/cilove-skupiny/mladez/", Builds.Page(result, "sitemap.xml"));
        var footer = new HtmlParser().ParseDocument(Builds.Page(result, "index.html")).QuerySelector(".footer-nav")!;
        Assert.Contains(footer.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/cilove-skupiny/" && a.TextContent == "Cílové skupiny");
    }

    [Fact]
    public void declared_fields_and_terms_appear_in_the_entry_facts_panel()
    {
        var result = Builds.Generate(Extended);
        var facts = new HtmlParser().ParseDocument(Builds.Page(result, "praxe/jihlava-pesi-zona/index.html")).QuerySelector(".facts")!;
        var rows = facts.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);
        Assert.Equal("1\u00a0250\u00a0000 Kč", rows["Rozpočet"].TextContent);
        Assert.Equal(["/cilove-skupiny/seniori/", "/cilove-skupiny/rodiny/"], rows["Cílové skupiny"].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Senioři, Rodiny s dětmi", rows["Cílové skupiny"].TextContent);
        var other = new HtmlParser().ParseDocument(Builds.Page(result, "praxe/znojmo-cyklostezky/index.html")).QuerySelector(".facts")!;
        Assert.Contains(other.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.org/cyklostezky/");
        Assert.DoesNotContain("Rozpočet", other.TextContent);
    }

    [Fact]
    public void a_declared_facet_is_in_the_search_documents_with_its_values_and_each_entry_s_terms()
    {
        var result = Builds.Generate(Extended);
        using var store = JsonDocument.Parse(SearchStore.Json(result));
        var facets = store.RootElement.GetProperty("facets").EnumerateArray().ToList();
        Assert.Equal(["tema", "kraj", "typ", "rok", "nejpraxe", "druh", "provereno", "cilove-skupiny", "stav"], facets.Select(f => f.GetProperty("key").GetString()));
        var groups = facets.Single(f => f.GetProperty("key").GetString() == "cilove-skupiny");
        Assert.Equal("Cílové skupiny", groups.GetProperty("title").GetString());
        Assert.Equal(["seniori", "rodiny", "mladez"], groups.GetProperty("values").EnumerateArray().Select(v => v[0].GetString()));
        var doc = store.RootElement.GetProperty("docs").GetProperty("jihlava-pesi-zona").GetProperty("f");
        Assert.Equal(["seniori", "rodiny"], doc.GetProperty("cilove-skupiny").EnumerateArray().Select(v => v.GetString()));
        // A declared field with 'facet: true' filters by its values, named as written.
        var state = facets.Single(f => f.GetProperty("key").GetString() == "stav");
        Assert.Equal([["pilotni", "Pilotní"], ["zavedena", "Zavedená"]], state.GetProperty("values").EnumerateArray().Select(v => new[] { v[0].GetString(), v[1].GetString() }));
        Assert.Equal(["zavedena"], doc.GetProperty("stav").EnumerateArray().Select(v => v.GetString()));
        Assert.Empty(store.RootElement.GetProperty("docs").GetProperty("vysocina-zdravotni-plan").GetProperty("f").GetProperty("stav").EnumerateArray());
    }

    [Theory]
    [InlineData("content/practices/jihlava-pesi-zona.md", "target_groups: [seniori, rodiny]", "target_groups: [seniori, rodinny]",
        "content/practices/jihlava-pesi-zona.md:9:26: error: unknown target_groups key 'rodinny'; did you mean 'rodiny'?", "Use a key defined in content/data/cilove-skupiny.yml.")]
    [InlineData("content/practices/jihlava-pesi-zona.md", "budget: 1250000", "budget: hodně",
        "content/practices/jihlava-pesi-zona.md:10:9: error: 'budget' must be a whole number, not 'hodně'", "Write a whole number of crowns, without spaces.")]
    [InlineData("content/practices/jihlava-pesi-zona.md", "budget: 1250000", "budgett: 1250000",
        "content/practices/jihlava-pesi-zona.md:10:1: error: unknown field 'budgett' in a practice; did you mean 'budget'?", null)]
    [InlineData("content/site.yml", "    facet: true", "    facett: true",
        "content/site.yml:13:5: error: unknown field 'facett' in an item of 'taxonomies'; did you mean 'facet'?", "Known fields: data, facet, facet_key, facet_title, facet_title_en, feeds, field, key, pages, title, title_en.")]
    [InlineData("content/site.yml", "  - key: cilove-skupiny", "  - key: praxe",
        "content/site.yml:9:10: error: taxonomy 'praxe' takes the URL /praxe/, which the site itself uses", null)]
    [InlineData("content/site.yml", "  - key: cilove-skupiny", "  - key: o-nas",
        "content/site.yml:9:10: error: taxonomy 'o-nas' takes the URL /o-nas/, which the page content/pages/o-nas.md uses", null)]
    [InlineData("content/site.yml", "  - key: cilove-skupiny", "  - key: kraje",
        "content/site.yml:9:10: error: taxonomy 'kraje' takes the URL /kraje/, which the built-in taxonomy 'Kraje' already uses", null)]
    [InlineData("content/site.yml", "    type: money", "    type: mony",
        "content/site.yml:17:11: error: unknown type 'mony'; did you mean 'money'?", "Use one of: text, number, money, date, url, email, list, longtext, duration, image, video, captions.")]
    [InlineData("content/site.yml", "    data: data/cilove-skupiny.yml", "    data: data/cilove-skupin.yml",
        "content/site.yml:9:10: error: taxonomy 'cilove-skupiny' reads its terms from content/data/cilove-skupin.yml, which does not exist; did you mean 'data/cilove-skupiny.yml'?", null)]
    public void a_mistake_in_a_declared_field_or_taxonomy_is_reported_at_its_line(string file, string line, string replacement, string expected, string? hint)
    {
        using var tree = new ContentTree("extended");
        var text = File.ReadAllText(Path.Combine(tree.Root, file));
        Assert.Contains(line, text);
        tree.Write(file, text.Replace(line, replacement));
        var result = Builds.Generate(tree.Root);
        Assert.False(result.Succeeded);
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Format().StartsWith(expected, StringComparison.Ordinal));
        Assert.True(diagnostic is not null, $"expected '{expected}' among:\n{Builds.Errors(result)}");
        if (hint is not null) Assert.Equal(hint, diagnostic!.Hint);
    }
}
