using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Loading;

/// <summary>Finds and reads the files of content/ by kind; reports files in places the generator does not read.</summary>
public static class ContentScanner
{
    /// <summary>The project's own words for the spelling check (names, terms), one a line, in content/.</summary>
    public const string WordListFile = "slovnik.txt";

    public const string ContentFolder = "content";
    /// <summary>Folders of content/ with files of their own kind; every other folder holds the Markdown entries of a kind.</summary>
    public static readonly IReadOnlyList<string> OwnFolders = ["data", "media", "conferences"];
    private static readonly string[] DataFiles = ["themes.yml", "regions.yml", "members.yml"];

    public static ContentSources Scan(string sourceRoot, DiagnosticBag diagnostics)
    {
        var content = Path.Combine(sourceRoot, ContentFolder);
        if (!Directory.Exists(content))
        {
            diagnostics.Error(SourceLocation.File(ContentFolder), $"there is no '{ContentFolder}' folder in {Path.GetFullPath(sourceRoot)}",
                "Run the command in the repository root, or pass --source with the folder that holds content/.");
            return Empty;
        }

        var folders = ReportStrayEntries(sourceRoot, diagnostics);
        var markdown = folders.ToDictionary(f => f, f => ReadMarkdownFolder(sourceRoot, f, diagnostics), StringComparer.Ordinal);
        return new ContentSources
        {
            SiteConfig = ReadRequired(sourceRoot, "content/site.yml", diagnostics),
            Themes = ReadRequired(sourceRoot, "content/data/themes.yml", diagnostics),
            Regions = ReadRequired(sourceRoot, "content/data/regions.yml", diagnostics),
            Members = ReadRequired(sourceRoot, "content/data/members.yml", diagnostics),
            OtherData = ReadOtherData(sourceRoot, diagnostics),
            Folders = markdown.ToImmutableSortedDictionary(f => f.Key, f => f.Value.Entries, StringComparer.Ordinal),
            Translations = markdown.Where(f => !f.Value.Translations.IsEmpty).ToImmutableSortedDictionary(f => f.Key, f => f.Value.Translations, StringComparer.Ordinal),
            MediaFiles = ListMedia(sourceRoot, diagnostics),
            Conferences = ScanConferences(sourceRoot, diagnostics),
        };
    }

    private static ImmutableArray<ConferenceSources> ScanConferences(string root, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, ContentFolder, "conferences");
        if (!IsRealFolder(folder)) return [];
        var conferences = ImmutableArray.CreateBuilder<ConferenceSources>();
        foreach (var item in Entries(root, $"{ContentFolder}/conferences"))
        {
            if (Refused(item, diagnostics)) continue;
            var (slug, entry, relative) = (item.Name, item.Full, item.Relative);
            if (!item.IsFolder)
            {
                diagnostics.Error(SourceLocation.File(relative), "only folders belong in content/conferences/, one per conference",
                    "Create content/conferences/<slug>/ with site.yml, index.md, program.yml and speakers.yml.");
                continue;
            }
            if (!Slug.IsValid(slug))
            {
                diagnostics.Error(SourceLocation.File(relative), $"the conference folder name '{slug}' is not a valid slug",
                    $"Rename it to '{Slug.From(slug)}': lower-case letters without diacritics, digits and hyphens.");
                continue;
            }
            var pages = new List<SourceFile>();
            var files = new HashSet<string>(StringComparer.Ordinal);
            SourceFile? Read(string name) => SourceReader.Read(root, $"{relative}/{name}", diagnostics);
            foreach (var file in Entries(root, relative))
            {
                var name = file.Name;
                if (Refused(file, diagnostics)) continue;
                if (!file.IsFolder) files.Add(name);
                if (name is "site.yml" or "program.yml" or "speakers.yml" && !file.IsFolder) continue;
                if (name.EndsWith(".md", StringComparison.Ordinal) && !file.IsFolder) { if (Read(name) is { } page) pages.Add(page); }
                else
                    diagnostics.Error(SourceLocation.File($"{relative}/{name}"), "a conference folder holds only site.yml, program.yml, speakers.yml and Markdown pages",
                        "Move other files out, or put images into content/media/ and link them with absolute URLs of the main site.");
            }
            conferences.Add(new ConferenceSources(slug, relative,
                files.Contains("site.yml") ? Read("site.yml") : Missing($"{relative}/site.yml", diagnostics),
                files.Contains("program.yml") ? Read("program.yml") : null,
                files.Contains("speakers.yml") ? Read("speakers.yml") : null,
                [.. pages.Where(p => TranslationName(p.Path) is null)])
            {
                // 'index.en.md' is the English of 'index.md', never a page of slug 'index.en'.
                Translations = [.. pages.Where(p => TranslationName(p.Path) is not null)],
            });
        }
        return conferences.ToImmutable();
    }

    private static SourceFile? Missing(string path, DiagnosticBag diagnostics)
    {
        diagnostics.Error(SourceLocation.File(path), "this required file is missing", "Every conference needs a site.yml with title, base_url, start, end and accent.");
        return null;
    }

    private static readonly ContentSources Empty = new()
    {
        SiteConfig = null, Themes = null, Regions = null, Members = null,
        MediaFiles = [],
    };

    private static SourceFile? ReadRequired(string root, string relativePath, DiagnosticBag diagnostics)
    {
        // A link that leads nowhere (or in a circle) is there too: SourceReader says what is wrong with it.
        var full = Path.Combine(root, relativePath);
        if (File.Exists(full) || ContentPaths.IsLink(full)) return SourceReader.Read(root, relativePath, diagnostics);
        diagnostics.Error(SourceLocation.File(relativePath), "this required file is missing",
            "Create it; see README.md for what it contains.");
        return null;
    }

    /// <summary>
    /// The Markdown files of a folder of entries: the entries, and apart from them the translations, named
    /// &lt;slug&gt;.&lt;language&gt;.md (<see cref="TranslationName"/>), so that 'x.en.md' is never an entry of slug 'x.en'.
    /// </summary>
    private static (ImmutableArray<SourceFile> Entries, ImmutableArray<SourceFile> Translations) ReadMarkdownFolder(string root, string folder, DiagnosticBag diagnostics)
    {
        if (!IsRealFolder(Path.Combine(root, ContentFolder, folder))) return ([], []);
        var paths = new List<string>();
        foreach (var entry in Entries(root, $"{ContentFolder}/{folder}"))
        {
            var relative = entry.Relative;
            if (Refused(entry, diagnostics)) continue;
            if (entry.IsFolder)
                diagnostics.Error(SourceLocation.File(relative), $"folders are not read inside {ContentFolder}/{folder}/",
                    $"Move the files directly into {ContentFolder}/{folder}/; put images and documents into {ContentFolder}/media/.");
            else if (!entry.Name.EndsWith(".md", StringComparison.Ordinal))
                diagnostics.Error(SourceLocation.File(relative), $"only Markdown files (.md) belong in {ContentFolder}/{folder}/",
                    $"Rename it to end in .md, or move images and documents into {ContentFolder}/media/.");
            else
                paths.Add(relative);
        }
        var files = new SourceFile?[paths.Count];
        Parallel.For(0, paths.Count, i => files[i] = SourceReader.Read(root, paths[i], diagnostics));
        var read = files.OfType<SourceFile>().ToList();
        return ([.. read.Where(f => TranslationName(f.Path) is null)], [.. read.Where(f => TranslationName(f.Path) is not null)]);
    }

    /// <summary>
    /// The original's file name and the language of a translation's file: 'content/practices/x.en.md' → ('x.md', 'en');
    /// null for any other name. A slug has no dots, so a name with one before '.md' is no entry's.
    /// </summary>
    public static (string Original, string Language)? TranslationName(string path)
    {
        var name = Path.GetFileName(path);
        if (!name.EndsWith(".md", StringComparison.Ordinal)) return null;
        var stem = name[..^3];
        var dot = stem.LastIndexOf('.');
        if (dot <= 0) return null;
        var language = stem[(dot + 1)..];
        return language.Length is 2 or 3 && language.All(char.IsAsciiLetterLower) ? (stem[..dot] + ".md", language) : null;
    }

    /// <summary>
    /// Every file below content/media/, through its real folders only: a folder link is never followed, so two links
    /// that lead into each other (or one to its own parent) end in an error at the link, not in endless folders.
    /// </summary>
    private static ImmutableArray<string> ListMedia(string root, DiagnosticBag diagnostics)
    {
        if (!IsRealFolder(Path.Combine(root, ContentFolder, "media"))) return [];
        var files = new List<string>();
        var folders = new Stack<string>([$"{ContentFolder}/media"]);
        while (folders.TryPop(out var folder))
            foreach (var entry in Entries(root, folder))
            {
                if (Refused(entry, diagnostics)) continue;
                if (entry.IsFolder) folders.Push(entry.Relative);
                else files.Add(entry.Relative[(ContentFolder.Length + 1)..]);
            }
        return [.. files.Order(StringComparer.Ordinal)];
    }

    /// <summary>One entry of a folder of content/: its name, full path, path from the repository root, and why it is refused.</summary>
    private sealed record Entry(string Name, string Full, string Relative, bool IsFolder, ContentPaths.Refusal? Refusal);

    /// <summary>
    /// The entries of a real folder of content/ (<paramref name="relativeFolder"/> from the repository root), in name order.
    /// A link is a file when <see cref="ContentPaths.Check"/> lets it be read, else it carries its refusal; it is never a folder.
    /// </summary>
    private static IEnumerable<Entry> Entries(string root, string relativeFolder)
    {
        var content = Path.Combine(root, ContentFolder);
        var entries = new DirectoryInfo(Path.Combine(root, relativeFolder)).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var relative = $"{relativeFolder}/{entry.Name}";
            if (entry.LinkTarget is null)
                yield return new Entry(entry.Name, entry.FullName, relative, entry is DirectoryInfo, null);
            else
                yield return new Entry(entry.Name, entry.FullName, relative, false, ContentPaths.Check(entry.FullName, content));
        }
    }

    /// <summary>Reports a refused link at its path; true when it was refused.</summary>
    private static bool Refused(Entry entry, DiagnosticBag diagnostics)
    {
        if (entry.Refusal is not { } refusal) return false;
        diagnostics.Error(SourceLocation.File(entry.Relative), refusal.Message, refusal.Hint);
        return true;
    }

    /// <summary>A folder that is there and is no link (a linked folder of content/ is reported where content/ is listed).</summary>
    private static bool IsRealFolder(string path) => Directory.Exists(path) && !ContentPaths.IsLink(path);

    /// <summary>Reports files of content/ the site does not read; returns the folders of entries (the kinds' folders are checked once site.yml is read).</summary>
    private static List<string> ReportStrayEntries(string root, DiagnosticBag diagnostics)
    {
        var entryFolders = new List<string>();
        foreach (var entry in Entries(root, ContentFolder))
        {
            var name = entry.Name;
            // site.yml is read whatever it is, and its reader reports a bad link.
            if (name != "site.yml" && Refused(entry, diagnostics)) continue;
            if (entry.IsFolder && !OwnFolders.Contains(name) && !name.StartsWith('.')) entryFolders.Add(name);
            var isKnown = entry.IsFolder || name is "site.yml" or "README.md" or WordListFile || name.StartsWith('.');
            if (!isKnown)
                diagnostics.Warning(SourceLocation.File($"{ContentFolder}/{name}"), $"'{name}' is not part of the site and is ignored",
                    "Content goes into the folders of its kinds (practices/, events/, pages/, a kind of site.yml), data/, media/, conferences/ or site.yml.");
        }
        return entryFolders;
    }

    /// <summary>
    /// The YAML files of content/data/ beside the three every site has: a site's own taxonomies read them;
    /// which ones are used is known only once site.yml is parsed.
    /// </summary>
    private static ImmutableArray<SourceFile> ReadOtherData(string root, DiagnosticBag diagnostics)
    {
        if (!IsRealFolder(Path.Combine(root, ContentFolder, "data"))) return [];
        var files = ImmutableArray.CreateBuilder<SourceFile>();
        foreach (var file in Entries(root, $"{ContentFolder}/data"))
        {
            var name = file.Name;
            if (DataFiles.Contains(name) || Refused(file, diagnostics)) continue;
            if (name.EndsWith(".yml", StringComparison.Ordinal) && !file.IsFolder)
            {
                if (SourceReader.Read(root, $"{ContentFolder}/data/{name}", diagnostics) is { } read) files.Add(read);
            }
            else
                diagnostics.Warning(SourceLocation.File($"{ContentFolder}/data/{name}"), $"'{name}' is not a data file the site reads and is ignored",
                    $"The data files are {string.Join(", ", DataFiles)}, and the .yml files that site.yml names under 'taxonomies:'{DidYouMean.Phrase(name, DataFiles)}");
        }
        return files.ToImmutable();
    }
}
