using System.Text.Json;

namespace DobraPraxe.Browser.Tests;

/// <summary>
/// The search benchmark's figures as a file, when SEARCH_BENCH_RESULTS names one: the input of the benchmark's 'report'
/// (tests/Benchmarks/Reporting/SearchResults.cs reads this shape) for docs/performance.md's bytes per query.
/// </summary>
internal sealed class SearchBenchResults
{
    private readonly List<Row> _queries = [];

    public static string? File => Environment.GetEnvironmentVariable("SEARCH_BENCH_RESULTS") is { Length: > 0 } file ? file : null;

    /// <summary>One query on one site: medians of its runs, bytes' spread beside them.</summary>
    /// <param name="site">The site's name in SEARCH_BENCH_SITE (name=path), or its folder's name.</param>
    public void Add(string site, string siteRoot, bool brotli, string query, int results, int requests, IReadOnlyList<double> bytes, double firstMs, double completeMs) =>
        _queries.Add(new Row(site, Documents(siteRoot), brotli ? "br" : "gzip", query, results, requests, bytes[bytes.Count / 2], bytes[0], bytes[^1],
            Math.Round(firstMs, 1), Math.Round(completeMs, 1)));

    /// <summary>The dependent fetches after the page before the query's first results (the round-trip measurement), on every encoding's row.</summary>
    public void SetWaves(string site, string query, int waves)
    {
        foreach (var q in _queries.Where(q => q.Site == site && q.Query == query)) q.Waves = waves;
    }

    private sealed record Row(string Site, int Documents, string Encoding, string Query, int Results, int Requests, double Bytes, double BytesMin, double BytesMax,
        double FirstResultsMs, double CompleteMs)
    {
        public int? Waves { get; set; }
    }

    public void Save()
    {
        if (File is not { } file) return;
        var document = new { format = 2, date = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), commit = Commit(), queries = _queries };
        System.IO.File.WriteAllText(file, JsonSerializer.Serialize(document, new JsonSerializerOptions
        {
            WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        }) + "\n");
    }

    // The catalogue's size: the search documents its manifest counts.
    private static int Documents(string siteRoot)
    {
        using var manifest = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(siteRoot, "search", "manifest.json")));
        return manifest.RootElement.GetProperty("documents").GetInt32();
    }

    private static string Commit()
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["rev-parse", "HEAD"]) { RedirectStandardOutput = true })!;
            var head = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? head : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
