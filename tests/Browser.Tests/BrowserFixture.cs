using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Pipeline;
using Microsoft.Playwright;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// Builds the bundled sample site once, serves the main site and a conference microsite from their
/// own roots on loopback, and starts Debian's Chromium through Playwright (no browser download).
/// Beside it, a larger copy of the site (<see cref="LargeCatalogue"/>) for what only shows with many entries.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Microsite = "konference-2021";
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(1));

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "dobrapraxe-browser", Guid.NewGuid().ToString("N"));
    public SiteServer Main { get; private set; } = null!;
    public SiteServer Conference { get; private set; } = null!;
    public SiteServer Large { get; private set; } = null!;
    /// <summary>The 'extended' fixture: a taxonomy and fields declared in its site.yml only.</summary>
    public SiteServer Extended { get; private set; } = null!;
    /// <summary>The 'kinds' fixture: a kind of entry (publikace) declared in its site.yml only.</summary>
    public SiteServer Kinds { get; private set; } = null!;
    /// <summary>The 'english' fixture: a microsite with its own 'languages: [cs, en]' (konference-b/en/), served from the output's root.</summary>
    public SiteServer English { get; private set; } = null!;
    public string EnglishOutput => Output + "-english";
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        var result = new SiteGenerator(new BuildOptions { SourceDirectory = RepositoryRoot, OutputDirectory = Output, Now = Now }).Generate();
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        SiteWriter.Write(Output, result.Files);

        var largeSource = Path.Combine(Output + "-large", "source");
        var largeOutput = Path.Combine(Output + "-large", "output");
        LargeCatalogue.Write(largeSource);
        // The copy's photos are the sample's: encoded once, in the repository's own image cache.
        var large = new SiteGenerator(new BuildOptions
        {
            SourceDirectory = largeSource, OutputDirectory = largeOutput, Now = Now, ImageCacheDirectory = Path.Combine(RepositoryRoot, ".image-cache"),
        }).Generate();
        if (!large.Succeeded) throw new InvalidOperationException(string.Join("\n", large.Diagnostics.Select(d => d.Format())));
        SiteWriter.Write(largeOutput, large.Files);

        var extendedOutput = Path.Combine(Output + "-extended");
        var extended = new SiteGenerator(new BuildOptions
        {
            SourceDirectory = Path.Combine(RepositoryRoot, "tests/Generator.Tests/Fixtures/sites/extended"), OutputDirectory = extendedOutput, Now = Now,
        }).Generate();
        if (!extended.Succeeded) throw new InvalidOperationException(string.Join("\n", extended.Diagnostics.Select(d => d.Format())));
        SiteWriter.Write(extendedOutput, extended.Files);

        var kindsOutput = Path.Combine(Output + "-kinds");
        var kinds = new SiteGenerator(new BuildOptions
        {
            SourceDirectory = Path.Combine(RepositoryRoot, "tests/Generator.Tests/Fixtures/sites/kinds"), OutputDirectory = kindsOutput, Now = Now,
        }).Generate();
        if (!kinds.Succeeded) throw new InvalidOperationException(string.Join("\n", kinds.Diagnostics.Select(d => d.Format())));
        SiteWriter.Write(kindsOutput, kinds.Files);

        var english = new SiteGenerator(new BuildOptions
        {
            SourceDirectory = Path.Combine(RepositoryRoot, "tests/Generator.Tests/Fixtures/sites/english"), OutputDirectory = EnglishOutput, Now = Now,
        }).Generate();
        if (!english.Succeeded) throw new InvalidOperationException(string.Join("\n", english.Diagnostics.Select(d => d.Format())));
        SiteWriter.Write(EnglishOutput, english.Files);

        Main = await SiteServer.StartAsync(Output);
        English = await SiteServer.StartAsync(EnglishOutput);
        Kinds = await SiteServer.StartAsync(kindsOutput);
        Extended = await SiteServer.StartAsync(extendedOutput);
        Large = await SiteServer.StartAsync(largeOutput);
        Conference = await SiteServer.StartAsync(Path.Combine(Output, Microsite));
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does, or set CHROMIUM_PATH.");
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // This machine has no network but loopback: keep Chromium from trying to reach anything else.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (Main is not null) await Main.DisposeAsync();
        if (Conference is not null) await Conference.DisposeAsync();
        if (Large is not null) await Large.DisposeAsync();
        if (Extended is not null) await Extended.DisposeAsync();
        if (Kinds is not null) await Kinds.DisposeAsync();
        if (English is not null) await English.DisposeAsync();
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
        if (Directory.Exists(Output + "-large")) Directory.Delete(Output + "-large", recursive: true);
        if (Directory.Exists(Output + "-extended")) Directory.Delete(Output + "-extended", recursive: true);
        if (Directory.Exists(Output + "-kinds")) Directory.Delete(Output + "-kinds", recursive: true);
        if (Directory.Exists(EnglishOutput)) Directory.Delete(EnglishOutput, recursive: true);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DobraPraxe.slnx"))) return dir.FullName;
        throw new InvalidOperationException("DobraPraxe.slnx not found above the test assembly");
    }
}

[CollectionDefinition(nameof(BrowserFixture))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
