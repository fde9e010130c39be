namespace DobraPraxe.Generator.Loading;

/// <summary>
/// Keeps the build inside content/. The allow-list for symbolic links: below content/ a folder is never a link (a folder
/// link can lead in circles, and a copy or a move does the same job), and a file may be a link only to a file inside
/// content/. Everything else — a link out of content/, a link to itself or a loop of links, a link to nothing, a link to a
/// folder — is refused at that path, never followed.
/// </summary>
public static class ContentPaths
{
    /// <summary>What a refused path is told: the error and its hint.</summary>
    public sealed record Refusal(string Message, string Hint);

    /// <summary>Links followed in one path before it counts as a loop; Linux gives up after 40 too (MAXSYMLINKS).</summary>
    private const int MaxLinks = 40;

    public static readonly Refusal Loop = new("the link leads in a circle (to itself, or through links that lead back to it)",
        "Delete the link, or replace it by a copy of the file.");
    public static readonly Refusal Outside = new("the file is a link to a place outside content/", "Replace the link by a copy of the file.");
    public static readonly Refusal FolderOutside = new("the folder is a link to a place outside content/",
        "Replace the link by a folder with copies of the files.");
    public static readonly Refusal Dangling = new("the link leads to a file that does not exist", "Delete the link, or replace it by a copy of the file.");
    public static readonly Refusal FolderLink = new("the folder is a link; links to folders are not followed",
        "Replace the link by the folder itself, with its files (a folder link can lead in circles).");
    public static readonly Refusal ThroughFolderLink = new("the path goes through a folder that is a link; links to folders are not followed",
        "Replace the linked folder by the folder itself, with its files.");

    /// <summary>
    /// Why <paramref name="path"/> (inside <paramref name="contentRoot"/>) may not be read, or null when it may: every folder
    /// below content/ on its way a real folder, and the path itself a file, a real folder, or a link to a file inside content/.
    /// A path that does not exist and is no link is not refused here (whoever reads it finds it missing).
    /// </summary>
    public static Refusal? Check(string path, string contentRoot)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var contentFull = Path.GetFullPath(contentRoot);
            if (!IsUnder(full, contentFull)) return Outside;
            var parts = full[contentFull.TrimEnd(Path.DirectorySeparatorChar).Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            // The parts below content/ are the same entries whichever way content/ itself is reached; its real path
            // (every link above it followed) is needed only to judge where a link leads, so only then is it walked.
            var current = contentFull;
            for (var i = 0; i < parts.Length; i++)
            {
                current = Path.Combine(current, parts[i]);
                if (new FileInfo(current).LinkTarget is null) continue;
                if (i < parts.Length - 1) return ThroughFolderLink;
                var root = RealPath(contentRoot);
                var real = RealPath(current);
                var folder = Directory.Exists(real);
                if (!IsUnder(real, root)) return folder ? FolderOutside : Outside;
                if (folder) return FolderLink;
                return File.Exists(real) ? null : Dangling;
            }
            return null;
        }
        catch (IOException)
        {
            // ELOOP from the system, or our own count of links running out.
            return Loop;
        }
    }

    /// <summary>True when the last part of <paramref name="path"/> is a symbolic link (or a junction), whatever it leads to.</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// The real path of <paramref name="path"/>: every link on it followed, part by part (a "..", after a link, leaves the
    /// link's target); parts that do not exist are kept as they are. An <see cref="IOException"/> when links lead in circles.
    /// </summary>
    public static string RealPath(string path)
    {
        var links = 0;
        return Real(Path.GetFullPath(path), ref links);
    }

    private static string Real(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException("too many levels of symbolic links");
            // Relative to the link's folder; Combine keeps a rooted target as it is.
            current = Real(Path.Combine(current, target), ref links);
        }
        return current;
    }

    private static bool IsUnder(string full, string root) =>
        full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
