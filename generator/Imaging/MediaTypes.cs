using System.Text;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// The allow-list of files content/media/ may hold — the one home of that list (front matter's images and
/// attachments, Markdown links and the media check all read it). Anything else is an error at the file:
/// an .html or .xml file published on the site's origin could run a script there, whatever the host sends.
/// </summary>
public static class MediaTypes
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly HashSet<string> Mp4Brands = ["isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "mmp4"];

    public static readonly IReadOnlyList<MediaType> All =
    [
        new("JPEG", MediaKind.Raster, [".jpg", ".jpeg"], b => StartsWith(b, [0xFF, 0xD8, 0xFF])),
        new("PNG", MediaKind.Raster, [".png"], b => StartsWith(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        new("GIF", MediaKind.Raster, [".gif"], b => StartsWith(b, "GIF87a"u8) || StartsWith(b, "GIF89a"u8)),
        new("WebP", MediaKind.Raster, [".webp"], b => StartsWith(b, "RIFF"u8) && b.Length >= 12 && b.Span[8..12].SequenceEqual("WEBP"u8)),
        new("AVIF", MediaKind.Raster, [".avif"], b => b.Length >= 12 && b.Span[4..8].SequenceEqual("ftyp"u8)
            && (b.Span[8..12].SequenceEqual("avif"u8) || b.Span[8..12].SequenceEqual("avis"u8) || b.Span[8..12].SequenceEqual("mif1"u8))),
        new("SVG", MediaKind.Vector, [".svg"], IsText),
        new("PDF", MediaKind.Document, [".pdf"], b => StartsWith(b, "%PDF-"u8)),
        new("Word (DOCX)", MediaKind.Document, [".docx"], b => StartsWith(b, Zip)),
        new("Excel (XLSX)", MediaKind.Document, [".xlsx"], b => StartsWith(b, Zip)),
        new("PowerPoint (PPTX)", MediaKind.Document, [".pptx"], b => StartsWith(b, Zip)),
        new("OpenDocument", MediaKind.Document, [".odt", ".ods", ".odp"], b => StartsWith(b, Zip)),
        new("Office 97–2003", MediaKind.Document, [".doc", ".xls", ".ppt"], b => StartsWith(b, Ole)),
        new("RTF", MediaKind.Document, [".rtf"], b => StartsWith(b, @"{\rtf"u8)),
        new("text", MediaKind.Data, [".txt", ".csv", ".tsv"], IsText),
        new("JSON", MediaKind.Data, [".json", ".geojson"], IsText),
        // ISO base media: 'ftyp' and a brand of the MP4 family (an AVIF or HEIC image has a brand of its own).
        new("MP4", MediaKind.Video, [".mp4"], b => b.Length >= 12 && b.Span[4..8].SequenceEqual("ftyp"u8) && Mp4Brands.Contains(Encoding.ASCII.GetString(b.Span[8..12]))),
        // Matroska's EBML header, with the document type WebM (a Matroska .mkv says 'matroska').
        new("WebM", MediaKind.Video, [".webm"], b => StartsWith(b, [0x1A, 0x45, 0xDF, 0xA3]) && b.Span[..Math.Min(b.Length, 64)].IndexOf("webm"u8) > 0),
        new("WebVTT", MediaKind.Captions, [".vtt"], IsWebVtt) { MaxBytes = 2 * 1024 * 1024 },
    ];


    /// <summary>The type a file name's extension names, or null when it is not allowed.</summary>
    public static MediaType? ForPath(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return All.FirstOrDefault(t => t.Extensions.Contains(extension));
    }

    /// <summary>Extensions of the types of <paramref name="kinds"/> (every type when none are given), for hints.</summary>
    public static IReadOnlyList<string> Extensions(params MediaKind[] kinds) =>
        [.. All.Where(t => kinds.Length == 0 || kinds.Contains(t.Kind)).SelectMany(t => t.Extensions)];

    /// <summary>
    /// The extensions a field that takes <paramref name="upload"/> accepts: an image may be a photo or a drawing, a photo
    /// only a photo, a video and captions their own formats, an attachment any allowed file.
    /// </summary>
    public static IReadOnlyList<string> ExtensionsFor(Schema.UploadKind upload) => upload switch
    {
        Schema.UploadKind.Image => Extensions(MediaKind.Raster, MediaKind.Vector),
        Schema.UploadKind.Photo => Extensions(MediaKind.Raster),
        Schema.UploadKind.Video => Extensions(MediaKind.Video),
        Schema.UploadKind.Captions => Extensions(MediaKind.Captions),
        _ => Extensions(),
    };

    /// <summary>
    /// The editors' table of content/README.md ("Kde | Povolené typy souborů"): a row for each field of
    /// <paramref name="kind"/> whose part takes an upload, written from this list (a test keeps the README equal to it).
    /// </summary>
    public static string EditorsTable(Schema.EntrySchema kind)
    {
        var images = ExtensionsFor(Schema.UploadKind.Image);
        var table = new StringBuilder("| Kde | Povolené typy souborů |\n|---|---|\n");
        foreach (var field in kind.Fields)
        {
            if (field.Fields.FirstOrDefault(f => f.Upload != Schema.UploadKind.None) is not { } part) continue;
            var allowed = ExtensionsFor(part.Upload);
            var listed = string.Join(", ", allowed.Except(images).Select(e => $"`{e}`"));
            table.Append($"| `{field.Key}` | {(part.Upload == Schema.UploadKind.Image ? string.Join(", ", images.Select(e => $"`{e}`")) : listed + " a všechny typy obrázků")} |\n");
        }
        return table.ToString();
    }

    /// <summary>What the bytes really are, in words, for the error about a misnamed file ("a PNG image", "HTML").</summary>
    public static string Describe(ReadOnlyMemory<byte> bytes)
    {
        // Only the signatures that name one format (a ZIP could be any office document).
        var binary = All.FirstOrDefault(t => (t.Kind == MediaKind.Raster || t.Name is "PDF" or "RTF" or "Office 97–2003") && t.Matches(bytes));
        if (binary is not null) return binary.Kind == MediaKind.Raster ? $"a {binary.Name} image" : $"a {binary.Name} file";
        if (StartsWith(bytes, Zip)) return "a ZIP archive (or an office document)";
        var head = Encoding.UTF8.GetString(bytes.Span[..Math.Min(bytes.Length, 512)]).TrimStart().ToLowerInvariant();
        if (head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal)) return "an HTML page";
        if (head.StartsWith('<')) return "XML or HTML";
        return IsText(bytes) ? "plain text" : "an unknown binary format";
    }

    private static bool StartsWith(ReadOnlyMemory<byte> bytes, ReadOnlySpan<byte> prefix) => bytes.Span.StartsWith(prefix);

    /// <summary>UTF-8 text that starts "WEBVTT" (after an optional byte-order mark), then a space, tab or line end: the WebVTT signature.</summary>
    private static bool IsWebVtt(ReadOnlyMemory<byte> bytes)
    {
        var text = bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        return IsText(bytes) && text.Span.StartsWith("WEBVTT"u8) && (text.Length == 6 || text.Span[6] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r');
    }

    /// <summary>UTF-8 text without NUL bytes: what SVG and plain data files must be.</summary>
    private static bool IsText(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Span.Contains((byte)0)) return false;
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(bytes.Span);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
