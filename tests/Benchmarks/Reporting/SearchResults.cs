using System.Text.Json;

namespace DobraPraxe.Benchmarks.Reporting;

/// <summary>
/// What the search benchmark measured in Chromium (tests/Browser.Tests/SearchBenchmark.cs writes this file when
/// SEARCH_BENCH_RESULTS names it): per built site, encoding and query, the bytes the first query transferred and how
/// long its results took. 'report' draws bytes per query from it.
/// </summary>
public sealed record SearchResults(int Format, string Date, string Commit, IReadOnlyList<QueryMeasurement> Queries)
{
    public const int CurrentFormat = 2;

    public static SearchResults Read(string file) =>
        JsonSerializer.Deserialize<SearchResults>(File.ReadAllText(file), RunResults.Json) is { Format: CurrentFormat } results ? results
            : throw new BenchmarkException($"{file} is not a search results file of format {CurrentFormat}");
}

/// <summary>One query on one site, median of the benchmark's runs (min and max beside it).</summary>
/// <param name="Site">The site's name given to the benchmark (e.g. "long 10,000").</param>
/// <param name="Documents">The site's search documents (its manifest's count): the size of the catalogue.</param>
/// <param name="Encoding">"gzip", or "br" where a file has a .br sibling (sites built before decision 25).</param>
/// <param name="Bytes">Everything the page and its query transferred, compressed (Resource Timing's encodedBodySize).</param>
/// <param name="FirstResultsMs">From the load event to the first results shown.</param>
/// <param name="CompleteMs">From the load event to the whole batch of 50 and its count.</param>
/// <param name="Waves">Dependent fetches after the page before the first results, on a server that answers with a long latency.</param>
public sealed record QueryMeasurement(
    string Site,
    int Documents,
    string Encoding,
    string Query,
    int Results,
    int Requests,
    double Bytes,
    double BytesMin,
    double BytesMax,
    double FirstResultsMs,
    double CompleteMs,
    int? Waves);
