namespace DobraPraxe.Generator.Cli;

/// <summary>A parsed command line: the command and its options, all as given or defaulted.</summary>
public sealed record CommandLineOptions
{
    public required string Command { get; init; }
    public string? Source { get; init; }
    public string? Output { get; init; }
    public Uri? BaseUrl { get; init; }
    public bool Drafts { get; init; }
    public DateTimeOffset? Now { get; init; }
    public bool Verbose { get; init; }
    public int Port { get; init; } = 8080;
    /// <summary>--no-spelling: check and serve skip the Czech spelling check.</summary>
    public bool NoSpelling { get; init; }
    /// <summary>--since REF: check reports every published address lost since that git commit.</summary>
    public string? Since { get; init; }

    /// <summary>--external: check also asks every outside link whether it still works (see ExternalLinks/).</summary>
    public bool External { get; init; }
    /// <summary>For 'new': what to create (practice, event) and its slug.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];
}
