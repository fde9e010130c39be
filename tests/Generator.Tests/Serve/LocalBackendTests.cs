using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using DobraPraxe.Generator.Editing;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Serve;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Serve;

/// <summary>The web editor's local backend under serve: decap-server's protocol, inside content/ only, own origin only.</summary>
public sealed class LocalBackendTests : IAsyncLifetime
{
    private readonly ContentTree _site = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(new BuildOptions { SourceDirectory = _site.Root, OutputDirectory = Path.Combine(_site.Root, "out"), Editor = EditorMode.Local },
            Builds.Now, new StringWriter());
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await _server.StartAsync(port);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _site.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> Post(string json, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.Address, LocalBackend.Path.TrimStart('/')))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (origin is not null) request.Headers.Add("Origin", origin);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Fact]
    public async Task it_lists_reads_and_writes_entries_and_media_in_content()
    {
        var (status, entries) = await Post("""{"action":"entriesByFolder","params":{"folder":"content/practices","extension":"md","depth":1}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(entries!.AsArray(), e => (string?)e!["file"]!["path"] == "content/practices/jihlava-pesi-zona.md" && ((string?)e["data"])!.StartsWith("---", StringComparison.Ordinal));

        (status, _) = await Post("""{"action":"persistEntry","params":{"dataFiles":[{"path":"content/pages/nova.md","raw":"---\ntitle: Nová\n---\n\nText.\n"}],"assets":[{"path":"content/media/a.txt","content":"QQ==","encoding":"base64"}]}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("---\ntitle: Nová\n---\n\nText.\n", File.ReadAllText(Path.Combine(_site.Root, "content/pages/nova.md")));
        Assert.Equal("A", File.ReadAllText(Path.Combine(_site.Root, "content/media/a.txt")));

        var (_, media) = await Post("""{"action":"getMedia","params":{"mediaFolder":"content/media"}}""");
        Assert.Contains(media!.AsArray(), m => (string?)m!["name"] == "a.txt" && (string?)m["content"] == "QQ==");
    }

    [Theory]
    [InlineData("""{"action":"getEntry","params":{"path":"../../etc/passwd"}}""")]
    [InlineData("""{"action":"persistEntry","params":{"dataFiles":[{"path":"generator/Program.cs","raw":"x"}]}}""")]
    [InlineData("""{"action":"persistMedia","params":{"asset":{"path":"content/../.git/config","content":"eA==","encoding":"base64"}}}""")]
    public async Task nothing_outside_content_is_read_or_written(string json)
    {
        var (status, body) = await Post(json);
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Contains("outside content/", (string?)body!["error"]);
    }

    [Fact]
    public async Task a_request_from_another_origin_is_refused()
    {
        var (status, _) = await Post("""{"action":"info"}""", origin: "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (status, var info) = await Post("""{"action":"info"}""", origin: _server.Address.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("local_fs", (string?)info!["type"]);
    }
}
