using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DobraPraxe.Generator.Tests.ExternalLinks;

/// <summary>
/// Someone else's web server, on loopback (Kestrel): each path answers one way — 200, a permanent and a temporary
/// redirect, 404, 500, HEAD refused with 405, too slow to wait for, a short wait that counts how many requests are
/// in flight at once — and every request is counted per path, with its method and User-Agent.
/// </summary>
internal sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _inFlight;

    public ConcurrentDictionary<string, int> Requests { get; } = new();
    public ConcurrentQueue<string> UserAgents { get; } = new();
    public int MostAtOnce { get; private set; }
    public string Root { get; }

    /// <summary>An address on loopback where nothing listens: the connection is refused.</summary>
    public string Closed { get; }

    private LoopbackSite(WebApplication app, string root, string closed) => (_app, Root, Closed) = (app, root, closed);

    public static async Task<LoopbackSite> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        using var free = new TcpListener(IPAddress.Loopback, 0);
        free.Start();
        var closedPort = ((IPEndPoint)free.LocalEndpoint).Port;
        free.Stop();
        LoopbackSite? site = null;
        app.Run(context => site!.Answer(context));
        await app.StartAsync();
        site = new LoopbackSite(app, app.Urls.First().TrimEnd('/') + "/", $"http://127.0.0.1:{closedPort}/zavreno");
        return site;
    }

    public string this[string path] => Root + path;

    public int Count(string path) => Requests.GetValueOrDefault("/" + path);

    public void Forget() => Requests.Clear();

    private async Task Answer(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        UserAgents.Enqueue(context.Request.Headers.UserAgent.ToString());
        var response = context.Response;
        switch (path)
        {
            case "/ok":
                response.StatusCode = 200;
                break;
            case "/presunuto":
                response.StatusCode = 301;
                response.Headers.Location = this["ok"];
                break;
            case "/docasne":
                response.StatusCode = 302;
                response.Headers.Location = this["ok"];
                break;
            case "/jinam":
                response.StatusCode = 308;
                response.Headers.Location = "ftp://127.0.0.1/soubor";
                break;
            case "/zmizelo":
                response.StatusCode = 404;
                break;
            case "/chyba":
                response.StatusCode = 500;
                break;
            case "/bez-head":
                response.StatusCode = HttpMethods.IsHead(context.Request.Method) ? 405 : 200;
                break;
            case "/pomalu":
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The checker gave up, as it should.
                }
                break;
            default:
                if (path.StartsWith("/chvili/", StringComparison.Ordinal))
                {
                    lock (this) MostAtOnce = Math.Max(MostAtOnce, ++_inFlight);
                    // Held until a second request is in flight too (or two seconds passed), so a loaded machine still shows two at once.
                    for (var waited = 0; waited < 2000 && Volatile.Read(ref _inFlight) < 2; waited += 20) await Task.Delay(20);
                    await Task.Delay(100);
                    lock (this) _inFlight--;
                }
                else response.StatusCode = 404;
                break;
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
