using System.Collections.Concurrent;

namespace DobraPraxe.Generator.Output;

/// <summary>Keeps every file with its bytes: for the preview server, which serves from memory, and for tests.</summary>
public sealed class MemorySink : OutputSink
{
    private readonly ConcurrentQueue<OutputFile> _files = new();

    public override void Add(OutputFile file) => _files.Enqueue(file);

    public override IReadOnlyList<OutputFile> Files => [.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)];
}
