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
        await _server.StartAsync(FreePort.Next());
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

        // Decap asks for a collection's folder too when a new entry opens: only media types are listed, never an entry.
        (status, media) = await Post("""{"action":"getMedia","params":{"mediaFolder":"content/pages"}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(media!.AsArray());
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

    /// <summary>A folder outside the repository with a secret in it, and what it held before the test.</summary>
    private sealed class Outside : IDisposable
    {
        private readonly TempFolder _folder = new();
        public Outside() => _folder.Write("tajne.md", "---\ntitle: Tajné\n---\nheslo\n");
        public string Path => _folder.Path;
        public string Secret => _folder.Combine("tajne.md");
        public string[] Files => [.. Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        public void Dispose() => _folder.Dispose();
    }

    private string Full(string relative) => Path.Combine(_site.Root, relative);

    /// <summary>A refusal: a 4xx with an error that names no full path (only paths from the repository root).</summary>
    private async Task<string> Refused(string json)
    {
        var (status, body) = await Post(json);
        Assert.True((int)status is >= 400 and < 500, $"{status}: {body}");
        var error = (string)body!["error"]!;
        Assert.DoesNotContain(_site.Root, error, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), error, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public async Task a_file_link_out_of_content_is_neither_read_nor_listed_nor_written_through_nor_deleted()
    {
        using var outside = new Outside();
        File.CreateSymbolicLink(Full("content/pages/tajne.md"), outside.Secret);

        Assert.Contains("'content/pages/tajne.md' is a symbolic link", await Refused("""{"action":"getEntry","params":{"path":"content/pages/tajne.md"}}"""));
        await Refused("""{"action":"entriesByFiles","params":{"files":[{"path":"content/pages/tajne.md"}]}}""");
        var (_, listed) = await Post("""{"action":"entriesByFolder","params":{"folder":"content/pages","extension":"md","depth":1}}""");
        Assert.Equal(["content/pages/o-nas.md"], listed!.AsArray().Select(e => (string)e!["file"]!["path"]!));
        await Refused("""{"action":"persistEntry","params":{"dataFiles":[{"path":"content/pages/tajne.md","raw":"prepsano"}]}}""");
        await Refused("""{"action":"deleteFile","params":{"path":"content/pages/tajne.md"}}""");
        await Refused("""{"action":"deleteFiles","params":{"paths":["content/pages/o-nas.md","content/pages/tajne.md"]}}""");

        Assert.Equal("---\ntitle: Tajné\n---\nheslo\n", File.ReadAllText(outside.Secret));
        Assert.NotNull(new FileInfo(Full("content/pages/tajne.md")).LinkTarget);
        // A refused path in a batch stops the whole batch before anything is deleted.
        Assert.True(File.Exists(Full("content/pages/o-nas.md")));
    }

    [Fact]
    public async Task a_linked_folder_is_neither_listed_nor_written_into_nor_deleted_from()
    {
        using var outside = new Outside();
        Directory.CreateSymbolicLink(Full("content/venku"), outside.Path);
        Directory.CreateSymbolicLink(Full("content/media/venku"), outside.Path);
        var before = outside.Files;

        await Refused("""{"action":"entriesByFolder","params":{"folder":"content/venku","extension":"md","depth":1}}""");
        await Refused("""{"action":"getMedia","params":{"mediaFolder":"content/media/venku"}}""");
        await Refused("""{"action":"getEntry","params":{"path":"content/venku/tajne.md"}}""");
        Assert.Contains("'content/venku' is a symbolic link", await Refused("""{"action":"persistEntry","params":{"dataFiles":[{"path":"content/venku/novy.md","raw":"x"}]}}"""));
        await Refused("""{"action":"persistEntry","params":{"dataFiles":[{"path":"content/venku/nova/slozka/novy.md","raw":"x"}]}}""");
        await Refused("""{"action":"persistMedia","params":{"asset":{"path":"content/media/venku/a.txt","content":"QQ==","encoding":"base64"}}}""");
        await Refused("""{"action":"persistEntry","params":{"dataFiles":[{"path":"content/pages/nova.md","raw":"x"}],"assets":[{"path":"content/media/venku/a.txt","content":"QQ==","encoding":"base64"}]}}""");
        await Refused("""{"action":"deleteFile","params":{"path":"content/venku/tajne.md"}}""");

        Assert.Equal(before, outside.Files);
        Assert.Equal("---\ntitle: Tajné\n---\nheslo\n", File.ReadAllText(outside.Secret));
        // The entry of the refused batch was not written either.
        Assert.False(File.Exists(Full("content/pages/nova.md")));
        var (_, media) = await Post("""{"action":"getMedia","params":{"mediaFolder":"content/media"}}""");
        Assert.Equal(["mapa.svg"], media!.AsArray().Select(m => (string)m!["name"]!));
    }

    [Fact]
    public async Task links_to_themselves_and_in_circles_are_refused_not_an_internal_error()
    {
        File.CreateSymbolicLink(Full("content/pages/sama.md"), "sama.md");
        Directory.CreateSymbolicLink(Full("content/media/a"), "b");
        Directory.CreateSymbolicLink(Full("content/media/b"), "a");
        await Refused("""{"action":"getEntry","params":{"path":"content/pages/sama.md"}}""");
        await Refused("""{"action":"persistEntry","params":{"dataFiles":[{"path":"content/pages/sama.md","raw":"x"}]}}""");
        await Refused("""{"action":"getMedia","params":{"mediaFolder":"content/media/a"}}""");
        await Refused("""{"action":"persistMedia","params":{"asset":{"path":"content/media/a/x.txt","content":"QQ==","encoding":"base64"}}}""");
        var (status, listed) = await Post("""{"action":"entriesByFolder","params":{"folder":"content/pages","extension":"md","depth":1}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["content/pages/o-nas.md"], listed!.AsArray().Select(e => (string)e!["file"]!["path"]!));
        (status, var media) = await Post("""{"action":"getMedia","params":{"mediaFolder":"content/media"}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["mapa.svg"], media!.AsArray().Select(m => (string)m!["name"]!));
    }

    [Theory]
    [InlineData("../../../../../../etc/passwd")]
    [InlineData("*")]
    [InlineData("yml")]
    [InlineData("md/../../../x")]
    public async Task only_md_entries_are_listed_whatever_extension_is_asked_for(string extension)
    {
        var error = await Refused($$$"""{"action":"entriesByFolder","params":{"folder":"content/practices","extension":"{{{extension}}}","depth":1}}""");
        Assert.Equal("entries are .md files; no other extension is listed", error);
    }

    [Theory]
    [InlineData("""{"action":"getEntry","params":{"path":"content/site.yml"}}""", "'content/site.yml' is not an entry: entries are .md files")]
    [InlineData("""{"action":"persistEntry","params":{"dataFiles":[{"path":"content/data/members.yml","raw":"x"}]}}""", "'content/data/members.yml' is not an entry: entries are .md files")]
    [InlineData("""{"action":"persistMedia","params":{"asset":{"path":"content/media/stranka.html","content":"PHNjcmlwdD4=","encoding":"base64"}}}""", "'content/media/stranka.html' is not a file the editor may change: entries are .md files, media files are in content/media/ and of an allowed type")]
    [InlineData("""{"action":"persistMedia","params":{"asset":{"path":"content/pages/a.txt","content":"QQ==","encoding":"base64"}}}""", "'content/pages/a.txt' is not a file the editor may change: entries are .md files, media files are in content/media/ and of an allowed type")]
    [InlineData("""{"action":"deleteFile","params":{"path":"content/site.yml"}}""", "'content/site.yml' is not a file the editor may change: entries are .md files, media files are in content/media/ and of an allowed type")]
    [InlineData("""{"action":"getMediaFile","params":{"path":"content/media/neni.png"}}""", "'content/media/neni.png' does not exist")]
    [InlineData("""{"action":"getEntry","params":{"path":"/tmp/../etc/x.md"}}""", "the path is outside content/")]
    [InlineData("""{"action":"getEntry","params":{"path":"content/pages/a\u0000.md"}}""", "a path in content/ is missing")]
    public async Task only_the_kinds_of_files_the_editor_edits_are_touched(string json, string error)
    {
        Assert.Equal(error, await Refused(json));
        Assert.False(File.Exists(Full("content/media/stranka.html")));
        Assert.NotEqual("x", File.ReadAllText(Full("content/data/members.yml")));
    }

    [Fact]
    public async Task a_file_system_error_names_no_full_path()
    {
        // A folder where the entry would be: the move over it fails in the system, whose message names the full path.
        Directory.CreateDirectory(Full("content/pages/slozka.md"));
        var (status, body) = await Post("""{"action":"persistEntry","params":{"dataFiles":[{"path":"content/pages/slozka.md","raw":"x"}]}}""");
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("the file could not be read or written", (string?)body!["error"]);
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
