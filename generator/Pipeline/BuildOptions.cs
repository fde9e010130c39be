namespace DobraPraxe.Generator.Pipeline;

/// <summary>What a build reads, where it writes, and the settings that override site.yml.</summary>
public sealed record BuildOptions
{
    /// <summary>The folder holding content/ (and optionally themes/).</summary>
    public required string SourceDirectory { get; init; }
    public required string OutputDirectory { get; init; }
    public Uri? BaseUrl { get; init; }
    public bool IncludeDrafts { get; init; }
    /// <summary>
    /// Set by the preview server: the main site is built for this address and each microsite for
    /// &lt;address&gt;/&lt;slug&gt;/, so every page works from one local server.
    /// </summary>
    public Uri? PreviewRoot { get; init; }

    /// <summary>Told when each stage ends, with its name and what it handled; for progress output.</summary>
    public Action<StageTiming>? StageDone { get; init; }

    /// <summary>Where encoded photos are kept between builds; null: <c>.image-cache/</c> beside content/ (see Imaging/ImageCache).</summary>
    public string? ImageCacheDirectory { get; init; }

    /// <summary>"Today" for future-dated entries and upcoming events; pinned in tests for reproducible output.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.Now;

    /// <summary>
    /// The web editor at /admin/: null follows site.yml ('editor:' publishes it); `serve` asks for the local one.
    /// </summary>
    public Editing.EditorMode? Editor { get; init; }

    /// <summary>
    /// Keep what an incremental rebuild needs (<see cref="IncrementalState"/>) in the result: `serve` sets it. It costs memory
    /// (every body's text, every page's reads of the model), so `build` does not.
    /// </summary>
    public bool KeepForUpdates { get; init; }

    /// <summary>
    /// Write a .gz beside each search file, for static hosts that serve them (<see cref="Search.Precompressed"/>).
    /// `serve` does not: it serves from memory over loopback and never sends them, and compressing every shard again
    /// after each saved edit was most of the search stage's time there.
    /// </summary>
    public bool Precompress { get; init; } = true;

    /// <summary>Czech spelling warnings (`check` and `serve`, unless --no-spelling).</summary>
    public bool CheckSpelling { get; init; }

    /// <summary>
    /// The process is this one build (the command line's build and check): a large build may then collect its garbage at
    /// the points where most of its heap dies (see SiteGenerator.ReleaseMemory). serve and the tests share a process
    /// between builds, where the heap is not this build's to judge.
    /// </summary>
    public bool OwnsProcess { get; init; }

    /// <summary>`check --external`: ask every http(s) link of the content whether it still works; null skips it.</summary>
    public ExternalLinks.ExternalLinkSettings? ExternalLinks { get; init; }
}
