using System.IO.Enumeration;

namespace DobraPraxe.Generator.Producers;

/// <summary>
/// A path a producer writes, relative to its site's root, or the shape of such paths: "feed.xml"; "akce/*/udalost.ics",
/// where '*' stands for any part of one segment's name; "search/", a folder with everything under it.
/// </summary>
public sealed record OwnedPath
{
    private OwnedPath(string pattern) => Pattern = pattern;

    public string Pattern { get; }

    /// <summary>A file, or files of one shape ('*' within a segment).</summary>
    public static OwnedPath File(string path) => new(path);

    /// <summary>Everything under a folder: the producer is its only writer.</summary>
    public static OwnedPath Folder(string path) => new(path.EndsWith('/') ? path : path + "/");

    public bool IsFolder => Pattern.EndsWith('/');

    /// <summary>One file, no '*': declared means written.</summary>
    public bool IsExact => !IsFolder && !Pattern.Contains('*');

    /// <summary>
    /// The first segment it takes whole — a file or folder at the site's top ("feed.xml", "search"), which a page, taxonomy,
    /// kind or conference may not be named; null for a file inside a folder it shares with pages ("akce/kalendar.ics").
    /// </summary>
    public string? Segment
    {
        get
        {
            var top = IsFolder ? Pattern[..^1] : Pattern;
            return top.Contains('/') || top.Contains('*') ? null : top;
        }
    }

    public bool Matches(string path)
    {
        var pattern = (IsFolder ? Pattern[..^1] : Pattern).Split('/');
        var parts = path.Split('/');
        if (IsFolder ? parts.Length <= pattern.Length : parts.Length != pattern.Length) return false;
        for (var i = 0; i < pattern.Length; i++)
            if (!FileSystemName.MatchesSimpleExpression(pattern[i], parts[i], ignoreCase: false)) return false;
        return true;
    }

    public override string ToString() => Pattern;
}
