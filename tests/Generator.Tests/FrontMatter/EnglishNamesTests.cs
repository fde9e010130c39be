using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.FrontMatter;

/// <summary>
/// The English names of a site's data and declarations: read into the model beside the Czech ones, and required, each at
/// its entry's line, once 'languages:' names English. Members keep their names in every language.
/// </summary>
public class EnglishNamesTests
{
    private static readonly Lazy<BuildResult> English = new(() => Builds.Generate(TestPaths.Fixture("english")));

    private static IReadOnlyList<string> Errors(BuildResult result) => [.. result.Diagnostics.Where(d => d.IsError).Select(d => d.Format().Split('\n')[0])];

    [Fact]
    public void data_files_carry_english_names_and_descriptions_into_the_model()
    {
        var result = English.Value;
        Assert.True(result.Succeeded, Builds.Errors(result));
        var content = result.State!.Content;
        var health = content.Themes.Single(t => t.Key == "zdravi");
        Assert.Equal(("Health", "A healthy lifestyle and prevention."), (health.NameEn, health.DescriptionEn));
        Assert.Equal("South Moravian Region", content.Regions.Single(r => r.Key == "jihomoravsky").NameEn);
        var older = content.Terms["data/cilove-skupiny.yml"].Single(t => t.Key == "seniori");
        Assert.Equal(("Older people", "People over 65."), (older.NameEn, older.DescriptionEn));
        Assert.Null(content.Terms["data/cilove-skupiny.yml"].Single(t => t.Key == "deti").DescriptionEn);
        var groups = content.Schema.Taxonomies.Single(t => t.Key == "cilove-skupiny");
        Assert.Equal(("Target groups", "Target group"), (groups.TitleEn, groups.FacetTitleEn));
        var budget = content.Schema.ExtraFields.Single(f => f.Key == "budget");
        Assert.Equal("Budget", budget.TitleEn);
        Assert.False(budget.Translatable);
        Assert.True(content.Schema.ExtraFields.Single(f => f.Key == "motto").Translatable);
    }

    [Fact]
    public void the_generator_s_own_taxonomies_member_types_and_kinds_of_records_and_events_have_english_names()
    {
        foreach (var taxonomy in SchemaDeclarationParser.BuiltInTaxonomies)
        {
            Assert.False(string.IsNullOrWhiteSpace(taxonomy.TitleEn), taxonomy.Key);
            if (taxonomy.FacetTitle is not null) Assert.False(string.IsNullOrWhiteSpace(taxonomy.FacetTitleEn), taxonomy.Key);
        }
        Assert.Equal("Good Practice – verified", SchemaDeclarationParser.BuiltInTaxonomies.Single(t => t.Key == "provereno").TitleEn);
        // A built-in kind declared in defaults.yml (video) and every field declared there carry their English twins.
        foreach (var kind in SchemaDeclarationParser.BuiltInKinds.Where(k => k.Title is not null))
        {
            Assert.False(string.IsNullOrWhiteSpace(kind.TitleEn), kind.Key);
            if (kind.ItemTitle is not null) Assert.False(string.IsNullOrWhiteSpace(kind.ItemTitleEn), kind.Key);
        }
        foreach (var field in SchemaDeclarationParser.BuiltInFields.Concat(SchemaDeclarationParser.BuiltInKinds.SelectMany(k => k.Fields)))
            Assert.False(string.IsNullOrWhiteSpace(field.TitleEn), field.Key);
        Assert.True(SchemaDeclarationParser.BuiltInKinds.Single(k => k.Key == "video").Fields.Single(f => f.Key == "transcript").Translatable);
        foreach (var choice in ContentSchema.MemberTypes.Concat(ContentSchema.PracticeKinds).Concat(ContentSchema.EventKinds))
            Assert.False(string.IsNullOrWhiteSpace(choice.LabelEn), choice.Key);
        Assert.Equal("local action group", MemberType.Find("mas")!.LabelEn);
    }

    [Fact]
    public void the_bundled_data_has_every_english_name_a_site_in_english_needs()
    {
        var content = Builds.Generate(TestPaths.RepositoryRoot).State!.Content;
        Assert.All(content.Themes, t => Assert.False(string.IsNullOrWhiteSpace(t.DescriptionEn), t.Key));
        Assert.All(content.Regions, r => Assert.False(string.IsNullOrWhiteSpace(r.NameEn), r.Key));
    }

    [Theory]
    [InlineData("content/data/regions.yml", "vysocina: { name: Kraj Vysočina, name_en: Vysočina Region,", "vysocina: { name: Kraj Vysočina,",
        "content/data/regions.yml:2:1: error: a region 'vysocina' has no 'name_en', and the site is published in English too")]
    [InlineData("content/data/themes.yml", "description_en: A healthy lifestyle and prevention. ", "",
        "content/data/themes.yml:1:1: error: a theme 'zdravi' has no 'description_en', and the site is published in English too")]
    [InlineData("content/data/cilove-skupiny.yml", "deti: { name: Děti, name_en: Children }", "deti: { name: Děti }",
        "content/data/cilove-skupiny.yml:2:1: error: a term 'deti' has no 'name_en', and the site is published in English too")]
    [InlineData("content/site.yml", "    title_en: Target groups\n", "",
        "content/site.yml:13:12: error: taxonomy 'cilove-skupiny' has no 'title_en', and the site is published in English too")]
    [InlineData("content/site.yml", "    facet_title_en: Target group\n", "",
        "content/site.yml:18:18: error: taxonomy 'cilove-skupiny' has no 'facet_title_en', and the site is published in English too")]
    [InlineData("content/site.yml", "title: Rozpočet, title_en: Budget,", "title: Rozpočet,",
        "content/site.yml:21:27: error: field 'budget' has no 'title_en', and the site is published in English too")]
    public void a_missing_english_name_is_an_error_at_its_entry_when_english_is_on(string file, string find, string replace, string expected)
    {
        using var tree = new ContentTree("english");
        var text = File.ReadAllText(Path.Combine(tree.Root, file));
        Assert.Contains(find, text);
        tree.Write(file, text.Replace(find, replace, StringComparison.Ordinal).Replace(", }", " }", StringComparison.Ordinal));
        var result = Builds.Generate(tree.Root);
        Assert.Contains(expected, Errors(result));
    }

    [Fact]
    public void a_site_s_own_kind_needs_its_english_title_when_english_is_on()
    {
        using var tree = new ContentTree("english");
        var site = File.ReadAllText(Path.Combine(tree.Root, "content", "site.yml"));
        tree.Write("content/site.yml", site + "kinds:\n  - { key: publikace, title: Publikace, item_title: Publikace, item_title_en: Publication }\n");
        var errors = Errors(Builds.Generate(tree.Root));
        var line = site.Split('\n').Length + 1;   // the kind's line, after the fixture's own
        Assert.Contains($"content/site.yml:{line}:30: error: kind 'publikace' has no 'title_en', and the site is published in English too", errors);
        Assert.DoesNotContain(errors, e => e.Contains("'item_title_en'", StringComparison.Ordinal));
    }

    [Fact]
    public void without_english_the_english_names_are_optional_and_a_members_name_is_never_asked_for()
    {
        // The basic fixture's regions have no English names; its members never do.
        var result = Builds.Generate(TestPaths.Fixture("basic"));
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.All(result.State!.Content.Regions, r => Assert.Null(r.NameEn));
        Assert.DoesNotContain(result.State.Content.Schema.Member.Fields, f => f.Key.EndsWith("_en", StringComparison.Ordinal));
    }
}
