using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Tests.Diagnostics;

/// <summary>A diagnostic prints as one line (and its hint), whatever characters the names and values in it carry.</summary>
public class DiagnosticFormatTests
{
    [Theory]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\r\nb")]
    [InlineData("a\tb", @"a\tb")]
    [InlineData("\u001b[2Jx", @"\u001b[2Jx")]
    [InlineData("\u0000\u0007\u007f\u0085\u009b", @"\u0000\u0007\u007f\u0085\u009b")]
    [InlineData("abc\u202Etxt.exe", @"abc\u202etxt.exe")]
    [InlineData("a\u2028b\u2029c", @"a\u2028b\u2029c")]
    public void control_and_invisible_characters_are_escaped(string text, string printed) =>
        Assert.Equal(printed, Diagnostic.Printable(text));

    [Fact]
    public void a_half_of_a_surrogate_pair_is_escaped_and_a_whole_pair_is_not()
    {
        Assert.Equal(@"x\ud800y", Diagnostic.Printable("x\ud800y"));
        Assert.Equal(@"y\udc00", Diagnostic.Printable("y\udc00"));
        Assert.Equal("🙂", Diagnostic.Printable("🙂"));
    }

    [Theory]
    [InlineData("content/practices/žluťoučký-kůň.md")]
    [InlineData("Štítek „uvozovky“ — 🙂 a \\n jako text")]
    [InlineData("")]
    public void printable_text_is_left_as_it_is(string text) =>
        Assert.Same(text, Diagnostic.Printable(text));

    [Fact]
    public void the_path_the_message_and_the_hint_are_escaped_and_the_hint_keeps_its_own_line()
    {
        var diagnostic = new Diagnostic(Severity.Error, new SourceLocation("content/a\nb.md", 3, 4), "unknown field 'x\u001b[31m'", "Known fields:\ntitle.");
        Assert.Equal("content/a\\nb.md:3:4: error: unknown field 'x\\u001b[31m'\n    Known fields:\\ntitle.", diagnostic.Format());
        Assert.Equal("content/a.md:1:1: warning: w", new Diagnostic(Severity.Warning, SourceLocation.File("content/a.md"), "w").Format());
    }
}
