using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using System.Text.Json;
using System.Text;
using DobraPraxe.Generator.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DobraPraxe.Generator.Serve;

/// <summary>
/// The editor's preview: Kestrel on 127.0.0.1 serving the site from memory (site-output/ is never
/// touched), rebuilt when content/ or themes/ change, with live reload and an error overlay that
/// keeps the last good site browsable while the content is broken.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string ToolPath = "/__dobrapraxe/";
    private readonly BuildOptions _options;
    private readonly DateTimeOffset? _pinnedNow;
    private readonly TextWriter _log;
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly List<SseClient> _clients = [];
    private WebApplication? _app;
    private SourceWatcher? _watcher;
    private BuildState? _state;
    private readonly LocalBackend _backend;
    private readonly EditCheck _check = new();
    private volatile SiteSnapshot _snapshot = new(FrozenDictionary<string, Output.OutputFile>.Empty, [], 0);

    /// <param name="pinnedNow">"Today" for every rebuild; null follows the clock, so an entry appears when its date comes.</param>
    public PreviewServer(BuildOptions options, DateTimeOffset? pinnedNow, TextWriter log)
    {
        _options = options;
        _pinnedNow = pinnedNow;
        _log = log;
        // While the editor edits translations side by side, Decap names the default language's files with its code too.
        _backend = new LocalBackend(options.SourceDirectory, () => Address, () => _state?.Content);
    }

    public int Port { get; private set; }
    public Uri Address => new($"http://127.0.0.1:{Port}/");
    public SiteSnapshot Snapshot => _snapshot;

    /// <summary>Builds the site, binds the first free port from <paramref name="port"/> on, and starts watching.</summary>
    public async Task StartAsync(int port, CancellationToken cancel = default)
    {
        for (Port = port; ; Port++)
        {
            if (Port > port + 50) throw new IOException($"no free port between {port} and {port + 50}");
            if (!IsFree(Port)) continue;
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, Port));
            _app = builder.Build();
            _app.Use(LocalCitizenAsync);
            _app.Run(HandleAsync);
            try
            {
                Rebuild();
                await _app.StartAsync(cancel);
                break;
            }
            catch (IOException)
            {
                // Taken between the check and the bind: try the next port.
                await _app.DisposeAsync();
            }
        }
        _watcher = new SourceWatcher(_options.SourceDirectory, OnChanged);
    }

    /// <summary>
    /// An edit: the edited entry's page first when it can be redone alone, then what depends on the edit
    /// (<see cref="Update"/>), or the whole site when only a full build can be trusted.
    /// </summary>
    private void OnChanged(IReadOnlyList<string> paths)
    {
        // An editor that saves through a temporary file (sed -i, vim) reports it too: it is gone by now and was never content.
        paths = [.. paths.Where(p => !IsTransient(p))];
        if (paths.Count == 0) return;
        // A saved entry that does not parse is shown at once, and nothing is built until it does (EditCheck).
        if (_state is { } last && _check.Hold(_snapshot, last.Content.Schema, _options.SourceDirectory, paths) is { } held)
        {
            _snapshot = held;
            foreach (var problem in held.Problems.Where(p => p.IsError)) _log.WriteLine(problem.Format());
            _log.WriteLine("Chyby v uloženém souboru: prohlížeč ukazuje poslední funkční verzi s přehledem chyb; web se sestaví po opravě.");
            Notify();
            return;
        }
        (paths, _snapshot) = _check.Release(_snapshot, paths);
        if (paths.Count == 1 && _state is { } state && !_snapshot.Failed)
        {
            var watch = Stopwatch.StartNew();
            if (EntryUpdater.TryUpdate(state, _options.SourceDirectory, paths[0], _pinnedNow ?? DateTimeOffset.Now) is { } page)
            {
                var files = new Dictionary<string, Output.OutputFile>(_snapshot.Files, StringComparer.Ordinal) { [page.Path] = page };
                _snapshot = _snapshot with { Files = files.ToFrozenDictionary(StringComparer.Ordinal), Version = _snapshot.Version + 1 };
                _log.WriteLine($"Stránka {page.Path} obnovena za {watch.ElapsedMilliseconds} ms; sestavuji zbytek webu…");
                Notify();
            }
        }
        var before = _snapshot;
        if (paths.Count != 1 || !Update(paths[0])) Rebuild();
        if (!SameFiles(before, _snapshot) || before.Failed != _snapshot.Failed) Notify();
    }

    /// <summary>
    /// The incremental rebuild of one edited file (<see cref="SiteGenerator.Update"/>): only the pages that depend on
    /// it are rendered again. False when it cannot be trusted; then the whole site is rebuilt.
    /// </summary>
    private bool Update(string path)
    {
        _buildLock.Wait();
        try
        {
            if (_state is not { } state || _snapshot.Failed) return false;
            if (!QuietRebuild.Run(() => Update(state, path))) return false;
            // After the browser has reloaded, unless the next edit is being built by then.
            QuietRebuild.CollectWhenIdle(_buildLock, TimeSpan.FromSeconds(1));
            return true;
        }
        finally
        {
            _buildLock.Release();
        }
    }

    private bool Update(BuildState state, string path)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var generator = new SiteGenerator(BuildOptionsNow() with { CheckSpelling = false });
        var result = generator.Update(state, _snapshot.Files, path);
        if (result is null && generator.Errors is [_, ..] errors)
        {
            // The full build would stop at the same errors: they are shown now, and the file is built once it is fixed.
            _snapshot = _check.Show(_snapshot, [path], errors);
            foreach (var error in errors) _log.WriteLine(error.Format());
            return true;
        }
        if (result is null) return false;
        // The spelling check is Czech: a translation (x.en.md) is not checked, as the full build does not check it.
        if (_options.CheckSpelling && Loading.ContentScanner.TranslationName(path) is null) SpellInBackground(path, result.State!.Incremental!.All);
        var files = result.Files.ToFrozenDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Location.Path == path)) _log.WriteLine(diagnostic.Format());
        _log.WriteLine($"Přestavěno: {result.Rendered} z {result.Pages.Count} stránek znovu za {watch.ElapsedMilliseconds} ms " +
            $"(CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms; {result.WarningCount} varování). {Address}");
        _state = result.State;
        _snapshot = new SiteSnapshot(files, result.Diagnostics, _snapshot.Version + 1);
        return true;
    }

    /// <summary>
    /// The spelling of one edited file, logged when cspell is done: the site does not wait for it (the full build runs it
    /// beside its stages; here it would be most of the time).
    /// </summary>
    private void SpellInBackground(string path, Model.ContentSet all) => _ = Task.Run(() =>
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        if (Loading.SourceReader.Read(_options.SourceDirectory, path, diagnostics) is not { } file) return;
        var folder = path.Split('/')[1];
        var sources = new Loading.ContentSources
        {
            SiteConfig = null, Themes = null, Regions = null, Members = null, MediaFiles = [],
            Folders = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(folder, ImmutableArray.Create(file))]),
        };
        foreach (var warning in Spelling.SpellChecker.Check(sources, all, _options.SourceDirectory)) _log.WriteLine(warning.Format());
    });

    private BuildOptions BuildOptionsNow() => _options with { PreviewRoot = Address, Now = _pinnedNow ?? DateTimeOffset.Now, KeepForUpdates = true, Precompress = false };

    /// <summary>A path that no longer exists and was neither a file nor a folder of the last build's content, nor a theme's.</summary>
    private bool IsTransient(string path)
    {
        if (_state?.Incremental is not { } kept || path.StartsWith("themes/", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal)) return false;
        var full = Path.Combine(_options.SourceDirectory, path);
        if (File.Exists(full) || Directory.Exists(full)) return false;
        var folder = path + "/";
        return !kept.Bodies.ContainsKey(path) && !kept.Bodies.Keys.Any(k => k.StartsWith(folder, StringComparison.Ordinal))
            && !kept.All.MediaFiles.Select(m => $"{Loading.ContentScanner.ContentFolder}/{m}").Any(m => m == path || m.StartsWith(folder, StringComparison.Ordinal))
            && !kept.All.Conferences.Any(c => path.StartsWith($"{Loading.ContentScanner.ContentFolder}/conferences/", StringComparison.Ordinal));
    }

    private static bool SameFiles(SiteSnapshot a, SiteSnapshot b) =>
        a.Files.Count == b.Files.Count && a.Files.All(f => b.Files.TryGetValue(f.Key, out var other)
            && (f.Value.Content is null ? f.Value.CopyFrom == other.CopyFrom : other.Content is not null && f.Value.Content.AsSpan().SequenceEqual(other.Content)));

    /// <summary>Rebuilds in memory; a failed build keeps serving the last good files and records the problems.</summary>
    public void Rebuild()
    {
        _buildLock.Wait();
        try
        {
            var watch = Stopwatch.StartNew();
            var result = new SiteGenerator(BuildOptionsNow()).Generate();
            var version = _snapshot.Version + 1;
            foreach (var diagnostic in result.Diagnostics) _log.WriteLine(diagnostic.Format());
            if (result.Succeeded)
            {
                _snapshot = new SiteSnapshot(result.Files.ToFrozenDictionary(f => f.Path, StringComparer.Ordinal), result.Diagnostics, version);
                _state = result.State;
                _log.WriteLine($"Sestaveno: {result.Pages.Count} stránek za {watch.ElapsedMilliseconds} ms ({result.WarningCount} varování). {Address}");
            }
            else
            {
                _snapshot = _snapshot with { Problems = result.Diagnostics, Version = version };
                _log.WriteLine($"Chyby: {result.ErrorCount}. Prohlížeč ukazuje poslední funkční verzi s přehledem chyb.");
            }
        }
        finally
        {
            _buildLock.Release();
        }
    }

    /// <summary>Any request but the backend's carries no body worth reading; this bounds what Kestrel would read of one.</summary>
    private const long OtherBodyLimit = 64 * 1024;

    /// <summary>
    /// The backend's bound: an upload of site.yml's largest media file (media: max_file_mb), base64 in JSON (4/3, and some
    /// room), plus a megabyte for the rest of the request.
    /// </summary>
    private long BackendBodyLimit => (long)((_state?.Content.Site.MediaMaxFileMegabytes ?? Schema.ContentSchema.MediaMaxFileMegabytes) * 1.4 * 1024 * 1024) + 1024 * 1024;

    /// <summary>
    /// What every answer does, on every route (pages, media, the tools, the backend, a 404): only loopback Host names with
    /// this port are served (a page whose DNS name was rebound to 127.0.0.1 gets 421), request bodies are bounded (413),
    /// and the headers keep other sites from framing the preview (its /admin/ writes content/) and browsers from guessing types.
    /// </summary>
    private Task LocalCitizenAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XFrameOptions = Formats.SecurityHeaders.FrameOptions;
            headers.XContentTypeOptions = Formats.SecurityHeaders.NoSniff;
            // Pages carry the site's own policy as a meta tag; a header policy set for one response keeps its directives.
            var policy = headers.ContentSecurityPolicy.ToString();
            headers.ContentSecurityPolicy = policy.Length == 0 ? Formats.SecurityHeaders.FrameAncestors
                : policy.Contains("frame-ancestors", StringComparison.Ordinal) ? policy
                : $"{policy.TrimEnd(' ', ';')}; {Formats.SecurityHeaders.FrameAncestors}";
            return Task.CompletedTask;
        });
        if (!Loopback.IsOwnHost(context.Request.Host, Port))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = ContentTypes.Of(".txt");
            return context.Response.WriteAsync($"This preview answers only at {Address}\n");
        }
        var limit = Uri.UnescapeDataString(context.Request.Path.Value ?? "/") == LocalBackend.Path ? BackendBodyLimit : OtherBodyLimit;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        // A body without a length (chunked) is cut off at the same bound while it is read.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = limit;
        return next(context);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path.StartsWith(ToolPath, StringComparison.Ordinal))
        {
            await HandleToolAsync(context, path[ToolPath.Length..]);
            return;
        }
        if (path == LocalBackend.Path)
        {
            await _backend.HandleAsync(context);
            return;
        }

        var snapshot = _snapshot;
        if (snapshot.Files.Count == 0)
        {
            // Nothing good was built yet: every page is the list of problems, and it reloads once they are fixed.
            context.Response.StatusCode = 503;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(InjectLiveReload(Encoding.UTF8.GetBytes(ProblemPage(snapshot))));
            return;
        }
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        else if (!snapshot.Files.ContainsKey(relative) && snapshot.Files.ContainsKey(relative + "/index.html"))
        {
            context.Response.Redirect(path + "/");
            return;
        }
        var status = 200;
        if (!snapshot.Files.TryGetValue(relative, out var file))
        {
            status = 404;
            // A microsite's own 404 page for its paths, else the main site's.
            var slash = relative.IndexOf('/');
            var own = slash > 0 ? relative[..slash] + "/404.html" : null;
            snapshot.Files.TryGetValue(own is not null && snapshot.Files.ContainsKey(own) ? own : "404.html", out file);
        }
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (file is null) return;
        var bytes = file.Content ?? await File.ReadAllBytesAsync(file.CopyFrom!);
        context.Response.ContentType = ContentTypes.Of(file.Path);
        DrawingHeaders.Apply(context.Response, file.Path);
        // Not into the web editor: a reload there would throw away what is being typed; the site's pages reload.
        if (file.Path.EndsWith(".html", StringComparison.Ordinal) && !file.Path.StartsWith(Editing.EditorFiles.Folder, StringComparison.Ordinal))
            bytes = InjectLiveReload(bytes);
        await context.Response.Body.WriteAsync(bytes);
    }

    private async Task HandleToolAsync(HttpContext context, string what)
    {
        context.Response.Headers.CacheControl = "no-store";
        switch (what)
        {
            case "livereload.js":
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.WriteAsync(LiveReloadScript.Source);
                break;
            case "status":
                context.Response.ContentType = "application/json; charset=utf-8";
                var snapshot = _snapshot;
                await context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    version = snapshot.Version,
                    failed = snapshot.Failed,
                    problems = snapshot.Problems.Where(p => p.IsError).Select(p => p.Format()).ToArray(),
                }));
                break;
            case "events":
                context.Response.ContentType = "text/event-stream";
                var client = new SseClient(context.Response);
                lock (_clients) _clients.Add(client);
                try
                {
                    await client.SendAsync(_snapshot.Version);
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The page was closed or reloaded.
                }
                finally
                {
                    lock (_clients) _clients.Remove(client);
                }
                break;
            default:
                context.Response.StatusCode = 404;
                break;
        }
    }

    private void Notify()
    {
        SseClient[] clients;
        lock (_clients) clients = [.. _clients];
        foreach (var client in clients) _ = client.SendAsync(_snapshot.Version);
    }

    private static string ProblemPage(SiteSnapshot snapshot) =>
        "<!DOCTYPE html>\n<html lang=\"cs\"><head><meta charset=\"utf-8\"><title>Chyby v obsahu</title></head><body><main><h1>Obsah má chyby</h1>" +
        "<p>Web se zatím nepodařilo sestavit. Opravte chyby níže; stránka se po uložení sama obnoví.</p><pre>" +
        WebUtility.HtmlEncode(string.Join("\n", snapshot.Problems.Where(p => p.IsError).Select(p => p.Format()))) + "</pre></main></body></html>\n";

    private static byte[] InjectLiveReload(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.Ordinal);
        var tag = $"<script src=\"{ToolPath}livereload.js\" defer></script>\n";
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag));
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _buildLock.Dispose();
    }

    private sealed class SseClient(HttpResponse response)
    {
        private readonly SemaphoreSlim _write = new(1, 1);

        public async Task SendAsync(int version)
        {
            await _write.WaitAsync();
            try
            {
                await response.WriteAsync($"data: {version}\n\n");
                await response.Body.FlushAsync();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The browser went away; its request ends on its own.
            }
            finally
            {
                _write.Release();
            }
        }
    }
}
