namespace DobraPraxe.Browser.Tests;

/// <summary>A fact that runs only when SEARCH_BENCH_SITE is set: measurements stay out of the normal test run.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("SEARCH_BENCH_SITE") is not { Length: > 0 })
            Skip = "a measurement: set SEARCH_BENCH_SITE to a built site (see docs/benchmarks.md)";
    }
}
