using System.Runtime;
using DobraPraxe.Generator.Serve;

namespace DobraPraxe.Generator.Tests.Serve;

/// <summary>serve's rebuild runs without collections and leaves the runtime as it found it (with no other test beside it).</summary>
[Collection(nameof(PreviewServerTests))]
public sealed class QuietRebuildTests
{
    [Fact]
    public void a_rebuild_that_fits_its_room_is_never_stopped_by_a_collection()
    {
        var mode = GCSettings.LatencyMode;
        var (before, during) = (GC.CollectionCount(0), 0);
        var kept = QuietRebuild.Run(() =>
        {
            // 200 MiB in small objects: several collections' worth of gen-0 budget.
            var list = new List<byte[]>();
            for (var i = 0; i < 200 * 1024; i++) list.Add(new byte[1024]);
            during = GC.CollectionCount(0) - before;
            return list.Count;
        });
        Assert.Equal(200 * 1024, kept);
        // Starting the region may count one collection of nothing; none happens after it.
        Assert.True(during <= 1, $"{during} collections during the rebuild");
        Assert.Equal(mode, GCSettings.LatencyMode);
    }

    [Fact]
    public void a_rebuild_that_throws_still_ends_the_region()
    {
        var mode = GCSettings.LatencyMode;
        Assert.Throws<InvalidDataException>(() => QuietRebuild.Run<int>(() => throw new InvalidDataException()));
        Assert.Equal(mode, GCSettings.LatencyMode);
        // And a region inside a region is no error: the inner rebuild runs as it would.
        Assert.Equal(7, QuietRebuild.Run(() => QuietRebuild.Run(() => 7)));
        Assert.Equal(mode, GCSettings.LatencyMode);
    }

    [Fact]
    public async Task the_idle_collection_waits_for_no_build_and_skips_a_running_one()
    {
        using var buildLock = new SemaphoreSlim(1, 1);
        await buildLock.WaitAsync();
        var before = GC.CollectionCount(2);
        QuietRebuild.CollectWhenIdle(buildLock, TimeSpan.Zero);
        await Task.Delay(500);
        // A build holds the lock: a collection now would end its region.
        Assert.Equal(before, GC.CollectionCount(2));
        buildLock.Release();

        QuietRebuild.CollectWhenIdle(buildLock, TimeSpan.Zero);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (GC.CollectionCount(2) == before && waited.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
        Assert.True(GC.CollectionCount(2) > before, "no collection while idle");
        // It gives the lock back.
        while (!buildLock.Wait(0) && waited.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(10);
        Assert.Equal(0, buildLock.CurrentCount);
    }
}
