using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.PostProcessing;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>The outcome of generating a site: every file it would write, and every problem found.</summary>
public sealed record BuildResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<ProcessedPage> Pages, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<StageTiming> Timings)
{
    /// <summary>What a successful build made on the way, for redoing a single entry without a full build (serve).</summary>
    public BuildState? State { get; init; }

    /// <summary>How many pages an incremental rebuild (<see cref="SiteGenerator.Update"/>) rendered again; null for a full build.</summary>
    public int? Rendered { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}

/// <param name="HeapBytes">The garbage-collected heap after the stage (what the stages before it still hold, and garbage).</param>
/// <param name="PeakBytes">The process's peak resident memory so far: the stage that raises it is where memory goes.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long HeapBytes = 0, long PeakBytes = 0)
{
    /// <summary>The processor time of the whole process meanwhile, on all cores: over <see cref="Elapsed"/>, how many cores the stage kept busy.</summary>
    public TimeSpan Processor { get; init; }

    /// <summary>
    /// How many cores the stage kept busy on average: well below the machine's count, it ran on one thread somewhere.
    /// At most the machine's count: the process's CPU time also holds the JIT's and the collector's threads, and is
    /// counted in ticks of 10 ms, so a stage of a few milliseconds would otherwise read as 10 cores or more.
    /// </summary>
    public double Cores => Elapsed > TimeSpan.Zero ? Math.Min(Processor / Elapsed, Environment.ProcessorCount) : 0;
}
