using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Pipeline;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// Issue 27: every SVG the build publishes — the bundled site's, and the hostile fixture's drawings that look dangerous
/// but pass the check (CSS spelled with comments and escapes, Inkscape's metadata, an embedded PNG) — opened on its own
/// in Chromium, as a reader following a link would, requests nothing but itself, runs no handler and does not navigate.
/// Served without _headers (as GitHub Pages serves it): the check alone must hold. Nothing is injected into the drawings;
/// a control drawing with a handler and a load shows that the listeners would see both.
/// </summary>
[Collection(nameof(BrowserFixture))]
public sealed class DrawingTests(BrowserFixture site, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _hostileOutput = Path.Combine(Path.GetTempPath(), "dobrapraxe-browser", "hostile-" + Guid.NewGuid().ToString("N"));
    private SiteServer _hostile = null!;

    public async Task InitializeAsync()
    {
        var result = new SiteGenerator(new BuildOptions
        {
            SourceDirectory = Path.Combine(BrowserFixture.RepositoryRoot, "tests/Generator.Tests/Fixtures/sites/hostile"), OutputDirectory = _hostileOutput,
            Now = BrowserFixture.Now,
        }).Generate();
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        SiteWriter.Write(_hostileOutput, result.Files);
        _hostile = await SiteServer.StartAsync(_hostileOutput);
    }

    /// <summary>What a drawing did when opened: every request (seen by the page and by a route), dialogs, console, errors.</summary>
    private sealed record Visit(List<string> Requests, List<string> Routed, List<string> Dialogs, List<string> Console, List<string> Errors,
        int Navigations, string[] Resources, string Url, string Root);

    private async Task<Visit> Open(Uri url, Func<IBrowserContext, Task>? prepare = null)
    {
        await using var context = await site.Browser.NewContextAsync();
        if (prepare is not null) await prepare(context);
        var routed = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            lock (routed) routed.Add(route.Request.Url);
            await route.FallbackAsync();
        });
        var page = await context.NewPageAsync();
        var (requests, dialogs, console, errors) = (new List<string>(), new List<string>(), new List<string>(), new List<string>());
        var navigations = 0;
        page.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        page.Dialog += async (_, dialog) => { lock (dialogs) dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        page.Console += (_, message) => { lock (console) console.Add($"{message.Type}: {message.Text}"); };
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };
        page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) Interlocked.Increment(ref navigations); };
        await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // Long enough for a refresh of 0 s, a load event's handler or an animation's first frame to have happened.
        await page.WaitForTimeoutAsync(500);
        // Less the browser's own /favicon.ico, which Chromium fetches for the tab of any document without an icon link.
        var resources = await page.EvaluateAsync<string[]>("performance.getEntriesByType('resource').map(e => e.name).filter(n => n !== location.origin + '/favicon.ico')");
        var root = await page.EvaluateAsync<string>("document.documentElement.namespaceURI + ' ' + document.documentElement.localName");
        return new Visit(requests, routed, dialogs, console, errors, navigations, resources, page.Url, root);
    }

    [Fact]
    public async Task every_published_drawing_opened_on_its_own_requests_nothing_and_runs_nothing()
    {
        var drawings = Drawings(site.Output, site.Main.Address).Concat(Drawings(_hostileOutput, _hostile.Address)).ToList();
        // The bundled site's drawings and the hostile fixture's three that pass the check only because their tricks resolve to '#id'.
        Assert.Contains(drawings, d => d.AbsolutePath == "/media/kromeriz-mapa-cyklostezek.svg");
        foreach (var name in new[] { "kresba-inkscape.svg", "kresba-css.svg", "kresba-illustrator.svg" })
            Assert.Contains(drawings, d => d.Port == _hostile.Address.Port && d.AbsolutePath == "/media/" + name);

        foreach (var drawing in drawings)
        {
            var visit = await Open(drawing);
            var what = $"{drawing.AbsolutePath}: requests [{string.Join(", ", visit.Requests)}], routed [{string.Join(", ", visit.Routed)}], " +
                       $"dialogs [{string.Join(", ", visit.Dialogs)}], console [{string.Join(", ", visit.Console)}], errors [{string.Join(", ", visit.Errors)}], " +
                       $"navigations {visit.Navigations}, resources [{string.Join(", ", visit.Resources)}], url {visit.Url}, root {visit.Root}";
            Assert.True(visit.Requests.SequenceEqual([drawing.AbsoluteUri]) && visit.Routed.SequenceEqual([drawing.AbsoluteUri]), what);
            Assert.True(visit.Dialogs.Count == 0 && visit.Console.Count == 0 && visit.Errors.Count == 0, what);
            Assert.True(visit.Navigations == 1 && visit.Resources.Length == 0 && visit.Url == drawing.AbsoluteUri, what);
            Assert.True(visit.Root == "http://www.w3.org/2000/svg svg", what);
            output.WriteLine($"{drawing}: only itself requested, no dialog, console message, error or navigation");
        }
    }

    [Theory]
    [InlineData("kresba-css.svg", ".pozadi")]
    [InlineData("kresba-css.svg", ".kruh")]
    [InlineData("kresba-inkscape.svg", "#tvar")]
    public async Task chromium_reads_the_tricks_the_check_accepted_as_the_check_did(string drawing, string selector)
    {
        // u<!-- -->rl(#g), \75 rl("\23 g") and u\72 l(#g): the browser's CSS sees url(#g), as the check's tokenizer did.
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_hostile.Address, "media/" + drawing).AbsoluteUri);
        Assert.Equal("url(\"#g\")", await page.EvaluateAsync<string>($"getComputedStyle(document.querySelector('{selector}')).fill"));
    }

    [Fact]
    public async Task the_listeners_see_a_handler_and_a_request_when_a_drawing_has_them()
    {
        // What the check rejects, served here by a route: proves the test above would notice.
        var control = new Uri(_hostile.Address, "media/kontrola.svg");
        var visit = await Open(control, context => context.RouteAsync(control.AbsoluteUri, route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "image/svg+xml",
            Body = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('spuštěno')\"><image href=\"/media/obrazek.svg\" width=\"5\" height=\"5\"/></svg>",
        })));
        Assert.Equal(["spuštěno"], visit.Dialogs);
        Assert.Contains(new Uri(_hostile.Address, "media/obrazek.svg").AbsoluteUri, visit.Requests);
        Assert.Contains(new Uri(_hostile.Address, "media/obrazek.svg").AbsoluteUri, visit.Routed);
        Assert.Contains(new Uri(_hostile.Address, "media/obrazek.svg").AbsoluteUri, visit.Resources);
    }

    [Fact]
    public async Task under_the_sandbox_policy_a_drawings_own_css_applies_and_a_handler_or_load_does_not()
    {
        // As a host that reads _headers (or serve) sends it: the policy keeps drawings drawn and stops what the check might miss.
        var headers = new Dictionary<string, string>
        {
            ["Content-Type"] = "image/svg+xml", ["Content-Security-Policy"] = DobraPraxe.Generator.Formats.SecurityHeaders.DrawingPolicy,
        };
        var drawing = new Uri(_hostile.Address, "media/kresba-css.svg");
        await using (var context = await site.Browser.NewContextAsync())
        {
            await context.RouteAsync(drawing.AbsoluteUri, async route =>
                await route.FulfillAsync(new RouteFulfillOptions { Response = await route.FetchAsync(), Headers = headers }));
            var page = await context.NewPageAsync();
            await page.GotoAsync(drawing.AbsoluteUri);
            Assert.Equal("url(\"#g\")", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.kruh')).fill"));
        }

        var control = new Uri(_hostile.Address, "media/kontrola.svg");
        var visit = await Open(control, context => context.RouteAsync(control.AbsoluteUri, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Headers = headers,
            Body = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('spuštěno')\"><image href=\"/media/obrazek.svg\" width=\"5\" height=\"5\"/></svg>",
        })));
        Assert.Empty(visit.Dialogs);
        // The image is attempted (Playwright reports it) but blocked before it reaches the network: only the drawing was routed.
        Assert.Equal([control.AbsoluteUri], visit.Routed);
        Assert.Contains(visit.Console, m => m.Contains("Blocked script execution", StringComparison.Ordinal) && m.Contains("sandboxed", StringComparison.Ordinal));
        Assert.Contains(visit.Console, m => m.Contains("violates the following Content Security Policy directive: \"default-src 'none'\"", StringComparison.Ordinal));
    }

    /// <summary>Every .svg of a built site, as the address it is served at.</summary>
    private static IEnumerable<Uri> Drawings(string output, Uri address) =>
        Directory.GetFiles(output, "*.svg", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new Uri(address, Path.GetRelativePath(output, f).Replace('\\', '/')));

    public async Task DisposeAsync()
    {
        if (_hostile is not null) await _hostile.DisposeAsync();
        if (Directory.Exists(_hostileOutput)) Directory.Delete(_hostileOutput, recursive: true);
    }
}
