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
    /// <summary>Room for what one rebuild allocates (the 10,000-entry corpus' rebuilds allocate at most 400 MiB), large objects included.</summary>
    public const long Budget = 1L << 30;

    /// <summary>Of <see cref="Budget"/>, the room for large objects (85,000 bytes and more: page tables, big arrays).</summary>
    public const long LargeObjects = 256L << 20;

    public static T Run<T>(Func<T> rebuild)
    {
        ArgumentNullException.ThrowIfNull(rebuild);
        var quiet = false;
        try
        {
            quiet = GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && GC.TryStartNoGCRegion(Budget, LargeObjects, disallowFullBlockingGC: true);
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
            if (quiet) End();
        }
    }

    /// <summary>
    /// Collects the last rebuild's garbage while nobody waits for it, so the next rebuild starts with room: after
    /// <paramref name="after"/>, unless a build holds <paramref name="buildLock"/> (a collection would end its region).
    /// </summary>
    public static void CollectWhenIdle(SemaphoreSlim buildLock, TimeSpan after)
    {
        ArgumentNullException.ThrowIfNull(buildLock);
        _ = Task.Run(async () =>
        {
            await Task.Delay(after).ConfigureAwait(false);
            if (!buildLock.Wait(0)) return;
            try
            {
                GC.Collect();
            }
            finally
            {
                buildLock.Release();
            }
        });
    }

    // The region ends by itself when its room runs out or something else collects; ending it then is no error here.
    private static void End()
    {
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
        }
    }
}
