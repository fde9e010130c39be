using Scriban.Runtime;

namespace DobraPraxe.Generator.Templating;

/// <summary>
/// A Scriban output that keeps its buffer from page to page. A StringBuilder emptied after a long page gives up its
/// chunks and allocates a new buffer as large as the page (StringBuilder.Length = 0), then grows again chunk by chunk.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    private char[] _buffer = new char[64 * 1024];
    private int _length;

    public void Write(string text, int offset, int count)
    {
        if (_length + count > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        text.CopyTo(offset, _buffer, _length, count);
        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    public void Clear() => _length = 0;

    /// <summary>What has been written, valid until the next write or <see cref="Clear"/>.</summary>
    public ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

    /// <summary>
    /// False while a page's last pass renders: Template.Render asks its output for the text as a string, which the page
    /// then takes as <see cref="Text"/> instead.
    /// </summary>
    public bool TextOnRequest { get; set; } = true;

    public override string ToString() => TextOnRequest ? new(_buffer, 0, _length) : "";
}
