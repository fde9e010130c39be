using System.Collections.Concurrent;

namespace DobraPraxe.Generator.Output;

/// <summary>
/// Writes each file into a staging folder beside the output the moment it is made, keeping only its path, and swaps
/// the folder in on <see cref="Commit"/> — so readers and a failed build never see half a site, files no longer produced
/// vanish, and a build's memory does not grow with its output. Disposed without a commit (content errors, a crash),
/// the staging folder is deleted and the previous site stays exactly as it was.
/// </summary>
public sealed class StagingSink : OutputSink, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string _previous;
    private readonly Lazy<string> _root;
    // Each folder made once; a Lazy, so that a second thread writing into it waits until it exists.
    private readonly ConcurrentDictionary<string, Lazy<string>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _paths = new();
    private Exception? _failure;
    private bool _committed;

    public StagingSink(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output)!;
        var name = Path.GetFileName(_output);
        _staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        _previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        // Made by the first file, so that a build that fails before writing anything touches nothing on disk.
        _root = new Lazy<string>(() =>
        {
            Directory.CreateDirectory(parent);
            DeleteIfExists(_staging);
            Directory.CreateDirectory(_staging);
            return _staging;
        });
    }

    public override void Add(OutputFile file)
    {
        _paths.Enqueue(file.Path);
        if (Volatile.Read(ref _failure) is not null) return;
        try
        {
            var target = Resolve(_root.Value, file.Path);
            var folder = Path.GetDirectoryName(target)!;
            _ = _folders.GetOrAdd(folder, f => new Lazy<string>(() => Directory.CreateDirectory(f).FullName)).Value;
            if (file.Content is not null) File.WriteAllBytes(target, file.Content);
            else File.Copy(file.CopyFrom!, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk or a missing media file: the build goes on to report every content problem; Commit reports this.
            Interlocked.CompareExchange(ref _failure, e, null);
        }
    }

    public override IReadOnlyList<OutputFile> Files => [.. _paths.Order(StringComparer.Ordinal).Select(OutputFile.Written)];

    /// <summary>Swaps the staged site in place of the output folder; throws <see cref="IOException"/> if a file could not be written.</summary>
    public void Commit()
    {
        try
        {
            if (_failure is { } failure) throw new IOException(failure.Message, failure);
            var staged = _root.Value;
            DeleteIfExists(_previous);
            if (Directory.Exists(_output)) Directory.Move(_output, _previous);
            Directory.Move(staged, _output);
            _committed = true;
            DeleteIfExists(_previous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Put the previous site back if the swap got halfway.
            if (!Directory.Exists(_output) && Directory.Exists(_previous)) Directory.Move(_previous, _output);
            throw e as IOException ?? new IOException(e.Message, e);
        }
    }

    public void Dispose()
    {
        if (!_committed && _root.IsValueCreated) DeleteIfExists(_staging);
    }

    /// <summary>The file's place under <paramref name="root"/>; a path that would leave it is a bug upstream.</summary>
    private static string Resolve(string root, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"output path '{relativePath}' leaves the output folder");
        return full;
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
