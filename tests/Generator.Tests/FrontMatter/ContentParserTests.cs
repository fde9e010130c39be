using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.Tests.FrontMatter;

public class ContentParserTests
{
    private const string Path = "content/practices/test-praxe.md";
    private readonly DiagnosticBag _diagnostics = new();

    private Practice? Parse(string frontMatter, string body = "Text.")
    {
        var doc = FrontMatterSplitter.Split(new SourceFile(Path, $"---\n{frontMatter}\n---\n{body}"), _diagnostics)!;
        return new ContentParser(_diagnostics, ContentReader.SchemaOf(null, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero))).ParsePractice(doc);
    }

    private string[] Messages() => [.. _diagnostics.Sorted().Select(d => d.Format().Split('\n')[0])];

    private const string Valid = """
        title: Komunitní zahrada
        summary: Sousedé pěstují zeleninu.
        member: znojmo
        themes: [zivotni-prostredi, zdravi]
        year: 2018
        date: 2021-02-17
        """;

    [Fact]
    public void parses_every_field_of_a_practice()
    {
        var practice = Parse(Valid + """

            updated: 2022-01-05
            sdgs: [3, 11]
            tags: [zahrada, sousedé]
            contact: { name: Jana, email: jana@example.org, phone: "+420 1" }
            images:
              - { src: media/a.svg, alt: Zahrada }
            attachments:
              - { src: media/b.pdf, title: Leták }
            awards:
              - { name: NEJpraxe, year: 2019, place: 2 }
            related: [jina-praxe]
            """)!;
        Assert.Empty(Messages());
        Assert.Equal("test-praxe", practice.Slug);
        Assert.Equal("Komunitní zahrada", practice.Title);
        Assert.Equal(["zivotni-prostredi", "zdravi"], practice.Themes.Select(t => t.Key));
        Assert.Equal(new DateOnly(2021, 2, 17), practice.Date);
        Assert.Equal(new DateOnly(2022, 1, 5), practice.Updated);
        Assert.Equal([3, 11], practice.Sdgs.ToArray());
        Assert.Equal(new Contact("Jana", "jana@example.org", "+420 1"), practice.Contact);
        Assert.Equal("Zahrada", practice.Images.Single().Alt);
        Assert.Equal(new Award("NEJpraxe", 2019, 2), practice.Awards.Single());
        Assert.Equal(new SourceLocation(Path, 18, 11), practice.Related.Single().Location);
        Assert.Equal(20, practice.Body.FirstLine);
    }

    [Fact]
    public void an_unknown_field_is_an_error_with_a_did_you_mean_at_its_line()
    {
        Parse(Valid + "\ntagz: [a]");
        Assert.Equal(["content/practices/test-praxe.md:8:1: error: unknown field 'tagz' in a practice; did you mean 'tags'?"], Messages());
    }

    [Fact]
    public void missing_required_fields_are_each_reported()
    {
        Parse("title: Jen název");
        Assert.Equal(
        [
            "content/practices/test-praxe.md:2:1: error: required field 'date' is missing",
            "content/practices/test-praxe.md:2:1: error: required field 'member' is missing",
            "content/practices/test-praxe.md:2:1: error: required field 'summary' is missing",
            "content/practices/test-praxe.md:2:1: error: required field 'themes' is missing",
            "content/practices/test-praxe.md:2:1: error: required field 'year' is missing",
        ], Messages());
    }

    [Theory]
    [InlineData("date: 2021-02-30", "content/practices/test-praxe.md:7:7: error: 'date' is not a real calendar date: '2021-02-30'")]
    [InlineData("date: 17. 2. 2021", "content/practices/test-praxe.md:7:7: error: 'date' must be a date in the form YYYY-MM-DD, not '17. 2. 2021'")]
    [InlineData("year: 1989", "content/practices/test-praxe.md:6:7: error: 'year' must be between 1990 and 2027, not 1989")]
    [InlineData("year: loni", "content/practices/test-praxe.md:6:7: error: 'year' must be a whole number, not 'loni'")]
    [InlineData("themes: [a, b, c, d]", "content/practices/test-praxe.md:5:19: error: a practice can have at most 3 themes, this one has 4")]
    public void wrong_values_are_reported_at_the_value(string replacement, string expected)
    {
        var key = replacement[..replacement.IndexOf(':')];
        var lines = Valid.Split('\n').Select(l => l.StartsWith(key + ":") ? replacement : l);
        Parse(string.Join('\n', lines));
        Assert.Equal([expected], Messages());
    }

    [Fact]
    public void sdg_numbers_outside_1_to_17_are_errors()
    {
        Parse(Valid + "\nsdgs: [3, 18]");
        Assert.Equal(["content/practices/test-praxe.md:8:11: error: 'sdgs' must be between 1 and 17, not 18"], Messages());
    }

    [Fact]
    public void a_list_of_terms_past_the_schemas_bound_is_a_warning_and_only_the_first_are_kept()
    {
        var tags = Enumerable.Range(1, 25).Select(i => $"stitek-{i}").ToList();
        var related = Enumerable.Range(1, 21).Select(i => $"praxe-{i}").ToList();
        var practice = Parse(Valid + $"\ntags: [{string.Join(", ", tags)}]\nrelated:\n{string.Concat(related.Select(r => $"  - {r}\n"))}")!;
        Assert.Equal(20, Generator.Schema.ContentSchema.TermsPerEntry);
        Assert.Equal(
        [
            $"content/practices/test-praxe.md:8:{8 + tags.Take(20).Sum(t => t.Length + 2)}: warning: a practice can have at most 20 tags, this one has 25; the rest are left out",
            "content/practices/test-praxe.md:30:5: warning: a practice can have at most 20 related, this one has 21; the rest are left out",
        ], Messages());
        Assert.Equal(tags.Take(20), practice.Tags);
        Assert.Equal(related.Take(20), practice.Related.Select(r => r.Key));
    }

    [Fact]
    public void a_list_with_its_own_maximum_keeps_its_error_and_gets_no_warning()
    {
        Parse(Valid.Replace("themes: [zivotni-prostredi, zdravi]", $"themes: [{string.Join(", ", Enumerable.Range(1, 30).Select(i => $"t{i}"))}]"));
        Assert.Equal(["content/practices/test-praxe.md:5:22: error: a practice can have at most 3 themes, this one has 30"], Messages());
    }

    [Fact]
    public void an_image_without_alt_text_is_an_error()
    {
        Parse(Valid + "\nimages:\n  - { src: media/a.svg }");
        Assert.Equal(["content/practices/test-praxe.md:9:5: error: required field 'alt' is missing"], Messages());
    }

    [Fact]
    public void malformed_yaml_is_reported_at_its_line_in_the_file()
    {
        Parse("title: A\nsummary: [neuzavřený\nmember: x");
        var message = Assert.Single(Messages());
        // Where the unclosed '[' opens: the place to fix.
        Assert.Equal("content/practices/test-praxe.md:3:10: error: invalid YAML: a bracket, brace or quote is not closed", message);
    }

    [Fact]
    public void a_file_name_that_is_not_a_slug_is_an_error_with_a_suggestion()
    {
        var doc = FrontMatterSplitter.Split(new SourceFile("content/practices/Žďár Zahrada.md", $"---\n{Valid}\n---\n"), _diagnostics)!;
        new ContentParser(_diagnostics, ContentReader.SchemaOf(null, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero))).ParsePractice(doc);
        var diagnostic = Assert.Single(_diagnostics.Sorted());
        Assert.Equal("the file name 'Žďár Zahrada' is not a valid slug", diagnostic.Message);
        Assert.Contains("'zdar-zahrada.md'", diagnostic.Hint);
    }
}
