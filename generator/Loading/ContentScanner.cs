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
    private static readonly string[] Folders = ["data", "practices", "events", "pages", "media", "conferences"];
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

        ReportStrayEntries(content, diagnostics);
        return new ContentSources
        {
            SiteConfig = ReadRequired(sourceRoot, "content/site.yml", diagnostics),
            Themes = ReadRequired(sourceRoot, "content/data/themes.yml", diagnostics),
            Regions = ReadRequired(sourceRoot, "content/data/regions.yml", diagnostics),
            Members = ReadRequired(sourceRoot, "content/data/members.yml", diagnostics),
            OtherData = ReadOtherData(sourceRoot, diagnostics),
            Practices = ReadMarkdownFolder(sourceRoot, "practices", diagnostics),
            Events = ReadMarkdownFolder(sourceRoot, "events", diagnostics),
            Pages = ReadMarkdownFolder(sourceRoot, "pages", diagnostics),
            MediaFiles = ListMedia(content, diagnostics),
            Conferences = ScanConferences(sourceRoot, diagnostics),
        };
    }

    private static ImmutableArray<ConferenceSources> ScanConferences(string root, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, ContentFolder, "conferences");
        if (!Directory.Exists(folder)) return [];
        var conferences = ImmutableArray.CreateBuilder<ConferenceSources>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(entry);
            var relative = $"{ContentFolder}/conferences/{slug}";
            if (!Directory.Exists(entry))
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
            SourceFile? Read(string name) => SourceReader.Read(root, $"{relative}/{name}", diagnostics);
            foreach (var file in Directory.EnumerateFileSystemEntries(entry).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name is "site.yml" or "program.yml" or "speakers.yml") continue;
                if (name.EndsWith(".md", StringComparison.Ordinal) && File.Exists(file)) { if (Read(name) is { } page) pages.Add(page); }
                else
                    diagnostics.Error(SourceLocation.File($"{relative}/{name}"), "a conference folder holds only site.yml, program.yml, speakers.yml and Markdown pages",
                        "Move other files out, or put images into content/media/ and link them with absolute URLs of the main site.");
            }
            conferences.Add(new ConferenceSources(slug, relative,
                File.Exists(Path.Combine(entry, "site.yml")) ? Read("site.yml") : Missing($"{relative}/site.yml", diagnostics),
                File.Exists(Path.Combine(entry, "program.yml")) ? Read("program.yml") : null,
                File.Exists(Path.Combine(entry, "speakers.yml")) ? Read("speakers.yml") : null,
                [.. pages]));
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
        Practices = [], Events = [], Pages = [], MediaFiles = [],
    };

    private static SourceFile? ReadRequired(string root, string relativePath, DiagnosticBag diagnostics)
    {
        if (File.Exists(Path.Combine(root, relativePath))) return SourceReader.Read(root, relativePath, diagnostics);
        diagnostics.Error(SourceLocation.File(relativePath), "this required file is missing",
            "Create it; see README.md for what it contains.");
        return null;
    }

    private static ImmutableArray<SourceFile> ReadMarkdownFolder(string root, string folder, DiagnosticBag diagnostics)
    {
        var directory = Path.Combine(root, ContentFolder, folder);
        if (!Directory.Exists(directory)) return [];
        var paths = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal))
        {
            var relative = $"{ContentFolder}/{folder}/{Path.GetFileName(entry)}";
            if (Directory.Exists(entry))
                diagnostics.Error(SourceLocation.File(relative), $"folders are not read inside {ContentFolder}/{folder}/",
                    $"Move the files directly into {ContentFolder}/{folder}/; put images and documents into {ContentFolder}/media/.");
            else if (!entry.EndsWith(".md", StringComparison.Ordinal))
                diagnostics.Error(SourceLocation.File(relative), $"only Markdown files (.md) belong in {ContentFolder}/{folder}/",
                    $"Rename it to end in .md, or move images and documents into {ContentFolder}/media/.");
            else
                paths.Add(relative);
        }
        var files = new SourceFile?[paths.Count];
        Parallel.For(0, paths.Count, i => files[i] = SourceReader.Read(root, paths[i], diagnostics));
        return [.. files.OfType<SourceFile>()];
    }

    private static ImmutableArray<string> ListMedia(string content, DiagnosticBag diagnostics)
    {
        var media = Path.Combine(content, "media");
        if (!Directory.Exists(media)) return [];
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(content, file).Replace('\\', '/');
            if (ContentPaths.IsInside(new FileInfo(file), content)) files.Add(relative);
            else diagnostics.Error(SourceLocation.File($"{ContentFolder}/{relative}"), "the file is a link to a place outside content/",
                "Replace the link by a copy of the file.");
        }
        return [.. files.Order(StringComparer.Ordinal)];
    }

    private static void ReportStrayEntries(string content, DiagnosticBag diagnostics)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(content).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            var isKnown = Directory.Exists(entry) ? Folders.Contains(name) : name is "site.yml" or "README.md" or WordListFile || name.StartsWith('.');
            if (!isKnown)
                diagnostics.Warning(SourceLocation.File($"{ContentFolder}/{name}"), $"'{name}' is not part of the site and is ignored",
                    $"Content goes into {string.Join(", ", Folders.Select(f => f + "/"))} or site.yml.");
        }
    }

    /// <summary>
    /// The YAML files of content/data/ beside the three every site has: a site's own taxonomies read them;
    /// which ones are used is known only once site.yml is parsed.
    /// </summary>
    private static ImmutableArray<SourceFile> ReadOtherData(string root, DiagnosticBag diagnostics)
    {
        var data = Path.Combine(root, ContentFolder, "data");
        if (!Directory.Exists(data)) return [];
        var files = ImmutableArray.CreateBuilder<SourceFile>();
        foreach (var file in Directory.EnumerateFileSystemEntries(data).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (DataFiles.Contains(name)) continue;
            if (name.EndsWith(".yml", StringComparison.Ordinal) && File.Exists(file))
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
