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
}
