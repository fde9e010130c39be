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
/// than decap-server: one process, one port, and no writing outside content/ (decap-server may write anywhere in
/// the repository). Only requests from the preview's own pages are taken (Origin and Host checked, JSON only).
/// </summary>
public sealed class LocalBackend(string sourceDirectory, Func<Uri> address)
{
    public const string Path = Editing.CmsConfigWriter.LocalBackendPath;
    private const string Content = Loading.ContentScanner.ContentFolder + "/";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(HttpContext context)
    {
        var origin = address();
        var host = context.Request.Host.Value;
        var sameOrigin = context.Request.Headers.Origin is not { Count: > 0 } o || o.ToString().TrimEnd('/') == origin.GetLeftPart(UriPartial.Authority)
            || o.ToString().TrimEnd('/') == $"http://localhost:{origin.Port}";
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true
            || !sameOrigin || host is null || !(host == origin.Authority || host == $"localhost:{origin.Port}"))
        {
            context.Response.StatusCode = 403;
            return;
        }
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
        try
        {
            object? answer = (string?)request?["action"] switch
            {
                "info" => new { repo = new DirectoryInfo(sourceDirectory).Name, publish_modes = new[] { "simple" }, type = "local_fs" },
                "entriesByFolder" => EntriesByFolder((string)parameters["folder"]!, (string?)parameters["extension"] ?? "md"),
                "entriesByFiles" => parameters["files"]!.AsArray().Select(f => Entry((string)f!["path"]!)).ToArray(),
                "getEntry" => Entry((string)parameters["path"]!),
                "persistEntry" => PersistEntry(parameters),
                "getMedia" => Media((string)parameters["mediaFolder"]!),
                "getMediaFile" => MediaFile((string)parameters["path"]!),
                "persistMedia" => PersistMedia(parameters["asset"]!.AsObject()),
                "deleteFile" => Delete([(string)parameters["path"]!]),
                "deleteFiles" => Delete(parameters["paths"]!.AsArray().Select(p => (string)p!)),
                "getDeployPreview" => null,
                var other => throw new BackendException($"unknown action '{other}'"),
            };
            await Reply(context, 200, answer);
        }
        catch (BackendException e)
        {
            await Reply(context, 422, new { error = e.Message });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or NullReferenceException or FormatException)
        {
            await Reply(context, 500, new { error = e.Message });
        }
    }

    private static async Task Reply(HttpContext context, int status, object? answer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(JsonSerializer.Serialize(answer, Json));
    }

    /// <summary>The full path of a repository path the editor named, which must lie inside content/.</summary>
    private string Local(string repositoryPath)
    {
        var relative = repositoryPath.Replace('\\', '/').TrimStart('/');
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(sourceDirectory, relative));
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(sourceDirectory, Content));
        if (!full.StartsWith(root, StringComparison.Ordinal) && full + System.IO.Path.DirectorySeparatorChar != root)
            throw new BackendException($"'{repositoryPath}' is outside {Content}");
        return full;
    }

    private string Repository(string full) => System.IO.Path.GetRelativePath(sourceDirectory, full).Replace('\\', '/');

    private object[] EntriesByFolder(string folder, string extension)
    {
        var local = Local(folder);
        return Directory.Exists(local)
            ? [.. Directory.EnumerateFiles(local, "*." + extension.TrimStart('.')).Order(StringComparer.Ordinal).Select(f => Entry(Repository(f)))]
            : [];
    }

    private object Entry(string path)
    {
        var local = Local(path);
        if (!File.Exists(local)) return new { data = (string?)null, file = new { path, id = (string?)null } };
        var bytes = File.ReadAllBytes(local);
        return new { data = Encoding.UTF8.GetString(bytes), file = new { path, id = Id(bytes) } };
    }

    private object PersistEntry(JsonObject parameters)
    {
        var files = parameters["dataFiles"]?.AsArray().Select(f => f!.AsObject()).ToList()
            ?? (parameters["entry"] is JsonObject single ? [single] : []);
        foreach (var asset in parameters["assets"]?.AsArray() ?? []) PersistMedia(asset!.AsObject());
        foreach (var file in files) Write(Local((string)file["path"]!), Encoding.UTF8.GetBytes((string)file["raw"]!));
        return new { message = "entry persisted" };
    }

    private object[] Media(string folder)
    {
        var local = Local(folder);
        return Directory.Exists(local)
            ? [.. Directory.EnumerateFiles(local).Order(StringComparer.Ordinal).Select(f => MediaFile(Repository(f)))]
            : [];
    }

    private object MediaFile(string path)
    {
        var bytes = File.ReadAllBytes(Local(path));
        return new { id = Id(bytes), content = Convert.ToBase64String(bytes), encoding = "base64", path, name = System.IO.Path.GetFileName(path) };
    }

    private object PersistMedia(JsonObject asset)
    {
        var path = (string)asset["path"]!;
        var content = (string)asset["content"]!;
        var bytes = (string?)asset["encoding"] == "base64" ? Convert.FromBase64String(content) : Encoding.UTF8.GetBytes(content);
        Write(Local(path), bytes);
        return MediaFile(path);
    }

    private object Delete(IEnumerable<string> paths)
    {
        foreach (var path in paths)
            if (File.Exists(Local(path))) File.Delete(Local(path));
        return new { message = "files deleted" };
    }

    // Written beside and moved into place, so the watcher never rebuilds from half a file.
    private static void Write(string full, byte[] bytes)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
    }

    private static string Id(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed class BackendException(string message) : Exception(message);
}
