using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using DobraPraxe.Generator.Editing;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Serve;
using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// The web editor under `serve` on a copy of the sample site, as an editor uses it: Decap CMS (the local editor)
/// writing through the preview server's local backend into content/, the page rebuilt and live-reloaded.
/// </summary>
[Collection(nameof(BrowserFixture))]
public sealed class EditorTests(BrowserFixture site)
{
    private sealed class Preview : IAsyncDisposable
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "dobrapraxe-browser", "editor-" + Guid.NewGuid().ToString("N"));
        public PreviewServer Server { get; }
        public StringWriter Log { get; } = new();

        public Preview()
        {
            LargeCatalogue.CopySample(Root);
            Server = new PreviewServer(new BuildOptions
            {
                SourceDirectory = Root, OutputDirectory = Path.Combine(Root, "site-output"), Editor = EditorMode.Local,
            }, BrowserFixture.Now, TextWriter.Synchronized(Log));
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            Directory.Delete(Root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<IPage> OpenEditor(Preview preview, IBrowserContext context, string hash)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(preview.Server.Address, "admin/editor.html" + hash).AbsoluteUri);
        // The proxy backend's own sign-in page: one button, no account.
        var login = page.GetByRole(AriaRole.Button, new() { Name = "Login" });
        await login.Or(page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit" })).First.ClickAsync(new() { Timeout = 60_000 });
        return page;
    }

    private static string Shot(string name) => Path.Combine(AccessibilityTests.Screenshots, name);

    [Fact]
    public async Task a_new_practice_made_in_the_form_is_written_into_content_passes_check_and_is_served_with_its_facts()
    {
        await using var preview = new Preview();
        await preview.Server.StartAsync(FreePort());
        Directory.CreateDirectory(AccessibilityTests.Screenshots);
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 }, Locale = "cs-CZ" });
        var page = await OpenEditor(preview, context, "#/collections/practices/new");
        try
        {
            await page.Locator("[id^='title-field-']").First.FillAsync("Sdílená kola pro Jihlavu", new() { Timeout = 60_000 });
            await page.Locator("[id^='summary-field-']").First.FillAsync("Město půjčuje kola na nádražích a u škol; za první rok si je lidé půjčili dvacet tisíckrát.");
            await Choose(page, "member", "Jihlava");
            await Choose(page, "themes", "Doprava a mobilita");
            await Choose(page, "themes", "Zdraví");
            await page.Locator("[id^='year-field-']").First.FillAsync("2024");
            await page.Locator("input[type=date][id^='date-field-']").First.FillAsync("2026-11-20");

            // The body in the Markdown mode: a heading and a paragraph. (The site is in two languages: the Czech form is the
            // first, the English one beside it.)
            var body = page.Locator("[aria-label='markdown field']").First;
            await body.GetByRole(AriaRole.Switch).ClickAsync();
            await body.Locator("[contenteditable=true]").ClickAsync();
            await page.Keyboard.TypeAsync("## Jak to funguje");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("Kola stojí u nádraží a u škol, půjčují se přes aplikaci.");

            // An image: uploaded through the media library, with its alt text.
            var images = page.Locator("[aria-label='list field']").Filter(new() { Has = page.Locator("label[for^='images-field-']") }).First;
            await images.GetByRole(AriaRole.Button, new() { Name = "Přidat" }).ClickAsync();
            await images.GetByRole(AriaRole.Button, new() { Name = "Vyberte obrázek" }).ClickAsync();
            var png = Path.Combine(preview.Root, "kolo.png");
            await File.WriteAllBytesAsync(png, Convert.FromBase64String(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
            await page.Locator("input[type=file]").SetInputFilesAsync(png);
            await page.ScreenshotAsync(new() { Path = Shot("editor-media-1280.png") });
            // Decap selects what was just uploaded; then it is taken into the field.
            await page.GetByRole(AriaRole.Button, new() { Name = "Vybrat označené" }).ClickAsync();
            await images.Locator("[id^='alt-field-']").FillAsync("Stojan se sdílenými koly před nádražím");
            await page.ScreenshotAsync(new() { Path = Shot("editor-new-practice-1280.png") });

            await page.GetByRole(AriaRole.Button, new() { Name = "Publikovat" }).First.ClickAsync();
            await page.GetByText("Publikovat teď").ClickAsync();

            var file = Path.Combine(preview.Root, "content", "practices", "sdilena-kola-pro-jihlavu.md");
            await WaitFor(() => File.Exists(file), "the entry file");
            var written = await File.ReadAllTextAsync(file);
            Assert.Contains("member: jihlava", written);
            Assert.Matches(@"themes:\s*\n\s*- doprava-a-mobilita\s*\n\s*- zdravi", written);
            Assert.Contains("## Jak to funguje", written);
            Assert.Matches(@"src: media/kolo[^\n]*\.png", written);
            Assert.True(File.Exists(Path.Combine(preview.Root, "content", "media", "kolo.png")), written);
            // Nothing was written in English, so there is no translation; and the Czech file is x.md, not Decap's x.cs.md.
            var enFile = Path.Combine(preview.Root, "content", "practices", "sdilena-kola-pro-jihlavu.en.md");
            Assert.False(File.Exists(enFile), File.Exists(enFile) ? File.ReadAllText(enFile) : "");
            Assert.False(File.Exists(Path.Combine(preview.Root, "content", "practices", "sdilena-kola-pro-jihlavu.cs.md")));

            // What the editor wrote passes check as it is.
            var (output, errors) = (new StringWriter(), new StringWriter());
            var exit = DobraPraxe.Generator.Cli.CliApp.Run(["check", "--source", preview.Root, "--now", BrowserFixture.Now.ToString("O"), "--no-spelling"], output, errors);
            Assert.True(exit == 0, written + "\n" + errors);

            // The preview rebuilt: the new page is served with its facts.
            var entry = await context.NewPageAsync();
            var url = new Uri(preview.Server.Address, "praxe/sdilena-kola-pro-jihlavu/").AbsoluteUri;
            await WaitFor(async () => (await entry.GotoAsync(url))?.Status == 200, "the new page");
            var text = await entry.Locator("main").InnerTextAsync();
            Assert.Contains("Sdílená kola pro Jihlavu", text);
            Assert.Contains("Jihlava", text);
            Assert.Contains("Doprava a mobilita", text);
            Assert.Contains("2024", text);
            Assert.StartsWith("Jak to funguje", (await entry.Locator("main h2").First.InnerTextAsync()).Trim());
            Assert.Equal(1, await entry.Locator("img[alt='Stojan se sdílenými koly před nádražím']").CountAsync());
        }
        catch
        {
            await page.ScreenshotAsync(new() { Path = Shot("editor-failure.png") });
            await File.WriteAllTextAsync("/tmp/editor-failure.log", preview.Log + "\n" + string.Join("\n", Directory.EnumerateFiles(Path.Combine(preview.Root, "content"), "*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) > DateTime.UtcNow.AddMinutes(-5))));
            throw;
        }
    }

    [Fact]
    public async Task an_edited_summary_appears_on_the_open_page_after_the_live_reload()
    {
        await using var preview = new Preview();
        await preview.Server.StartAsync(FreePort());
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 }, Locale = "cs-CZ" });
        const string slug = "litomerice-participativni-rozpocet";
        var reader = await context.NewPageAsync();
        await reader.GotoAsync(new Uri(preview.Server.Address, $"praxe/{slug}/").AbsoluteUri);
        await reader.WaitForFunctionAsync("() => document.readyState === 'complete'");
        var editor = await OpenEditor(preview, context, $"#/collections/practices/entries/{slug}");
        try
        {
            const string summary = "Občané každý rok navrhují projekty a v hlasování vybírají, které město uskuteční – upraveno v editoru.";
            await editor.Locator("[id^='summary-field-']").First.FillAsync(summary, new() { Timeout = 60_000 });
            await editor.GetByRole(AriaRole.Button, new() { Name = "Publikovat" }).First.ClickAsync();
            await editor.GetByText("Publikovat teď").ClickAsync();
            // The reader's page reloads by itself (live reload) and shows the new summary.
            await reader.GetByText("upraveno v editoru").First.WaitForAsync(new() { Timeout = 60_000 });
            var written = await File.ReadAllTextAsync(Path.Combine(preview.Root, "content", "practices", slug + ".md"));
            Assert.Contains("upraveno v editoru", written);
        }
        catch
        {
            await editor.ScreenshotAsync(new() { Path = Shot("editor-edit-failure.png"), FullPage = true });
            throw;
        }
    }

    /// <summary>
    /// The sample site is in two languages: Decap shows an entry's English translation beside the Czech form. An English
    /// title edited there is written into x.en.md only (translations write only what they translate), the Czech x.md stays
    /// the Czech file, what was written passes check, and the English page reloads with it.
    /// </summary>
    [Fact]
    public async Task a_translation_edited_beside_its_original_is_written_into_its_own_file_and_served_on_the_english_page()
    {
        await using var preview = new Preview();
        await preview.Server.StartAsync(FreePort());
        Directory.CreateDirectory(AccessibilityTests.Screenshots);
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 }, Locale = "cs-CZ" });
        const string slug = "koprivnice-pedibus";
        var czechFile = Path.Combine(preview.Root, "content", "practices", slug + ".md");
        var englishFile = Path.Combine(preview.Root, "content", "practices", slug + ".en.md");
        var reader = await context.NewPageAsync();
        await reader.GotoAsync(new Uri(preview.Server.Address, $"en/praxe/{slug}/").AbsoluteUri);
        await reader.WaitForFunctionAsync("() => document.readyState === 'complete'");
        var editor = await OpenEditor(preview, context, $"#/collections/practices/entries/{slug}");
        try
        {
            // The Czech form, and the English one beside it: each has its own title field.
            var titles = editor.Locator("input[id^='title-field-']");
            var englishTitle = await Showing(titles, "Walking to school – the Pedibus in Kopřivnice");
            await Showing(titles, "Pěšky do školy – Pedibus v Kopřivnici");
            await editor.ScreenshotAsync(new() { Path = Shot("editor-translation-1280.png") });
            const string title = "Walking to school together – the Pedibus in Kopřivnice";
            await englishTitle.FillAsync(title);
            await editor.GetByRole(AriaRole.Button, new() { Name = "Publikovat" }).First.ClickAsync();
            await editor.GetByText("Publikovat teď").ClickAsync();

            // The English page reloads by itself with the new title.
            await reader.GetByText("Walking to school together").First.WaitForAsync(new() { Timeout = 60_000 });
            var english = await File.ReadAllTextAsync(englishFile);
            Assert.Contains(title, english);
            // A translation writes only what it translates: nothing the original holds for both (member, themes, year).
            Assert.DoesNotContain("member:", english);
            Assert.DoesNotContain("themes:", english);
            Assert.False(File.Exists(Path.Combine(preview.Root, "content", "practices", slug + ".cs.md")));
            Assert.Contains("member: koprivnice", await File.ReadAllTextAsync(czechFile));
            Assert.DoesNotContain(title, await File.ReadAllTextAsync(czechFile));

            var (output, errors) = (new StringWriter(), new StringWriter());
            var exit = DobraPraxe.Generator.Cli.CliApp.Run(["check", "--source", preview.Root, "--now", BrowserFixture.Now.ToString("O"), "--no-spelling"], output, errors);
            Assert.True(exit == 0, english + "\n" + errors);
        }
        catch
        {
            await editor.ScreenshotAsync(new() { Path = Shot("editor-translation-failure.png"), FullPage = true });
            await File.WriteAllTextAsync("/tmp/editor-translation-failure.log", preview.Log.ToString());
            throw;
        }
    }

    /// <summary>The one of <paramref name="inputs"/> that shows <paramref name="value"/>, once the form has loaded.</summary>
    private static async Task<ILocator> Showing(ILocator inputs, string value)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            for (var i = 0; i < await inputs.CountAsync(); i++)
                if (await inputs.Nth(i).InputValueAsync() == value) return inputs.Nth(i);
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no field showed '{value}' within 60 s");
            await Task.Delay(250);
        }
    }

    /// <summary>Our own landing page of /admin/ (the CMS's inner UI is third-party): axe finds nothing.</summary>
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task the_admin_landing_page_has_no_axe_violations(int width)
    {
        await using var preview = new Preview();
        await preview.Server.StartAsync(FreePort());
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, BypassCSP = true, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(preview.Server.Address, "admin/").AbsoluteUri);
        Directory.CreateDirectory(AccessibilityTests.Screenshots);
        await page.ScreenshotAsync(new() { Path = Shot($"admin-landing-{width}.png"), FullPage = true });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(BrowserFixture.RepositoryRoot, "node_modules", "axe-core", "axe.min.js") });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        Assert.True(violations.GetArrayLength() == 0, string.Join("\n", violations.EnumerateArray().Select(v => v.GetString())));
        Assert.Equal("editor.html", await page.GetByRole(AriaRole.Link, new() { Name = "Otevřít editor" }).GetAttributeAsync("href"));
    }

    /// <summary>A select of keys (react-select): typed to filter, the option clicked by its label (the name).</summary>
    private static async Task Choose(IPage page, string field, string label)
    {
        var input = page.Locator($"[id^='{field}-field-']").First;
        await input.ClickAsync();
        await page.Keyboard.TypeAsync(label);
        await page.GetByRole(AriaRole.Option, new() { Name = label, Exact = true }).ClickAsync();
    }

    private static Task WaitFor(Func<bool> condition, string what) => WaitFor(() => Task.FromResult(condition()), what);

    private static async Task WaitFor(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what} did not appear within 60 s");
            await Task.Delay(250);
        }
    }
}
