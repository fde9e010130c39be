using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using DobraPraxe.Generator.Editing;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Serve;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Serve;

/// <summary>
/// The local backend while serve's editor (Decap CMS) edits translations side by side: Decap names the Czech file with its
/// code (x.cs.md beside x.en.md); the generator reads it as x.md. The backend answers for x.md under Decap's name, both ways.
/// </summary>
public sealed class LocalBackendTranslationTests : IAsyncLifetime
{
    private readonly ContentTree _site = new("english");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(new BuildOptions { SourceDirectory = _site.Root, OutputDirectory = Path.Combine(_site.Root, "out"), Editor = EditorMode.Local },
            Builds.Now, new StringWriter());
        await _server.StartAsync(FreePort.Next());
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private async Task<JsonNode?> Post(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.Address, LocalBackend.Path.TrimStart('/')))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private string Full(string relative) => Path.Combine(_site.Root, relative);

    [Fact]
    public async Task the_czech_file_is_listed_read_written_and_deleted_under_the_name_decap_gives_it()
    {
        // Listed: the Czech file under its language's code, the translation as it is; no entry under its plain name.
        var entries = (await Post("""{"action":"entriesByFolder","params":{"folder":"content/practices","extension":"md","depth":1}}"""))!.AsArray();
        var paths = entries.Select(e => (string?)e!["file"]!["path"]).ToList();
        Assert.Contains("content/practices/znojmo-cyklostezky.cs.md", paths);
        Assert.Contains("content/practices/znojmo-cyklostezky.en.md", paths);
        Assert.DoesNotContain("content/practices/znojmo-cyklostezky.md", paths);
        var czech = File.ReadAllText(Full("content/practices/znojmo-cyklostezky.md"));
        Assert.Equal(czech, (string?)entries.Single(e => (string?)e!["file"]!["path"] == "content/practices/znojmo-cyklostezky.cs.md")!["data"]);

        // Read: x.cs.md is x.md.
        var entry = await Post("""{"action":"getEntry","params":{"path":"content/practices/znojmo-cyklostezky.cs.md"}}""");
        Assert.Equal(czech, (string?)entry!["data"]);
        Assert.Equal("content/practices/znojmo-cyklostezky.cs.md", (string?)entry["file"]!["path"]);

        // Written: a new entry and its translation, as Decap saves them, land where the generator reads them.
        await Post("""
            {"action":"persistEntry","params":{"dataFiles":[
              {"path":"content/pages/nova.cs.md","raw":"---\ntitle: Nová\n---\n\nText.\n"},
              {"path":"content/pages/nova.en.md","raw":"---\ntitle: New\n---\n\nText.\n"}],"assets":[]}}
            """);
        Assert.Equal("---\ntitle: Nová\n---\n\nText.\n", File.ReadAllText(Full("content/pages/nova.md")));
        Assert.Equal("---\ntitle: New\n---\n\nText.\n", File.ReadAllText(Full("content/pages/nova.en.md")));
        Assert.False(File.Exists(Full("content/pages/nova.cs.md")));

        // Saved again with only the translation changed (Decap writes every language's file): the Czech file is not
        // touched, so serve rebuilds only what the translation changed.
        var written = File.GetLastWriteTimeUtc(Full("content/pages/nova.md"));
        await Task.Delay(50);
        await Post("""
            {"action":"persistEntry","params":{"dataFiles":[
              {"path":"content/pages/nova.cs.md","raw":"---\ntitle: Nová\n---\n\nText.\n"},
              {"path":"content/pages/nova.en.md","raw":"---\ntitle: New, again\n---\n\nText.\n"}],"assets":[]}}
            """);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Full("content/pages/nova.md")));
        Assert.Contains("New, again", File.ReadAllText(Full("content/pages/nova.en.md")));

        // A practice saved with its hidden English widgets' values (an empty list of themes): the translation keeps only what it
        // translates; a new entry's English file with nothing translated is not made at all.
        await Post("""
            {"action":"persistEntry","params":{"dataFiles":[
              {"path":"content/practices/znojmo-cyklostezky.en.md","raw":"---\ntitle: Cycle paths\nthemes: []\nmember: znojmo\n---\n\nBody.\n"},
              {"path":"content/practices/nova-praxe.en.md","raw":"---\nthemes: []\n---\n"}],"assets":[]}}
            """);
        Assert.Equal("---\ntitle: Cycle paths\n---\n\nBody.\n", File.ReadAllText(Full("content/practices/znojmo-cyklostezky.en.md")));
        Assert.False(File.Exists(Full("content/practices/nova-praxe.en.md")));

        // Deleted: both files.
        await Post("""{"action":"deleteFiles","params":{"paths":["content/pages/nova.cs.md","content/pages/nova.en.md"]}}""");
        Assert.False(File.Exists(Full("content/pages/nova.md")));
        Assert.False(File.Exists(Full("content/pages/nova.en.md")));
    }

    /// <summary>A site in one language has no side-by-side editing: x.cs.md is a name like any other (and not an entry the generator reads).</summary>
    [Fact]
    public async Task a_site_in_one_language_keeps_every_name_as_it_is()
    {
        using var basic = new ContentTree();
        await using var server = new PreviewServer(new BuildOptions { SourceDirectory = basic.Root, OutputDirectory = Path.Combine(basic.Root, "out"), Editor = EditorMode.Local },
            Builds.Now, new StringWriter());
        await server.StartAsync(FreePort.Next());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, LocalBackend.Path.TrimStart('/')))
        {
            Content = new StringContent("""{"action":"entriesByFolder","params":{"folder":"content/practices","extension":"md","depth":1}}""", Encoding.UTF8, "application/json"),
        };
        using var response = await _http.SendAsync(request);
        var paths = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(e => (string?)e!["file"]!["path"]).ToList();
        Assert.Contains("content/practices/jihlava-pesi-zona.md", paths);
        Assert.DoesNotContain(paths, p => p!.EndsWith(".cs.md", StringComparison.Ordinal));
    }
}
