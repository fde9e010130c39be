namespace DobraPraxe.Generator.ExternalLinks;

/// <summary>How `check --external` asks other sites: politely (few requests at a time per host), briefly, and rarely (a cache).</summary>
public sealed record ExternalLinkSettings
{
    /// <summary>Where verdicts are kept between runs; null keeps none.</summary>
    public string? CacheFile { get; init; }

    /// <summary>
    /// How long a good answer stays good. A weekly run asks again only about older ones; each address's age limit is
    /// spread over ±25 % of this (by its hash), so the links checked in one run do not all fall due in the same week.
    /// </summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(28);

    /// <summary>One request's limit, from sending to the answer's headers.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Requests at a time to one host, and in all.</summary>
    public int PerHost { get; init; } = 2;
    public int Overall { get; init; } = 8;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>The wait before the one retry of an answer that may pass (a 5xx, 408, a timeout).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Who is asking, with the address of the site the links are on.</summary>
    public static string UserAgentFor(Uri site) =>
        $"DobraPraxe-link-check/1.0 (+{site.AbsoluteUri}; link check of the good-practice catalogue of the Czech Healthy Cities Network)";

    /// <summary>The cache beside content/, as the image cache is (<c>.image-cache/</c>).</summary>
    public static ExternalLinkSettings Beside(string sourceDirectory) =>
        new() { CacheFile = Path.Combine(sourceDirectory, CacheFolder, "external-links.json") };

    public const string CacheFolder = ".link-cache";
}
