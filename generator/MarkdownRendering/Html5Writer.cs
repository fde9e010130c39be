using System.Text;

namespace DobraPraxe.Generator.MarkdownRendering;

/// <summary>
/// The writer Markdig renders into. Markdig writes XHTML-flavoured markup (<c>&lt;br /&gt;</c>, <c>&amp;quot;</c> in text,
/// <c>&amp;#8617;</c>); our pages have always carried the HTML serialization a browser's DOM gives back (the one AngleSharp
/// writes): void tags without " /", '"' as itself in text, numeric references as characters, U+00A0 as <c>&amp;nbsp;</c>,
/// '&lt;' and '&gt;' escaped in attribute values.
/// This writer turns the one into the other as the characters arrive, with no second parse, and collects the text a
/// reader sees on the way (for the search index). It relies on Markdig's output: every '&lt;' of text is escaped, so a
/// '&lt;' always opens a tag.
/// </summary>
public sealed class Html5Writer : TextWriter
{
    private enum State { Text, Tag, Attribute }

    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _pending = new();
    private State _state = State.Text;

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>The text between the tags, references decoded: what the DOM's textContent would be.</summary>
    public string Text
    {
        get { Flush(); return _text.ToString(); }
    }

    /// <summary>The text a fragment of HTML shows (textContent), e.g. a heading's label.</summary>
    public static string TextOf(string html)
    {
        using var writer = new Html5Writer();
        writer.Write(html);
        return writer.Text;
    }

    public override void Write(char value)
    {
        if (_pending.Length > 0)
        {
            _pending.Append(value);
            if (value == ';' || _pending.Length > 10 || (_pending[0] == ' ' && _pending.Length == 3) || (_pending[0] == '&' && !IsReferenceChar(value)))
                Resolve();
            return;
        }
        switch (_state)
        {
            case State.Text when value == '<': _html.Append(value); _state = State.Tag; break;
            case State.Text or State.Attribute when value == '&': _pending.Append(value); break;
            case State.Text when value == '\u00A0': _html.Append("&nbsp;"); _text.Append(value); break;
            case State.Text: _html.Append(value); _text.Append(value); break;
            case State.Tag when value == '"': _html.Append(value); _state = State.Attribute; break;
            case State.Tag when value == ' ': _pending.Append(value); break;
            case State.Tag when value == '>': _html.Append(value); _state = State.Text; break;
            case State.Tag: _html.Append(value); break;
            case State.Attribute when value == '"': _html.Append(value); _state = State.Tag; break;
            case State.Attribute when value == '\u00A0': _html.Append("&nbsp;"); break;
            case State.Attribute when value == '<': _html.Append("&lt;"); break;
            case State.Attribute when value == '>': _html.Append("&gt;"); break;
            case State.Attribute: _html.Append(value); break;
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        foreach (var c in value) Write(c);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        for (var i = index; i < index + count; i++) Write(buffer[i]);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        foreach (var c in buffer) Write(c);
    }

    public override void Flush()
    {
        if (_pending.Length > 0) Resolve();
    }

    public override string ToString()
    {
        Flush();
        return _html.ToString();
    }

    private static bool IsReferenceChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '#';

    /// <summary>Finishes a held-back piece: a character reference, or " /" before the end of a tag.</summary>
    private void Resolve()
    {
        var piece = _pending.ToString();
        _pending.Clear();
        if (piece[0] == ' ')
        {
            // " />" closing a void element is written ">"; any other space in a tag stays.
            if (piece == " />") { _html.Append('>'); _state = State.Text; return; }
            _html.Append(' ');
            foreach (var c in piece[1..]) Write(c);
            return;
        }
        var last = piece[^1];
        var reference = last == ';' ? piece : piece[..^1];
        if (Decode(reference) is { } decoded)
        {
            if (_state == State.Text)
            {
                _html.Append(decoded switch { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", "\u00A0" => "&nbsp;", _ => decoded });
                _text.Append(decoded);
            }
            else
            {
                _html.Append(decoded switch { "&" => "&amp;", "\"" => "&quot;", "<" => "&lt;", ">" => "&gt;", "\u00A0" => "&nbsp;", _ => decoded });
            }
        }
        else
        {
            // Not a reference we know: a bare '&' is written as the DOM would, escaped.
            _html.Append("&amp;").Append(reference[1..]);
            if (_state == State.Text) _text.Append(reference);
        }
        if (last != ';') Write(last);
    }

    private static string? Decode(string reference) => reference switch
    {
        "&amp;" => "&", "&lt;" => "<", "&gt;" => ">", "&quot;" => "\"", "&nbsp;" => "\u00A0",
        ['&', '#', 'x' or 'X', .. var hex] when hex.EndsWith(';') && int.TryParse(hex[..^1], System.Globalization.NumberStyles.HexNumber, null, out var h) => Character(h),
        ['&', '#', .. var dec] when dec.EndsWith(';') && int.TryParse(dec[..^1], out var d) => Character(d),
        _ => null,
    };

    private static string? Character(int code) =>
        code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;
}
