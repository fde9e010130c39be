using System.Net.Sockets;
using System.Net;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Serve;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Serve;

/// <summary>
/// A drawing opened on its own is sandboxed (no script, no loads, no origin): by _headers on a host that reads it, by
/// serve itself in the preview. PDFs and photos are not: Chromium's PDF viewer refuses a sandboxed document.
/// </summary>
[Collection(nameof(PreviewServerTests))]
public sealed class DrawingHeadersTests : IAsyncLifetime
{
    // A 1 × 1 PNG and the smallest file the PDF signature check takes.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPgjvUGAAEqALRc1f5DAAAAAElFTkSuQmCC");
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

    private readonly ContentTree _site = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllBytes(Path.Combine(_site.Root, "content/media/tecka.png"), Png);
        File.WriteAllBytes(Path.Combine(_site.Root, "content/media/plan.pdf"), Pdf);
        var options = new BuildOptions { SourceDirectory = _site.Root, OutputDirectory = Path.Combine(_site.Root, "site-output") };
        _server = new PreviewServer(options, Builds.Now, new StringWriter());
        await _server.StartAsync(FreePort.Next());
    }

    [Fact]
    public async Task serve_sandboxes_a_drawing_and_leaves_pdfs_and_photos_as_they_are()
    {
        using var drawing = await _http.GetAsync(new Uri(_server.Address, "media/mapa.svg"));
        Assert.Equal(HttpStatusCode.OK, drawing.StatusCode);
        // The drawings' sandbox, with the frame-ancestors every answer of serve carries.
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'", string.Join(", ", drawing.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(", ", drawing.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("image/svg+xml", drawing.Content.Headers.ContentType!.MediaType);

        foreach (var (path, type) in new[] { ("media/plan.pdf", "application/pdf"), ("media/tecka.png", "image/png"), ("index.html", "text/html") })
        {
            using var response = await _http.GetAsync(new Uri(_server.Address, path));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
            var policy = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(", ", values) : "";
            Assert.DoesNotContain("sandbox", policy);
        }
    }

    [Fact]
    public void the_headers_file_gives_every_published_drawing_and_nothing_else_the_sandbox_in_place_of_the_sites_policy()
    {
        var result = Builds.Generate(_site.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var headers = Builds.Page(result, SecurityHeaders.Path);
        Assert.Contains($"\n{SecurityHeaders.DrawingPaths}\n  ! Content-Security-Policy\n  Content-Security-Policy: {SecurityHeaders.DrawingPolicy}\n", headers);

        // Matched as Cloudflare Pages matches a rule: its one splat is any text, the rest is literal and case-sensitive.
        var rule = new Regex("^" + string.Join("(.*)", SecurityHeaders.DrawingPaths.Split('*').Select(Regex.Escape)) + "$");
        var published = result.Files.Select(f => "/" + f.Path).ToList();
        Assert.Contains("/media/mapa.svg", published);
        Assert.Contains("/media/plan.pdf", published);
        foreach (var path in published.Where(p => p.StartsWith("/media/", StringComparison.Ordinal)))
            Assert.True(rule.IsMatch(path) == path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase), $"{path}: sandboxed {rule.IsMatch(path)}");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }
}
