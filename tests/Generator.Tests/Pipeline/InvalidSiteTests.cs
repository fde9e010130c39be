using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Pipeline;

/// <summary>A content tree with a mistake in nearly every file: every one is reported, precisely, in one run.</summary>
public class InvalidSiteTests
{
    private static readonly string Invalid = TestPaths.Fixture("invalid");

    [Fact]
    public void every_mistake_is_reported_in_one_run_with_its_exact_position()
    {
        var result = Builds.Generate(Invalid);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Golden.AssertMatches(Path.Combine(Invalid, "expected", "diagnostics.txt"), Builds.Errors(result) + "\n");
    }

    [Theory]
    [InlineData("content/practices/neznamy-stitek.md:8:1: error: unknown field 'tagz' in a practice; did you mean 'tags'?")]
    [InlineData("content/practices/neznamy-stitek.md:5:10: error: unknown theme 'zivotni-prostredy'; did you mean 'zivotni-prostredi'?")]
    [InlineData("content/practices/spatny-clen.md:4:9: error: unknown member 'znojmp'; did you mean 'znojmo'?")]
    [InlineData("content/practices/spatny-clen.md:6:7: error: 'year' must be between 1990 and 2027, not 1980")]
    [InlineData("content/practices/spatne-datum.md:7:7: error: 'date' is not a real calendar date: '2021-02-30'")]
    [InlineData("content/practices/spatne-datum.md:8:11: error: unknown related practice 'neexistuje'")]
    [InlineData("content/practices/obrazek-bez-popisu.md:9:5: error: required field 'alt' is missing")]
    [InlineData("content/practices/obrazek-bez-popisu.md:11:5: error: file 'media/chybi.pdf' does not exist in content/")]
    [InlineData("content/practices/rozbity-odkaz.md:11:5: error: link target 'neexistujici-praxe.md' does not exist (looked for 'content/practices/neexistujici-praxe.md')")]
    [InlineData("content/practices/rozbity-odkaz.md:1:1: error: practice slug 'rozbity-odkaz' is also used by content/practices/dvojnik.md (line 8); both would be published at /praxe/rozbity-odkaz/")]
    [InlineData("content/practices/dvojnik.md:8:7: error: practice slug 'rozbity-odkaz' is also used by content/practices/rozbity-odkaz.md; both would be published at /praxe/rozbity-odkaz/")]
    [InlineData("content/practices/spatny-yaml.md:3:19: error: invalid YAML: a value contains ': ' (a colon and a space); put the whole value in quotes")]
    [InlineData("content/practices/kodovani.md:3:30: error: the file is not valid UTF-8 text")]
    [InlineData("content/practices/prazdny.md:1:1: error: the file is empty")]
    [InlineData("content/pages/bez-hlavicky.md:1:1: error: the file has no front matter: its first line must be '---'")]
    [InlineData("content/events/konec-pred-zacatkem.md:3:7: error: unknown kind 'skolaa'; did you mean 'skola'?")]
    [InlineData("content/events/konec-pred-zacatkem.md:5:6: error: the event ends before it starts: 'end' must be after 'start'")]
    [InlineData("content/data/members.yml:2:42: error: unknown region 'jihomoravski'; did you mean 'jihomoravsky'?")]
    [InlineData("content/data/members.yml:3:33: error: unknown type 'msto'; did you mean 'mesto'?")]
    [InlineData("content/data/themes.yml:3:34: error: theme 'doprava' has colour 'zelená', which is not a #rrggbb colour")]
    [InlineData("content/site.yml:5:1: error: unknown field 'menus' in site.yml; did you mean 'menu'?")]
    public void reports(string line) => Assert.Contains(line, Builds.Errors(Builds.Generate(Invalid)).Split('\n'));

    [Fact]
    public void check_exits_1_and_ends_with_the_count()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(1, CliApp.Run(["check", "--source", Invalid, "--now", "2026-11-24T12:00:00+01:00"], output, error));
        Assert.EndsWith("22 errors, 0 warnings.", error.ToString().TrimEnd());
    }
}
