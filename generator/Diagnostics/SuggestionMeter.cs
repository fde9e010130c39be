namespace DobraPraxe.Generator.Diagnostics;

/// <summary>
/// Counts the edit distances did-you-mean computes within a scope (and the parallel work it starts), so tests can hold
/// the error path to a bound in operations rather than in wall-clock time, which is noisy on a shared machine.
/// </summary>
public sealed class SuggestionMeter : IDisposable
{
    private static readonly AsyncLocal<SuggestionMeter?> Active = new();
    private readonly SuggestionMeter? _outer;
    private long _distances;

    private SuggestionMeter()
    {
        _outer = Active.Value;
        Active.Value = this;
    }

    /// <summary>Starts counting on this flow of execution until disposed.</summary>
    public static SuggestionMeter Start() => new();

    /// <summary>Edit distances computed since <see cref="Start"/>.</summary>
    public long Distances => Interlocked.Read(ref _distances);

    internal static void CountDistance()
    {
        if (Active.Value is { } meter) Interlocked.Increment(ref meter._distances);
    }

    public void Dispose() => Active.Value = _outer;
}
