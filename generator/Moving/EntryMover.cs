using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Moving;

/// <summary>
/// 'move &lt;kind&gt; &lt;old-slug&gt; &lt;new-slug&gt;': gives an entry a new address and keeps every way to it. The file is renamed
/// (with its translations, &lt;slug&gt;.&lt;lang&gt;.md, and a media folder named after it, where those exist) or its 'slug:'
/// changed; every reference across content/ is rewritten (<see cref="ReferenceRewriter"/>); the old address joins the
/// entry's 'aliases:', so links from outside keep working. Nothing is overwritten: if any new path is taken, nothing changes.
/// </summary>
public static partial class EntryMover
{
    /// <param name="Usage">The command was wrong (an unknown kind, the same slug twice), not the content.</param>
    public sealed record Outcome(bool Moved, string Message, bool Usage = false);

    public static Outcome Move(string sourceDirectory, string kindKey, string oldSlug, string newSlug, DateTimeOffset now)
    {
        if (oldSlug == newSlug) return new Outcome(false, $"the old and the new name are both '{oldSlug}'", Usage: true);
        var diagnostics = new DiagnosticBag();
        var sources = ContentScanner.Scan(sourceDirectory, diagnostics);
        if (ContentReader.Read(sources, diagnostics, now) is not { } content)
            return new Outcome(false, "content/site.yml cannot be read, so the site's kinds and address are unknown; run 'check' and fix it first");
        var schema = content.Schema;
        if (schema.Kinds.FirstOrDefault(k => k.Key == kindKey) is not { } kind)
            return new Outcome(false, $"'{kindKey}' is not a kind of entry of this site{DidYouMean.Phrase(kindKey, schema.Kinds.Select(k => k.Key))}; "
                + $"the kinds are {string.Join(", ", schema.Kinds.Select(k => k.Key))}", Usage: true);

        var entries = EntriesOf(content, kind).ToList();
        if (entries.FirstOrDefault(e => e.Slug == oldSlug) is not { } entry)
            return new Outcome(false, $"no {kind.Key} has the name '{oldSlug}' (in {kind.SourceFolder}){DidYouMean.Phrase(oldSlug, entries.Select(e => e.Slug))}");
        if (entries.FirstOrDefault(e => e.Slug == newSlug) is { } taken)
            return new Outcome(false, $"'{newSlug}' is already the name of {taken.SourcePath}; nothing was changed. Choose another name.");

        var move = Plan(sourceDirectory, kind, entry.SourcePath, oldSlug, newSlug, content.Site.BaseUrl);
        if (move.Renames.FirstOrDefault(r => File.Exists(Full(sourceDirectory, r.To)) || Directory.Exists(Full(sourceDirectory, r.To))) is { To: { } blocked })
            return new Outcome(false, $"{blocked} already exists; nothing was changed. Choose another name, or move that one away first.");

        var changes = Edits(sources, content, move, sourceDirectory);
        var report = new StringBuilder();
        foreach (var (file, (text, edits)) in changes.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var path = Full(sourceDirectory, file);
            // The file as it was: its line endings and a byte-order mark stay.
            var bom = File.ReadAllBytes(path).AsSpan().StartsWith(Encoding.UTF8.Preamble);
            File.WriteAllText(path, TextEdit.Apply(text, edits), new UTF8Encoding(bom));
            foreach (var edit in edits.OrderBy(e => e.Line).ThenBy(e => e.Column))
                report.Append($"{move.PathAfter(file)}:{edit.Line}:{edit.Column}: {edit.What}\n");
        }
        var renamed = new StringBuilder();
        foreach (var (from, to) in move.Renames)
        {
            if (Directory.Exists(Full(sourceDirectory, from))) Directory.Move(Full(sourceDirectory, from), Full(sourceDirectory, to));
            else File.Move(Full(sourceDirectory, from), Full(sourceDirectory, to), overwrite: false);
            renamed.Append($"renamed {from} → {to}\n");
        }
        report.Insert(0, renamed.ToString());
        var edited = changes.Sum(c => c.Value.Edits.Count);
        report.Append($"Moved {kind.Key} '{oldSlug}' to '{newSlug}': /{move.OldPage} now leads to /{move.NewPage}; {move.Renames.Length} renamed, "
            + $"{edited} change{(edited == 1 ? "" : "s")} in {changes.Count} file{(changes.Count == 1 ? "" : "s")}. Check the site: dotnet run --project generator -- check");
        return new Outcome(true, report.ToString());
    }

    /// <summary>The files that move: the entry's (when its name is the slug), its translations, its media folder.</summary>
    private static Relocation Plan(string root, KindSpec kind, string file, string oldSlug, string newSlug, Uri baseUrl)
    {
        var folder = Path.GetDirectoryName(file)!.Replace('\\', '/');
        var renames = ImmutableArray.CreateBuilder<(string, string)>();
        var files = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var newFile = file;
        // The file's name is the slug unless 'slug:' says otherwise; then only that line changes.
        if (Path.GetFileNameWithoutExtension(file) == oldSlug)
        {
            newFile = $"{folder}/{newSlug}.md";
            renames.Add((file, newFile));
            files[file] = newFile;
            foreach (var translation in Directory.EnumerateFiles(Full(root, folder), $"{oldSlug}.*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
                if (Translation().Match(translation) is { Success: true } m && m.Groups["slug"].Value == oldSlug)
                {
                    var to = $"{folder}/{newSlug}.{m.Groups["lang"].Value}.md";
                    renames.Add(($"{folder}/{translation}", to));
                    files[$"{folder}/{translation}"] = to;
                }
        }
        (string, string)? media = null;
        var mediaFolder = $"{ContentScanner.ContentFolder}/media/{oldSlug}";
        if (Directory.Exists(Full(root, mediaFolder)))
        {
            var to = $"{ContentScanner.ContentFolder}/media/{newSlug}";
            renames.Add((mediaFolder, to));
            media = ($"media/{oldSlug}/", $"media/{newSlug}/");
            foreach (var inside in Directory.EnumerateFiles(Full(root, mediaFolder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Full(root, mediaFolder), inside).Replace('\\', '/');
                files[$"{mediaFolder}/{relative}"] = $"{to}/{relative}";
            }
        }
        return new Relocation
        {
            Kind = kind, OldSlug = oldSlug, NewSlug = newSlug, OldFile = file, NewFile = newFile, Files = files.ToImmutable(),
            Renames = renames.ToImmutable(), MediaFolder = media, BaseUrl = baseUrl,
        };
    }

    /// <summary>Every file that changes, with its edits: each kind's entries, the microsites' pages, site.yml.</summary>
    private static Dictionary<string, (string Text, List<TextEdit> Edits)> Edits(ContentSources sources, ContentSet content, Relocation move, string root)
    {
        var rewriter = new ReferenceRewriter(move);
        var pages = content.Schema.Kinds.SelectMany(k => EntriesOf(content, k).Select(e => (e.SourcePath, Page: k.ItemPath(e.Slug))))
            .GroupBy(e => e.SourcePath).ToDictionary(g => g.Key, g => g.First().Page, StringComparer.Ordinal);
        var changes = new Dictionary<string, (string, List<TextEdit>)>(StringComparer.Ordinal);
        // Edited as written on disk: the reader's copy has its line endings normalised, so its offsets are not the file's.
        SourceFile Raw(SourceFile file) => new(file.Path, File.ReadAllText(Full(root, file.Path)));
        void Add(SourceFile raw, List<TextEdit> edits)
        {
            if (edits.Count > 0) changes[raw.Path] = (raw.Text, edits);
        }
        foreach (var (folder, files) in sources.Folders)
        {
            var kind = content.Schema.Kinds.FirstOrDefault(k => k.Folder == folder);
            var schema = kind is null ? null : content.Schema.EntryOf(kind);
            // Its translations (<slug>.<lang>.md, read apart from the entries) link and refer as their originals do.
            foreach (var file in files.Concat(sources.TranslationFiles(folder)).Select(Raw))
            {
                var newline = file.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
                Add(file, rewriter.EntryFile(file, schema, pages.GetValueOrDefault(file.Path),
                    file.Path == move.OldFile ? (map, yaml, offset) => AliasEditor.Edits(map, yaml, offset, move, newline) : null));
            }
        }
        // A microsite's pages and their translations link to the catalogue by its addresses.
        foreach (var page in sources.Conferences.SelectMany(c => c.Pages.Concat(c.Translations)).Select(Raw))
            Add(page, rewriter.EntryFile(page, content.Schema.Page, pagePath: null));
        if (sources.SiteConfig is { } site && Raw(site) is var raw) Add(raw, rewriter.SiteConfig(raw));
        return changes;
    }

    private sealed record Entry(string Slug, string SourcePath);

    /// <summary>The entries of a kind as read (drafts too: a draft's address is changed as well).</summary>
    private static IEnumerable<Entry> EntriesOf(ContentSet content, KindSpec kind) => kind.Key switch
    {
        ContentSchema.PracticeKind => content.Practices.Select(p => new Entry(p.Slug, p.SourcePath)),
        ContentSchema.EventKind => content.Events.Select(e => new Entry(e.Slug, e.SourcePath)),
        ContentSchema.PageKind => content.Pages.Select(p => new Entry(p.Slug, p.SourcePath)),
        _ => content.ItemsOf(kind.Key).Select(i => new Entry(i.Slug, i.SourcePath)),
    };

    private static string Full(string root, string relative) => Path.Combine(root, relative);

    [GeneratedRegex(@"^(?<slug>.+)\.(?<lang>[a-z]{2,3})\.md$")]
    private static partial Regex Translation();
}
