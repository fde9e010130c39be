using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Tests.Diagnostics;

public class DidYouMeanTests
{
    [Theory]
    [InlineData("tagz", "tags")]
    [InlineData("zivotni-prostredy", "zivotni-prostredi")]
    [InlineData("sumary", "summary")]
    [InlineData("titel", "title")]
    public void suggests_the_nearest_known_name(string wrong, string expected) =>
        Assert.Equal(expected, DidYouMean.Suggest(wrong, ["title", "summary", "tags", "themes", "zivotni-prostredi", "zdravi"]));

    [Fact]
    public void suggests_nothing_for_an_unrelated_word() =>
        Assert.Null(DidYouMean.Suggest("financovani", ["title", "summary", "tags"]));

    [Fact]
    public void diagnostics_format_as_path_line_column_then_an_indented_hint()
    {
        var diagnostic = new Diagnostic(Severity.Error, new SourceLocation("content/practices/a.md", 4, 7), "unknown field 'tagz'", "Known fields: tags.");
        Assert.Equal("content/practices/a.md:4:7: error: unknown field 'tagz'\n    Known fields: tags.", diagnostic.Format());
    }

    [Fact]
    public void a_bag_sorts_by_path_then_line_then_column()
    {
        var bag = new DiagnosticBag();
        bag.Error(new SourceLocation("b.md", 1, 1), "x");
        bag.Warning(new SourceLocation("a.md", 9, 1), "y");
        bag.Error(new SourceLocation("a.md", 2, 5), "z");
        bag.Error(new SourceLocation("a.md", 2, 3), "w");
        Assert.Equal(["a.md:2:3", "a.md:2:5", "a.md:9:1", "b.md:1:1"], bag.Sorted().Select(d => d.Location.ToString()));
    }
}
