using System.Text;

namespace DobraPraxe.Generator.Imaging;

/// <summary>The kinds of token CSS Syntax Level 3 (§4) makes of a stylesheet; comments make none.</summary>
public enum CssTokenKind
{
    Ident, Function, AtKeyword, Hash, String, BadString, Url, BadUrl, Delim, Number, Percentage, Dimension,
    Whitespace, Cdo, Cdc, Colon, Semicolon, Comma, OpenSquare, CloseSquare, OpenParen, CloseParen, OpenCurly, CloseCurly,
}

/// <summary>
/// One token with its escapes resolved: the name of an ident, function or at-keyword, the text of a string, the address of
/// an unquoted url(…). What a browser's CSS parser sees, not what the file spells (<c>\75 rl(</c> is the function url).
/// </summary>
public readonly record struct CssToken(CssTokenKind Kind, string Value);

/// <summary>
/// The tokenizer of CSS Syntax Level 3 (§4.3), as browsers run it: comments dropped, escapes resolved, strings and
/// url(…) read whole. A check that reads tokens instead of text cannot be passed by spelling a name differently
/// (<c>u/**/rl(</c>, <c>\75 rl(</c>, <c>URL(</c>). Never throws, and reads each character a bounded number of times.
/// </summary>
public static class CssTokenizer
{
    private const char Eof = '\uFFFF';

    public static IEnumerable<CssToken> Tokenize(string css)
    {
        var reader = new Reader(Preprocess(css));
        while (reader.Next() is { } token) yield return token;
    }

    /// <summary>
    /// §3.3: CR LF, CR and FF become LF; NUL becomes U+FFFD. So does U+FFFF, which marks the end here (both are ident
    /// code points, so no token changes its kind).
    /// </summary>
    private static string Preprocess(string css) =>
        css.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\f', '\n').Replace('\0', '\uFFFD').Replace(Eof, '\uFFFD');

    private sealed class Reader(string text)
    {
        private int _at;

        private char Peek(int ahead = 0) => _at + ahead < text.Length ? text[_at + ahead] : Eof;

        public CssToken? Next()
        {
            SkipComments();
            var c = Peek();
            if (c == Eof) return null;
            _at++;
            switch (c)
            {
                case '\n' or '\t' or ' ':
                    while (IsWhitespace(Peek())) _at++;
                    return new(CssTokenKind.Whitespace, " ");
                case '"' or '\'':
                    return String(c);
                case '#':
                    if (IsIdent(Peek()) || IsValidEscape(Peek(), Peek(1))) return new(CssTokenKind.Hash, Name());
                    return Delim(c);
                case '(': return new(CssTokenKind.OpenParen, "(");
                case ')': return new(CssTokenKind.CloseParen, ")");
                case '[': return new(CssTokenKind.OpenSquare, "[");
                case ']': return new(CssTokenKind.CloseSquare, "]");
                case '{': return new(CssTokenKind.OpenCurly, "{");
                case '}': return new(CssTokenKind.CloseCurly, "}");
                case ',': return new(CssTokenKind.Comma, ",");
                case ':': return new(CssTokenKind.Colon, ":");
                case ';': return new(CssTokenKind.Semicolon, ";");
                case '+' or '.':
                    _at--;
                    if (StartsNumber(Peek(), Peek(1), Peek(2))) return Numeric();
                    _at++;
                    return Delim(c);
                case '-':
                    _at--;
                    if (StartsNumber(Peek(), Peek(1), Peek(2))) return Numeric();
                    if (Peek(1) == '-' && Peek(2) == '>') { _at += 3; return new(CssTokenKind.Cdc, "-->"); }
                    if (StartsIdent(Peek(), Peek(1), Peek(2))) return IdentLike();
                    _at++;
                    return Delim(c);
                case '<':
                    if (Peek() == '!' && Peek(1) == '-' && Peek(2) == '-') { _at += 3; return new(CssTokenKind.Cdo, "<!--"); }
                    return Delim(c);
                case '@':
                    if (StartsIdent(Peek(), Peek(1), Peek(2))) return new(CssTokenKind.AtKeyword, Name());
                    return Delim(c);
                case '\\':
                    _at--;
                    if (IsValidEscape(Peek(), Peek(1))) return IdentLike();
                    _at++;
                    return Delim(c);
                default:
                    _at--;
                    if (char.IsAsciiDigit(c)) return Numeric();
                    if (IsIdentStart(c)) return IdentLike();
                    _at++;
                    return Delim(c);
            }
        }

        private static CssToken Delim(char c) => new(CssTokenKind.Delim, c.ToString());

        private void SkipComments()
        {
            while (Peek() == '/' && Peek(1) == '*')
            {
                var end = text.IndexOf("*/", _at + 2, StringComparison.Ordinal);
                _at = end < 0 ? text.Length : end + 2;
            }
        }

        /// <summary>§4.3.5: a string up to its quote; a raw newline makes it a bad string (the browser drops it).</summary>
        private CssToken String(char quote)
        {
            var value = new StringBuilder();
            while (true)
            {
                var c = Peek();
                if (c == Eof) return new(CssTokenKind.String, value.ToString());
                if (c == quote) { _at++; return new(CssTokenKind.String, value.ToString()); }
                if (c == '\n') return new(CssTokenKind.BadString, value.ToString());
                _at++;
                if (c != '\\') { value.Append(c); continue; }
                if (Peek() == Eof) continue;
                if (Peek() == '\n') { _at++; continue; }
                value.Append(Escape());
            }
        }

        /// <summary>§4.3.4: an ident, a function (name and '('), or url(…) unquoted as one url token.</summary>
        private CssToken IdentLike()
        {
            var name = Name();
            if (name.Equals("url", StringComparison.OrdinalIgnoreCase) && Peek() == '(')
            {
                _at++;
                while (IsWhitespace(Peek()) && IsWhitespace(Peek(1))) _at++;
                var next = IsWhitespace(Peek()) ? Peek(1) : Peek();
                return next is '"' or '\'' ? new(CssTokenKind.Function, name) : Url();
            }
            if (Peek() == '(') { _at++; return new(CssTokenKind.Function, name); }
            return new(CssTokenKind.Ident, name);
        }

        /// <summary>§4.3.6: the address of an unquoted url(…); anything odd in it makes a bad url, which browsers drop.</summary>
        private CssToken Url()
        {
            var value = new StringBuilder();
            while (IsWhitespace(Peek())) _at++;
            while (true)
            {
                var c = Peek();
                if (c == Eof) return new(CssTokenKind.Url, value.ToString());
                _at++;
                if (c == ')') return new(CssTokenKind.Url, value.ToString());
                if (IsWhitespace(c))
                {
                    while (IsWhitespace(Peek())) _at++;
                    if (Peek() == ')') { _at++; return new(CssTokenKind.Url, value.ToString()); }
                    if (Peek() == Eof) return new(CssTokenKind.Url, value.ToString());
                    return BadUrl(value);
                }
                if (c is '"' or '\'' or '(' || IsNonPrintable(c)) return BadUrl(value);
                if (c == '\\')
                {
                    if (!IsValidEscape(c, Peek())) return BadUrl(value);
                    value.Append(Escape());
                    continue;
                }
                value.Append(c);
            }
        }

        private CssToken BadUrl(StringBuilder value)
        {
            while (_at < text.Length)
            {
                var c = text[_at++];
                if (c == ')') break;
                if (c == '\\' && _at < text.Length) _at++;
            }
            return new(CssTokenKind.BadUrl, value.ToString());
        }

        private CssToken Numeric()
        {
            var start = _at;
            if (Peek() is '+' or '-') _at++;
            while (char.IsAsciiDigit(Peek())) _at++;
            if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
            {
                _at++;
                while (char.IsAsciiDigit(Peek())) _at++;
            }
            if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
            {
                _at += 2;
                while (char.IsAsciiDigit(Peek())) _at++;
            }
            var number = text[start.._at];
            if (StartsIdent(Peek(), Peek(1), Peek(2))) return new(CssTokenKind.Dimension, number + Name());
            if (Peek() == '%') { _at++; return new(CssTokenKind.Percentage, number); }
            return new(CssTokenKind.Number, number);
        }

        /// <summary>§4.3.11: a name of ident code points and escapes, resolved.</summary>
        private string Name()
        {
            var name = new StringBuilder();
            while (true)
            {
                var c = Peek();
                if (IsIdent(c)) { name.Append(c); _at++; }
                else if (IsValidEscape(c, Peek(1))) { _at++; name.Append(Escape()); }
                else return name.ToString();
            }
        }

        /// <summary>§4.3.7, after the backslash: up to six hex digits and one whitespace, or the character itself.</summary>
        private string Escape()
        {
            if (Peek() == Eof) return "\uFFFD";
            if (!char.IsAsciiHexDigit(Peek())) return text[_at++].ToString();
            var start = _at;
            while (_at - start < 6 && char.IsAsciiHexDigit(Peek())) _at++;
            var code = Convert.ToInt32(text[start.._at], 16);
            if (IsWhitespace(Peek())) _at++;
            return code == 0 || code is >= 0xD800 and <= 0xDFFF || code > 0x10FFFF ? "\uFFFD" : char.ConvertFromUtf32(code);
        }

        private static bool StartsIdent(char first, char second, char third) => first switch
        {
            '-' => IsIdentStart(second) || second == '-' || IsValidEscape(second, third),
            '\\' => IsValidEscape(first, second),
            _ => IsIdentStart(first),
        };

        private static bool StartsNumber(char first, char second, char third) => first switch
        {
            '+' or '-' => char.IsAsciiDigit(second) || (second == '.' && char.IsAsciiDigit(third)),
            '.' => char.IsAsciiDigit(second),
            _ => char.IsAsciiDigit(first),
        };

        private static bool IsValidEscape(char first, char second) => first == '\\' && second != '\n';
        private static bool IsWhitespace(char c) => c is '\n' or '\t' or ' ';
        private static bool IsIdentStart(char c) => char.IsAsciiLetter(c) || (c >= '\u0080' && c != Eof) || c == '_';
        private static bool IsIdent(char c) => IsIdentStart(c) || char.IsAsciiDigit(c) || c == '-';
        private static bool IsNonPrintable(char c) => c <= '\u0008' || c == '\u000B' || c is >= '\u000E' and <= '\u001F' || c == '\u007F';
    }
}
