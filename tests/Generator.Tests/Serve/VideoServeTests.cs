using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Serve;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Serve;

/// <summary>
/// serve sends a video page the policy the published site gives it: the page's own meta policy (the site's, with exactly
/// the player's frame origin), and as a header only what a meta tag cannot say (frame-ancestors), which restricts no frame
/// the page shows. Its video files go out with their real types.
/// </summary>
[Collection(nameof(PreviewServerTests))]
public sealed class VideoServeTests : IAsyncLifetime
{
    private readonly ContentTree _site = new("videos");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(new BuildOptions { SourceDirectory = _site.Root, OutputDirectory = Path.Combine(_site.Root, "site-output") }, Builds.Now, new StringWriter());
        await _server.StartAsync(FreePort.Next());
    }

    [Theory]
    [InlineData("videa/cyklostezky/", "; frame-src https://www.youtube-nocookie.com")]
    [InlineData("videa/pesi-zona/", "; frame-src https://player.vimeo.com")]
    [InlineData("videa/ukazka/", "")]
    [InlineData("praxe/znojmo-cyklostezky/", "")]
    public async Task a_page_is_served_with_the_policy_the_published_site_gives_it(string path, string frames)
    {
        using var response = await _http.GetAsync(new Uri(_server.Address, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.FrameAncestors, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(SecurityHeaders.Policy + frames, page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("media/ukazka.webm", "video/webm")]
    [InlineData("media/ukazka.vtt", "text/vtt")]
    public async Task video_files_are_sent_with_their_type(string path, string type)
    {
        using var response = await _http.GetAsync(new Uri(_server.Address, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }
}
