namespace DobraPraxe.Generator.Output;

/// <summary>Keeps only the paths: for `check`, which builds everything to validate it and writes nothing.</summary>
public sealed class DiscardSink : OutputSink
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _paths = new();

    public override void Add(OutputFile file) => _paths.Enqueue(file.Path);

    public override IReadOnlyList<OutputFile> Files => [.. _paths.Order(StringComparer.Ordinal).Select(OutputFile.Written)];
}
