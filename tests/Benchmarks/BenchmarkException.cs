namespace DobraPraxe.Benchmarks;

/// <summary>A failure the benchmark explains in one message (missing tool, failed build, a folder it will not overwrite), as opposed to a bug in it.</summary>
public sealed class BenchmarkException(string message) : Exception(message);
