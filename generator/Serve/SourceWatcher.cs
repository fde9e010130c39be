namespace DobraPraxe.Generator.Serve;

/// <summary>Watches content/ and themes/ and calls back once a burst of changes has settled (editors save several files at once).</summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(80);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Action<IReadOnlyList<string>> _changed;
    private readonly string _root;
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    /// <param name="changed">Called with the changed paths, relative to <paramref name="sourceDirectory"/> with forward slashes.</param>
    public SourceWatcher(string sourceDirectory, Action<IReadOnlyList<string>> changed)
    {
        _changed = changed;
        _root = Path.GetFullPath(sourceDirectory);
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

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        lock (_pending)
        {
            _pending.Add(Path.GetRelativePath(_root, e.FullPath).Replace('\\', '/'));
            if (e is RenamedEventArgs renamed) _pending.Add(Path.GetRelativePath(_root, renamed.OldFullPath).Replace('\\', '/'));
        }
        _timer.Change(Settle, Timeout.InfiniteTimeSpan);
    }

    private void Fire()
    {
        string[] paths;
        lock (_pending)
        {
            paths = [.. _pending.Order(StringComparer.Ordinal)];
            _pending.Clear();
        }
        try
        {
            _changed(paths);
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
