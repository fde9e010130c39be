using DobraPraxe.Generator.Imaging;

namespace DobraPraxe.Generator.Tests.Imaging;

/// <summary>The CSS tokenizer sees names and addresses as a browser does (CSS Syntax Level 3), whatever the spelling.</summary>
public class CssTokenizerTests
{
    private static string Tokens(string css) =>
        string.Join(" ", CssTokenizer.Tokenize(css).Where(t => t.Kind != CssTokenKind.Whitespace).Select(t => $"{t.Kind}({t.Value})"));

    [Theory]
    [InlineData("url(https://x.example/a.png)", "Url(https://x.example/a.png)")]
    [InlineData("URL(  #g  )", "Url(#g)")]
    [InlineData("\\75 rl(//x)", "Url(//x)")]
    [InlineData("u\\72l(//x)", "Url(//x)")]
    [InlineData("\\000075RL(//x)", "Url(//x)")]
    [InlineData("u/**/rl(//x)", "Ident(u) Function(rl) Delim(/) Delim(/) Ident(x) CloseParen())")]
    [InlineData("url(/**/x)", "Url(/**/x)")]
    [InlineData("url( \"\\68ttp://x\" )", "Function(url) String(http://x) CloseParen())")]
    [InlineData("url('#a' )", "Function(url) String(#a) CloseParen())")]
    [InlineData("url(a b)", "BadUrl(a)")]
    [InlineData("url(a\"b)", "BadUrl(a)")]
    [InlineData("url(#a", "Url(#a)")]
    [InlineData("@\\69mport 'a.css';", "AtKeyword(import) String(a.css) Semicolon(;)")]
    [InlineData("@-webkit-keyframes", "AtKeyword(-webkit-keyframes)")]
    [InlineData("-webkit-image-set(", "Function(-webkit-image-set)")]
    [InlineData("image\\-set(", "Function(image-set)")]
    [InlineData("'a\nb'", "BadString(a) Ident(b) String()")]
    [InlineData("'a\\\nb'", "String(ab)")]
    [InlineData("#g .a:not(.b){fill:rgb(1 2 3/50%)}", "Hash(g) Delim(.) Ident(a) Colon(:) Function(not) Delim(.) Ident(b) CloseParen()) OpenCurly({) Ident(fill) Colon(:) Function(rgb) Number(1) Number(2) Number(3) Delim(/) Percentage(50) CloseParen()) CloseCurly(})")]
    [InlineData("-1.5e3px +.5 -->", "Dimension(-1.5e3px) Number(+.5) Cdc(-->)")]
    [InlineData("/* unclosed comment url(//x)", "")]
    [InlineData("\\", "Ident(\uFFFD)")]
    [InlineData("\\0 \\110000 x", "Ident(\uFFFD\uFFFDx)")]
    public void escapes_comments_strings_and_urls_are_resolved_as_a_browser_resolves_them(string css, string expected) =>
        Assert.Equal(expected, Tokens(css));
}
