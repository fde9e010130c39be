using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;

namespace DobraPraxe.Generator.Tests.Loading;

public class FrontMatterSplitterTests
{
    private readonly DiagnosticBag _diagnostics = new();

    private FrontMatterDocument? Split(string text) => FrontMatterSplitter.Split(new SourceFile("content/practices/a.md", text), _diagnostics);

    [Fact]
    public void splits_yaml_from_body_and_remembers_where_the_body_starts()
    {
        var doc = Split("---\ntitle: A\nyear: 2020\n---\n\nBody text.\n")!;
        Assert.Equal("title: A\nyear: 2020", doc.Yaml);
        Assert.Equal(2, doc.YamlFirstLine);
        Assert.Equal(5, doc.BodyFirstLine);
        Assert.Equal("\nBody text.\n", doc.Body);
    }

    [Theory]
    [InlineData("", "content/practices/a.md:1:1: error: the file is empty")]
    [InlineData("   \n\n", "content/practices/a.md:1:1: error: the file is empty")]
    [InlineData("title: A\n", "content/practices/a.md:1:1: error: the file has no front matter: its first line must be '---'")]
    [InlineData("---\ntitle: A\nBody", "content/practices/a.md:1:1: error: the front matter is not closed: no second '---' line was found")]
    public void reports_files_it_cannot_split(string text, string expected)
    {
        Assert.Null(Split(text));
        Assert.Equal(expected, _diagnostics.Sorted().Single().Format().Split('\n')[0]);
    }
}
