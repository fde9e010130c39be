using System.Globalization;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// The checks every file of content/media/ passes before anything is published: an allowed type, not empty,
/// within the size limit, content of the format its name says, and (SVG) nothing that runs or loads.
/// </summary>
public static class MediaChecker
{
    /// <summary>How much of a binary file the signature check reads: a photo is read whole only when it must be encoded.</summary>
    private const int HeadBytes = 4096;

    /// <summary>The file's type when it passes, else the problem. <paramref name="fullPath"/> is on disk.</summary>
    public static (MediaType? Type, MediaProblem? Problem) Check(string mediaPath, string fullPath, ImageSettings settings)
    {
        if (MediaTypes.ForPath(mediaPath) is not { } type)
            return (null, new MediaProblem($"'{Path.GetFileName(mediaPath)}' is not a file type the site publishes",
                $"content/media/ may hold {string.Join(", ", MediaTypes.Extensions())}. Save a web page as PDF; remove anything else (a page or script there would run on the site's own address).",
                AtUse: false));
        var atUse = type.ReportedAtUse;
        var length = new FileInfo(fullPath).Length;
        if (length == 0)
            return (type, new MediaProblem("the file is empty (0 bytes)", "Copy the file again: the upload or save did not finish.", atUse));
        if (type.MaxBytes is { } own && length > own)
            return (type, new MediaProblem($"the file is {Megabytes(length)} MB; {type.Name} files of at most {Megabytes(own)} MB are published",
                "Check that it is the file you meant: captions of a two-hour film take less than half a megabyte.", atUse));
        if (length > settings.MaxFileBytes)
            return (type, new MediaProblem(
                $"the file is {Megabytes(length)} MB; at most {Megabytes(settings.MaxFileBytes)} MB are allowed",
                type.IsRaster
                    ? "Export the photo smaller (4000 px wide is plenty: the site makes its own sizes), or raise 'media: { max_file_mb: … }' in content/site.yml."
                    : type.Kind == MediaKind.Video
                    ? "A longer video belongs on YouTube or Vimeo (write its address in 'video:'); or export it smaller, or raise 'media: { max_file_mb: … }' in content/site.yml."
                    : "Make the file smaller, or raise 'media: { max_file_mb: … }' in content/site.yml.",
                atUse));

        // Text formats (SVG, CSV, JSON, WebVTT) are checked whole: one bad byte anywhere makes them unreadable or unsafe.
        var bytes = type.Kind is MediaKind.Vector or MediaKind.Data or MediaKind.Captions ? File.ReadAllBytes(fullPath) : Head(fullPath);
        if (!type.Matches(bytes))
            return (type, new MediaProblem(
                $"the file's name says {type.Name} ({Path.GetExtension(mediaPath)}) but it holds {MediaTypes.Describe(bytes)}",
                "Save it again in the format its name says, or give it the extension of what it is.", atUse));
        if (type.Kind == MediaKind.Vector && SvgSafety.Check(bytes) is { } unsafeSvg)
            return (type, new MediaProblem(unsafeSvg.Message, unsafeSvg.Hint, AtUse: false, unsafeSvg.Line, unsafeSvg.Column));
        // Hosts match _headers paths as written, so the drawings' sandbox (/media/*.svg) covers only the lower-case name.
        if (type.Kind == MediaKind.Vector && Path.GetExtension(mediaPath) != ".svg")
            return (type, new MediaProblem($"the drawing's name ends in '{Path.GetExtension(mediaPath)}'; drawings are published as '.svg', in lower case",
                $"Rename it to '{Path.GetFileNameWithoutExtension(mediaPath)}.svg' and change its links: a host sends the header that keeps a drawing from running anything by that name.",
                AtUse: false));
        return (type, null);
    }

    private static byte[] Head(string fullPath)
    {
        using var stream = File.OpenRead(fullPath);
        var head = new byte[Math.Min(HeadBytes, stream.Length)];
        stream.ReadExactly(head);
        return head;
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);
}
