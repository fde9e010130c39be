using System.Collections.Immutable;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Moving;

/// <summary>
/// What one 'move' changes: the entry's kind and slugs, its page's old and new site paths, and the files that get new
/// paths (the entry, its translations, its media folder's files), by their paths from the source root.
/// </summary>
public sealed record Relocation
{
    public required KindSpec Kind { get; init; }
    public required string OldSlug { get; init; }
    public required string NewSlug { get; init; }
    /// <summary>The entry's file before and after (the same path when only its 'slug:' changes).</summary>
    public required string OldFile { get; init; }
    public required string NewFile { get; init; }
    /// <summary>Every file with a new path, old → new: the entry's, its translations', and those under its media folder.</summary>
    public required ImmutableDictionary<string, string> Files { get; init; }
    /// <summary>The renames to make on disk, old → new (a media folder as one).</summary>
    public required ImmutableArray<(string From, string To)> Renames { get; init; }
    /// <summary>"media/&lt;old&gt;/" → "media/&lt;new&gt;/" when the entry has a media folder of its name; front matter names files from content/ so.</summary>
    public (string From, string To)? MediaFolder { get; init; }
    /// <summary>The site's address, for links written in full (https://www.dobrapraxe.cz/praxe/x/).</summary>
    public required Uri BaseUrl { get; init; }

    public string OldPage => Kind.ItemPath(OldSlug);
    public string NewPage => Kind.ItemPath(NewSlug);

    /// <summary>The site path an address leads to after the move, when it led to the entry's page (or a file under it); null otherwise.</summary>
    public string? Readdress(string sitePath)
    {
        if (sitePath == OldPage.TrimEnd('/')) return NewPage.TrimEnd('/');
        return sitePath.StartsWith(OldPage, StringComparison.Ordinal) ? NewPage + sitePath[OldPage.Length..] : null;
    }

    /// <summary>The path a file has after the move (its own when it does not move).</summary>
    public string PathAfter(string file) => Files.GetValueOrDefault(file, file);
}
