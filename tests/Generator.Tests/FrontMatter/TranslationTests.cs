using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.FrontMatter;

/// <summary>
/// Translations pair by file name: content/&lt;folder&gt;/&lt;slug&gt;.en.md is the English version of &lt;slug&gt;.md. It writes
/// only the translatable fields (title, summary, alt texts, captions, a site field declared 'translatable') and its text,
/// inherits every other field, and each way of getting that wrong is an error at its line. The fixture 'english' has a
/// translated practice, event and page.
/// </summary>
public class TranslationTests
{
    private static readonly Lazy<BuildResult> English = new(() => Builds.Generate(TestPaths.Fixture("english")));

    private static IReadOnlyList<string> Errors(BuildResult result) => [.. result.Diagnostics.Where(d => d.IsError).Select(d => d.Format().Split('\n')[0])];

    private const string Translation = "content/practices/znojmo-cyklostezky.en.md";

    /// <summary>The English fixture with the practice's translation's front matter changed by <paramref name="change"/>.</summary>
    private static BuildResult WithTranslation(Func<string, string> change, string path = Translation)
    {
        using var tree = new ContentTree("english");
        tree.Write(path, change(File.ReadAllText(Path.Combine(tree.Root, path))));
        return Builds.Generate(tree.Root);
    }

    [Fact]
    public void a_translation_is_read_with_its_translated_texts_and_text_and_kept_for_the_output()
    {
        var result = English.Value;
        Assert.True(result.Succeeded, Builds.Errors(result));
        var translations = result.State!.Content.Translations;
        Assert.Equal(["content/events/forum-2021.en.md", "content/pages/o-nas.en.md", Translation], translations.Select(t => t.SourcePath).Order(StringComparer.Ordinal));
        var practice = translations.Single(t => t.SourcePath == Translation);
        Assert.Equal(("practice", "en", "content/practices/znojmo-cyklostezky.md"), (practice.Kind, practice.Language, practice.OriginalPath));
        Assert.Equal(("Cycle paths around Znojmo", "The town has linked the villages around it with safe cycle paths."), (practice.Title, practice.Summary));
        Assert.Equal("A map of the cycle paths", practice.Text("images.0.alt"));
        Assert.Equal("The map to download", practice.Text("attachments.0.title"));
        Assert.Equal("Cycling safely", practice.Text("motto"));
        Assert.Null(practice.Text("member"));
        Assert.Equal(new Generator.Diagnostics.SourceLocation(Translation, 5, 33), practice.Texts.Single(t => t.Path == "images.0.alt").Location);
        Assert.Equal(12, practice.Body.FirstLine);
        // The build lets go of the texts once rendered; read as the build reads it, the text is the translation's.
        var diagnostics = new Generator.Diagnostics.DiagnosticBag();
        var read = Generator.FrontMatter.ContentReader.Read(Generator.Loading.ContentScanner.Scan(TestPaths.Fixture("english"), diagnostics), diagnostics, Builds.Now)!;
        Assert.StartsWith("\nAn opening paragraph", read.Translations.Single(t => t.SourcePath == Translation).Body.Text);
        var page = translations.Single(t => t.Kind == "page");
        Assert.Equal(("About us", "Who publishes the catalogue."), (page.Title, page.Summary));
    }

    [Fact]
    public void a_translation_is_no_entry_of_its_own_and_is_published_as_its_original_s_english_page()
    {
        var result = English.Value;
        var content = result.State!.Content;
        Assert.DoesNotContain(content.Practices, p => p.SourcePath.EndsWith(".en.md", StringComparison.Ordinal) || p.Slug.Contains('.'));
        Assert.Contains(content.Practices, p => p.Slug == "znojmo-cyklostezky");
        // The English site (docs/languages.md): the original's address under /en/, never a page of the translation's file name.
        Assert.Contains(result.Files, f => f.Path == "en/praxe/znojmo-cyklostezky/index.html");
        Assert.DoesNotContain(result.Files, f => f.Path.Contains(".en", StringComparison.Ordinal));
    }

    [Fact]
    public void an_entry_may_carry_a_short_english_title_and_summary()
    {
        var practice = English.Value.State!.Content.Practices.Single(p => p.Slug == "jihlava-pesi-zona");
        Assert.Equal(("A pedestrian zone in Jihlava", "The town centre belongs to pedestrians."), (practice.En!.Title, practice.En.Summary));
        Assert.Null(English.Value.State.Content.Practices.Single(p => p.Slug == "znojmo-cyklostezky").En);
    }

    [Fact]
    public void an_inherited_field_set_differently_is_an_error_at_its_line_naming_the_original_s_value()
    {
        var result = WithTranslation(t => t.Replace("member: znojmo", "member: jihlava"));
        Assert.Equal([$"{Translation}:9:9: error: 'member' is not translated: a translation takes it from its original, content/practices/znojmo-cyklostezky.md, where it is 'znojmo'"],
            Errors(result));
        Assert.Contains("a translation writes only title, summary, images.alt, attachments.title and motto and its text",
            result.Diagnostics.Single(d => d.IsError).Hint);
    }

    [Theory]
    [InlineData("year: 2015", "year: 2015\nthemes: [zdravi]", Translation + ":11:9: error: 'themes' is not translated: a translation takes it from its original, content/practices/znojmo-cyklostezky.md, where it is a list of 2")]
    [InlineData("year: 2015", "year: 2015\nkind: stripek", Translation + ":11:7: error: 'kind' is not translated: a translation takes it from its original, content/practices/znojmo-cyklostezky.md, which does not set it")]
    [InlineData("{ src: media/mapa.svg, alt: A map", "{ src: media/jina.svg, alt: A map", Translation + ":5:12: error: 'images.0.src' is not translated: a translation takes it from its original, content/practices/znojmo-cyklostezky.md, where it is 'media/mapa.svg'")]
    [InlineData("  - { title: The map to download }", "  - { title: The map to download }\n  - { title: One too many }", Translation + ":7:3: error: 'attachments' has 2 item(s) here and 1 in the original, content/practices/znojmo-cyklostezky.md")]
    [InlineData("title: Cycle paths around Znojmo\n", "titel: Cycle paths around Znojmo\n", Translation + ":2:1: error: unknown field 'titel' in a translation of a practice; did you mean 'title'?")]
    [InlineData("title: Cycle paths around Znojmo\n", "", Translation + ":2:1: error: required field 'title' is missing")]
    [InlineData("year: 2015", "year: 2015\nen: { title: Cycle paths }", Translation + ":11:5: error: 'en' is not translated: a translation takes it from its original, content/practices/znojmo-cyklostezky.md, which does not set it")]
    public void a_translation_that_writes_more_than_its_translation_is_an_error_at_the_line(string find, string replace, string expected)
    {
        var result = WithTranslation(t =>
        {
            Assert.Contains(find, t);
            return t.Replace(find, replace);
        });
        Assert.Contains(expected, Errors(result));
    }

    [Fact]
    public void an_inherited_field_written_as_the_original_has_it_is_no_error()
    {
        // The fixture's translation writes 'member: znojmo' and 'year: 2015' as the original does, and 'images' with its src.
        var text = File.ReadAllText(Path.Combine(TestPaths.Fixture("english"), Translation));
        Assert.Contains("member: znojmo", text);
        Assert.True(English.Value.Succeeded, Builds.Errors(English.Value));
    }

    [Fact]
    public void a_translation_without_its_original_is_an_error_at_the_file_with_the_nearest_original()
    {
        using var tree = new ContentTree("english");
        tree.Write("content/practices/znojmo-cyklostezka.en.md", "---\ntitle: Cycle path\nsummary: A path.\n---\n");
        Assert.Contains("content/practices/znojmo-cyklostezka.en.md:1:1: error: this translation has no original: there is no content/practices/znojmo-cyklostezka.md; did you mean 'znojmo-cyklostezky.md'?",
            Errors(Builds.Generate(tree.Root)));
    }

    [Theory]
    [InlineData("content/practices/znojmo-cyklostezky.de.md", "content/practices/znojmo-cyklostezky.de.md:1:1: error: 'de' in the file name is not a language of the site")]
    [InlineData("content/practices/znojmo-cyklostezky.cs.md", "content/practices/znojmo-cyklostezky.cs.md:1:1: error: 'cs' is the site's default language: its entries are the files without a language in their name")]
    public void a_translation_into_a_language_the_site_does_not_have_is_an_error(string path, string expected)
    {
        using var tree = new ContentTree("english");
        tree.Write(path, "---\ntitle: Radwege\nsummary: Wege.\n---\n");
        Assert.Contains(expected, Errors(Builds.Generate(tree.Root)));
    }

    [Fact]
    public void an_english_translation_is_read_and_checked_before_the_site_publishes_english()
    {
        using var tree = new ContentTree();
        tree.Write("content/practices/znojmo-cyklostezky.en.md", "---\ntitle: Cycle paths around Znojmo\nsummary: Safe cycle paths.\n---\n\nText.\n");
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Cycle paths around Znojmo", Assert.Single(result.State!.Content.Translations).Title);

        tree.Write("content/practices/znojmo-cyklostezky.en.md", "---\ntitle: Cycle paths around Znojmo\nsummary: Safe cycle paths.\nyear: 2016\n---\n");
        Assert.Contains("content/practices/znojmo-cyklostezky.en.md:4:7: error: 'year' is not translated: a translation takes it from its original, content/practices/znojmo-cyklostezky.md, where it is '2015'",
            Errors(Builds.Generate(tree.Root)));
    }

    [Fact]
    public void a_mistake_in_an_entry_s_short_english_section_is_an_error_at_its_line()
    {
        using var tree = new ContentTree("english");
        var path = "content/practices/jihlava-pesi-zona.md";
        tree.Write(path, File.ReadAllText(Path.Combine(tree.Root, path)).Replace("en: { title:", "en: { titel: x, title:"));
        Assert.Contains("content/practices/jihlava-pesi-zona.md:9:7: error: unknown field 'titel' in 'en'; did you mean 'title'?", Errors(Builds.Generate(tree.Root)));
    }

    [Fact]
    public void the_translatable_fields_are_declared_once_in_the_schema()
    {
        var schema = English.Value.State!.Content.Schema;
        Assert.Equal(["title", "summary"], schema.Practice.Fields.Where(f => f.Translatable).Select(f => f.Key).Take(2));
        Assert.Equal(["alt"], schema.Practice["images"].Fields.Where(f => f.Translatable).Select(f => f.Key));
        Assert.Equal(["title"], schema.Practice["attachments"].Fields.Where(f => f.Translatable).Select(f => f.Key));
        Assert.Equal(["title", "description"], schema.Page.Fields.Where(f => f.Translatable).Select(f => f.Key));
        Assert.DoesNotContain(schema.Practice.Fields, f => f.Translatable && f.Key is "member" or "themes" or "year");
    }
}
