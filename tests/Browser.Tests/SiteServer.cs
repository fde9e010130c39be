using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DobraPraxe.Browser.Tests;

/// <summary>A static file server for a built site on a free loopback port, as a static host would serve it.</summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="gzip">
    /// Serve gzip to a browser that accepts it, as a host with precompression does: a file's .gz sibling when the build
    /// wrote one, else the file compressed here (once, at the level the build uses). For measuring transferred bytes.
    /// </param>
    /// <param name="brotli">Before gzip, a file's .br sibling when the build wrote one and the browser accepts br.</param>
    /// <param name="latency">Held before every answer: a network's round trip, so that requests that wait for others show as later waves.</param>
    public static async Task<SiteServer> StartAsync(string root, bool gzip = false, bool brotli = false, TimeSpan latency = default)
    {
        var compressed = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            if (latency > TimeSpan.Zero) await Task.Delay(latency);
            var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
            if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
            // A folder asked for without its '/' (an old address as linked from outside): the host sends the reader on to it.
            else if (!File.Exists(Path.Combine(root, path)) && File.Exists(Path.Combine(root, path, "index.html")))
            {
                context.Response.Redirect(context.Request.Path.Value + "/", permanent: true);
                return;
            }
            var file = Path.GetFullPath(Path.Combine(root, path));
            if (!file.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                file = Path.Combine(root, "404.html");
            }
            context.Response.ContentType = DobraPraxe.Generator.Serve.ContentTypes.Of(file);
            var accepts = context.Request.Headers.AcceptEncoding.ToString();
            if (brotli && context.Response.StatusCode == 200 && File.Exists(file + ".br")
                && accepts.Split(',').Any(e => e.Split(';')[0].Trim() == "br"))
            {
                var body = await File.ReadAllBytesAsync(file + ".br");
                context.Response.Headers.ContentEncoding = "br";
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body);
                return;
            }
            if (gzip && context.Response.StatusCode == 200 && accepts.Contains("gzip", StringComparison.Ordinal))
            {
                var body = File.Exists(file + ".gz")
                    ? await File.ReadAllBytesAsync(file + ".gz")
                    : compressed.GetOrAdd(file, f => DobraPraxe.Generator.Search.Precompressed.Gzip(File.ReadAllBytes(f)));
                context.Response.Headers.ContentEncoding = "gzip";
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body);
                return;
            }
            await context.Response.SendFileAsync(file);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
