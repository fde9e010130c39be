using System.Text;
using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Loading;

/// <summary>Reads content files as strict UTF-8, turning unreadable files into diagnostics.</summary>
public static class SourceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; a BOM is dropped, invalid UTF-8 is reported with its line and column.</summary>
    public static SourceFile? Decode(string relativePath, byte[] bytes, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            // Windows line endings would shift nothing but leave \r in values; normalise once here.
            return new SourceFile(relativePath, text.Replace("\r\n", "\n"));
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = FirstInvalidByte(bytes.AsSpan(start));
            diagnostics.Error(new SourceLocation(relativePath, line, column),
                "the file is not valid UTF-8 text",
                "Save the file with UTF-8 encoding (in most editors: Save as… → Encoding: UTF-8).");
            return null;
        }
    }

    /// <summary>No content file needs more; a larger one is a mistake (or an attack) and is refused before it is read.</summary>
    public const long MaxFileSize = 2 * 1024 * 1024;

    public static SourceFile? Read(string root, string relativePath, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(Path.Combine(root, relativePath));
        if (ContentPaths.Check(info.FullName, Path.Combine(root, ContentScanner.ContentFolder)) is { } refusal)
        {
            diagnostics.Error(SourceLocation.File(relativePath), refusal.Message, refusal.Hint);
            return null;
        }
        try
        {
            if (info.Length > MaxFileSize)
            {
                diagnostics.Error(SourceLocation.File(relativePath), $"the file is {info.Length / 1024 / 1024.0:0.0} MB; at most {MaxFileSize / 1024 / 1024} MB are allowed",
                    "Split the text, and put large documents into content/media/ as attachments.");
                return null;
            }
            return Decode(relativePath, File.ReadAllBytes(info.FullName), diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or changed between the listing and the read (serve reads while an editor saves), or not readable.
            diagnostics.Error(SourceLocation.File(relativePath), "the file could not be read", "Check that it exists and that you may read it, then save it again.");
            return null;
        }
    }

    private static (int Line, int Column) FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int line = 1, column = 1;
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
                return (line, column);
            if (rune.Value == '\n') { line++; column = 1; } else column++;
            bytes = bytes[consumed..];
        }
        return (line, column);
    }
}
