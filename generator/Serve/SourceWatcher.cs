namespace DobraPraxe.Generator.Serve;

/// <summary>Watches content/ and themes/ and calls back once a burst of changes has settled (editors save several files at once).</summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(80);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Action _changed;

    public SourceWatcher(string sourceDirectory, Action changed)
    {
        _changed = changed;
        _timer = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in new[] { "content", "themes" }.Select(f => Path.Combine(sourceDirectory, f)).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e) => _timer.Change(Settle, Timeout.InfiniteTimeSpan);

    private void Fire()
    {
        try
        {
            _changed();
        }
        catch (Exception e)
        {
            // A bug must not stop the preview; the next save tries again.
            Console.Error.WriteLine($"internal error while rebuilding: {e}");
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
