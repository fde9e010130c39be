using CsCheck;
using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Tests.Diagnostics;

public class PathSuggesterTests
{
    private static readonly PathSuggester Pages = new(["", "praxe/", "praxe/jina-praxe/", "praxe/jina-akce/", "praxe/strana/2/", "temata/zdravi/",
        "temata/doprava-a-mobilita/", "media/plan.pdf", "content/practices/jina-praxe.md", "content/pages/o-nas.md"]);

    [Theory]
    [InlineData("praxe/jina-prxe/", "praxe/jina-praxe/")]
    [InlineData("praxe/jina-praxe", "praxe/jina-praxe/")]
    [InlineData("temata/zdravy/", "temata/zdravi/")]
    [InlineData("prax/jina-praxe/", "praxe/jina-praxe/")]
    [InlineData("media/plan.pfd", "media/plan.pdf")]
    [InlineData("content/pages/jina-praxe.md", "content/practices/jina-praxe.md")]
    public void suggests_the_nearest_path_in_the_same_folder(string wrong, string expected) => Assert.Equal(expected, Pages.Suggest(wrong));

    [Fact]
    public void suggests_nothing_for_an_unrelated_name() => Assert.Null(Pages.Suggest("praxe/financovani-skol/"));

    [Fact]
    public void the_bounded_distance_equals_the_full_one_up_to_its_limit()
    {
        Gen.Select(Gen.String[Gen.Char["abcxyz-"], 0, 14], Gen.String[Gen.Char["abcxyz-"], 0, 14], Gen.Int[0, 6]).Sample((a, b, limit) =>
        {
            var full = DidYouMean.Distance(a, b);
            var bounded = DidYouMean.BoundedDistance(a, b, limit);
            return full <= limit ? bounded == full : bounded > limit;
        });
    }

    [Fact]
    public void within_a_folder_it_suggests_what_did_you_mean_would_among_the_names_of_that_folder()
    {
        var names = Gen.String[Gen.Char["abcdeh-"], 1, 12].Array[1, 30];
        Gen.Select(names, Gen.String[Gen.Char["abcdeh-"], 1, 12]).Sample((existing, wrong) =>
        {
            var unique = existing.Distinct().ToArray();
            if (unique.Contains(wrong)) return true;
            var expected = DidYouMean.Suggest(wrong, unique);
            var actual = new PathSuggester(unique.Select(n => $"praxe/{n}/")).Suggest($"praxe/{wrong}/");
            return actual == (expected is null ? null : $"praxe/{expected}/");
        });
    }
}
