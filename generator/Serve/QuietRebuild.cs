using System.Runtime;

namespace DobraPraxe.Generator.Serve;

/// <summary>
/// serve's rebuild after an edit runs without garbage collections, and serve collects once the new site is served.
/// At 10,000 entries a rebuild allocates 230-400 MiB, and the two to four collections that would stop it cost
/// 220-370 ms of its 0.9-1.4 s: each one promotes the rebuild's new state, which is live. The runtime is asked for
/// that much room beforehand (a no-GC region, which takes under 2 ms when the last rebuild's garbage is collected);
/// a rebuild that needs more simply collects when the room runs out, as it would have anyway.
/// </summary>
public static class QuietRebuild
{
    /// <summary>Room for what one rebuild allocates (the 10,000-entry corpus' rebuilds allocate at most 400 MiB).</summary>
    public const long Budget = 1L << 30;

    public static T Run<T>(Func<T> rebuild)
    {
        ArgumentNullException.ThrowIfNull(rebuild);
        var quiet = false;
        try
        {
            quiet = GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && GC.TryStartNoGCRegion(Budget, disallowFullBlockingGC: true);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // The runtime cannot promise that much room here; the rebuild collects as it goes.
        }
        try
        {
            return rebuild();
        }
        finally
        {
            // The region ends by itself when the room ran out.
            if (quiet && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }

    /// <summary>Collects the last rebuild's garbage while nobody waits for it, so the next rebuild starts with room.</summary>
    public static void CollectWhenIdle(Func<bool> idle, TimeSpan after) => _ = Task.Run(async () =>
    {
        await Task.Delay(after).ConfigureAwait(false);
        if (idle()) GC.Collect();
    });
}
