using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DobraPraxe.Generator.Serve;

/// <summary>
/// The web editor's local backend, answered by the preview server itself: the JSON protocol of decap-server's
/// local file system mode (POST /api/v1 with { action, params }), so Decap CMS under `serve` reads and writes the
/// files of content/ directly and the watcher's rebuild and live reload show what was saved. Our own answer rather
/// than decap-server: one process, one port, and no reading or writing outside content/ (decap-server may write
/// anywhere in the repository). Only requests from the preview's own pages are taken (Origin and Host checked, JSON
/// only), and every path goes through <see cref="Resolve"/>: inside content/, no symbolic link on the way, only the
/// kinds of files the editor edits.
/// </summary>
/// <param name="content">
/// The last good build's content: while its editor edits translations side by side (CmsConfigWriter.Translating), Decap CMS
/// names every language's file with its code (x.cs.md beside x.en.md: it has no setting to leave the default's out, as
/// Sveltia CMS has), and the generator reads the default's as x.md. So an entry the editor names
/// &lt;slug&gt;.&lt;default&gt;.md is the file &lt;slug&gt;.md, and is listed to it so (<see cref="FileOf"/>, <see cref="NameOf"/>);
/// and a translation is saved with only what it translates (<see cref="Editing.TranslationFile"/>).
/// </param>
public sealed class LocalBackend(string sourceDirectory, Func<Uri> address, Func<Model.ContentSet?>? content = null)
{
    public const string Path = Editing.CmsConfigWriter.LocalBackendPath;
    private const string Content = Loading.ContentScanner.ContentFolder + "/";
    private const string EntryExtension = ".md";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly char Separator = System.IO.Path.DirectorySeparatorChar;
    private readonly string _content = System.IO.Path.GetFullPath(System.IO.Path.Combine(sourceDirectory, Loading.ContentScanner.ContentFolder)).TrimEnd(Separator);
    private readonly string _media = System.IO.Path.GetFullPath(System.IO.Path.Combine(sourceDirectory, Editing.CmsConfigWriter.MediaFolder)).TrimEnd(Separator);

    /// <summary>What a path the editor names may be: an entry (.md), a media file (in content/media/, of an allowed type), or a folder.</summary>
    private enum Kind { Entry, Media, EntryOrMedia, Folder }

    public async Task HandleAsync(HttpContext context)
    {
        var port = address().Port;
        var sameOrigin = context.Request.Headers.Origin is not { Count: > 0 } o || Loopback.IsOwnOrigin(o.ToString(), port);
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true
            || !sameOrigin || !Loopback.IsOwnHost(context.Request.Host, port))
        {
            context.Response.StatusCode = 403;
            return;
        }
        try
        {
            JsonNode? request;
            try
            {
                request = await JsonNode.ParseAsync(context.Request.Body);
            }
            catch (JsonException)
            {
                await Reply(context, 400, new { error = "the request is not JSON" });
                return;
            }
            var parameters = request?["params"] as JsonObject ?? [];
            object? answer = (string?)request?["action"] switch
            {
                "info" => new { repo = new DirectoryInfo(sourceDirectory).Name, publish_modes = new[] { "simple" }, type = "local_fs" },
                "entriesByFolder" => EntriesByFolder(parameters["folder"], (string?)parameters["extension"]),
                "entriesByFiles" => parameters["files"]!.AsArray().Select(f => f!["path"]).Select(p => Resolve(p, Kind.Entry)).ToArray().Select(Entry).ToArray(),
                "getEntry" => Entry(Resolve(parameters["path"], Kind.Entry)),
                "persistEntry" => PersistEntry(parameters),
                // Decap asks for the collection's folder too (content/practices) when a new entry opens: media types only are listed.
                "getMedia" => Media(Resolve(parameters["mediaFolder"], Kind.Folder)),
                "getMediaFile" => MediaFile(Resolve(parameters["path"], Kind.Media)),
                "persistMedia" => PersistMedia(parameters["asset"]!.AsObject()),
                "deleteFile" => Delete([Resolve(parameters["path"], Kind.EntryOrMedia)]),
                "deleteFiles" => Delete([.. parameters["paths"]!.AsArray().Select(p => Resolve(p, Kind.EntryOrMedia))]),
                "getDeployPreview" => null,
                _ => throw new BackendException("unknown action"),
            };
            await Reply(context, 200, answer);
        }
        catch (BadHttpRequestException e)
        {
            // The body is over the preview's bound (PreviewServer) or broke off.
            await Reply(context, e.StatusCode, new { error = e.StatusCode == 413 ? "the request is too large" : "the request could not be read" });
        }
        catch (BackendException e)
        {
            await Reply(context, 422, new { error = e.Message });
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or FormatException or ArgumentException)
        {
            await Reply(context, 400, new { error = "a parameter is missing or of the wrong type" });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The system's message names the full path: it stays here.
            await Reply(context, 500, new { error = "the file could not be read or written" });
        }
    }

    private static async Task Reply(HttpContext context, int status, object? answer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(JsonSerializer.Serialize(answer, Json));
    }

    /// <summary>
    /// The full path of a path the editor named (from the repository root), the one way every action reaches a file. Refused
    /// unless, once normalised, it lies inside content/, it is of <paramref name="kind"/> (entries are .md, media files are
    /// in content/media/ and of a type <see cref="Imaging.MediaTypes"/> allows), and no part of it below content/ is a
    /// symbolic link: the editor never makes links, so none is followed — not to read, list, write or delete, and not
    /// when folders are created for a write. Messages name paths from the repository root, never outside content/.
    /// </summary>
    private string Resolve(JsonNode? node, Kind kind)
    {
        if (node is not JsonValue value || !value.TryGetValue<string>(out var named) || named.Length == 0
            || named.Any(char.IsControl) || named.Contains(':'))
            throw new BackendException("a path in content/ is missing");
        if (kind is Kind.Entry or Kind.EntryOrMedia) named = FileOf(named);
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(sourceDirectory, named.Replace('\\', '/').TrimStart('/'))).TrimEnd(Separator);
        if (!full.StartsWith(_content + Separator, StringComparison.Ordinal) && !(kind == Kind.Folder && full == _content))
            throw new BackendException($"the path is outside {Content}");
        var shown = Repository(full);
        var isEntry = full.EndsWith(EntryExtension, StringComparison.Ordinal);
        var isMedia = full.StartsWith(_media + Separator, StringComparison.Ordinal) && Imaging.MediaTypes.ForPath(full) is not null;
        var allowed = kind switch
        {
            Kind.Entry => isEntry,
            Kind.Media => isMedia,
            Kind.EntryOrMedia => isEntry || isMedia,
            _ => true,
        };
        if (!allowed)
            throw new BackendException(kind switch
            {
                Kind.Entry => $"'{shown}' is not an entry: entries are {EntryExtension} files",
                _ => $"'{shown}' is not a file the editor may change: entries are {EntryExtension} files, media files are in {Editing.CmsConfigWriter.MediaFolder}/ and of an allowed type",
            });
        var current = _content;
        foreach (var part in full[_content.Length..].Split(Separator, StringSplitOptions.RemoveEmptyEntries))
        {
            current = System.IO.Path.Combine(current, part);
            if (Loading.ContentPaths.IsLink(current))
                throw new BackendException($"'{Repository(current)}' is a symbolic link; the editor does not follow links");
            // Nothing exists below a part that does not.
            if (!System.IO.Path.Exists(current)) break;
        }
        return full;
    }

    private string Resolve(string repositoryPath, Kind kind) => Resolve(JsonValue.Create(repositoryPath), kind);

    private string Repository(string full) => System.IO.Path.GetRelativePath(sourceDirectory, full).Replace('\\', '/');

    /// <summary>The site's content while the editor edits translations side by side; null while it does not.</summary>
    private Model.ContentSet? Translating => content?.Invoke() is { } site && Editing.CmsConfigWriter.Translating(site, Editing.EditorMode.Local) ? site : null;

    /// <summary>The file an entry's path names: x.md for the editor's x.&lt;default&gt;.md while it edits translations; any other path as named.</summary>
    private string FileOf(string named)
    {
        if (Translating?.Site.Language is not { } language) return named;
        return Loading.ContentScanner.TranslationName(named) is { } translation && translation.Language == language
            ? named[..^(language.Length + EntryExtension.Length + 1)] + EntryExtension
            : named;
    }

    /// <summary>How the editor names an entry's file (<paramref name="path"/> from the repository root): x.&lt;default&gt;.md for x.md while it edits translations.</summary>
    private string NameOf(string path) =>
        Translating?.Site.Language is { } language && path.EndsWith(EntryExtension, StringComparison.Ordinal) && Loading.ContentScanner.TranslationName(path) is null
            ? $"{path[..^EntryExtension.Length]}.{language}{EntryExtension}"
            : path;

    /// <summary>The plain files of a folder (links left out) that <paramref name="take"/> allows, in name order.</summary>
    private static IEnumerable<string> Files(string folder, Func<string, bool> take) =>
        Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles().Where(f => f.LinkTarget is null && take(f.Name)).Select(f => f.FullName).Order(StringComparer.Ordinal)
            : [];

    private object[] EntriesByFolder(JsonNode? folder, string? extension)
    {
        // The collections' extension (CmsConfigWriter); the parameter is the caller's, so it is checked, not used.
        if (extension is not null && extension.TrimStart('.') != EntryExtension[1..])
            throw new BackendException($"entries are {EntryExtension} files; no other extension is listed");
        return [.. Files(Resolve(folder, Kind.Folder), n => n.EndsWith(EntryExtension, StringComparison.Ordinal)).Select(Entry)];
    }

    private object Entry(string full)
    {
        var path = NameOf(Repository(full));
        if (!File.Exists(full)) return new { data = (string?)null, file = new { path, id = (string?)null } };
        var bytes = File.ReadAllBytes(full);
        return new { data = Encoding.UTF8.GetString(bytes), file = new { path, id = Id(bytes) } };
    }

    private object PersistEntry(JsonObject parameters)
    {
        var files = parameters["dataFiles"]?.AsArray().Select(f => f!.AsObject()).ToList()
            ?? (parameters["entry"] is JsonObject single ? [single] : []);
        // Every path is checked before anything is written, so a refused one leaves no half-saved entry.
        var assets = (parameters["assets"]?.AsArray() ?? []).Select(a => Upload(a!.AsObject())).ToList();
        var entries = new List<(string Full, byte[] Bytes)>();
        foreach (var file in files)
        {
            var full = Resolve(file["path"], Kind.Entry);
            var (text, nothing) = Saved((string)file["path"]!, (string)file["raw"]!);
            // Decap saves every language's file: a translation that translates nothing is not made.
            if (nothing && !File.Exists(full)) continue;
            entries.Add((full, Encoding.UTF8.GetBytes(text)));
        }
        foreach (var (full, bytes) in assets.Concat(entries)) Write(full, bytes);
        return new { message = "entry persisted" };
    }

    /// <summary>
    /// What is saved of an entry's file the editor named <paramref name="named"/>: as written, or for a translation while the
    /// editor edits them side by side only what it translates, and whether that is nothing.
    /// </summary>
    private (string Text, bool Nothing) Saved(string named, string raw)
    {
        if (Translating is not { } site || Loading.ContentScanner.TranslationName(named) is not { } translation || translation.Language == site.Site.Language) return (raw, false);
        var folder = named.Replace('\\', '/').TrimStart('/').Split('/') is [_, var name, _] ? name : null;
        if (site.Schema.Kinds.FirstOrDefault(k => k.Folder == folder) is not { } kind) return (raw, false);
        var text = Editing.TranslationFile.OnlyTranslated(raw, site.Schema.EntryOf(kind));
        return (text, Editing.TranslationFile.TranslatesNothing(text));
    }

    private object[] Media(string folder) =>
        [.. Files(folder, n => Imaging.MediaTypes.ForPath(n) is not null).Select(MediaFile)];

    private object MediaFile(string full)
    {
        if (!File.Exists(full)) throw new BackendException($"'{Repository(full)}' does not exist");
        var bytes = File.ReadAllBytes(full);
        return new { id = Id(bytes), content = Convert.ToBase64String(bytes), encoding = "base64", path = Repository(full), name = System.IO.Path.GetFileName(full) };
    }

    private (string Full, byte[] Bytes) Upload(JsonObject asset)
    {
        var full = Resolve(asset["path"], Kind.Media);
        var content = (string)asset["content"]!;
        return (full, (string?)asset["encoding"] == "base64" ? Convert.FromBase64String(content) : Encoding.UTF8.GetBytes(content));
    }

    private object PersistMedia(JsonObject asset)
    {
        var (full, bytes) = Upload(asset);
        Write(full, bytes);
        return MediaFile(full);
    }

    private object Delete(IReadOnlyList<string> paths)
    {
        // File.Delete would remove a link itself, not its target; Resolve has refused links before this anyway.
        foreach (var full in paths)
            if (File.Exists(full)) File.Delete(full);
        return new { message = "files deleted" };
    }

    /// <summary>
    /// Written beside and moved into place, so the watcher never rebuilds from half a file. The temporary file is new
    /// (CreateNew: it never opens what is there, link or not), and the move replaces the name, never writing through it.
    /// A file that already holds these bytes is left alone: Decap saves every language's file of an entry with each save,
    /// and the one that did not change would make serve rebuild the whole site instead of the edited file's pages.
    /// </summary>
    private static void Write(string full, byte[] bytes)
    {
        if (File.Exists(full) && File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes)) return;
        var folder = System.IO.Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write)) stream.Write(bytes);
        File.Move(temporary, full, overwrite: true);
    }

    private static string Id(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed class BackendException(string message) : Exception(message);
}
