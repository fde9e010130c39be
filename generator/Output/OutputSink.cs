namespace DobraPraxe.Generator.Output;

/// <summary>
/// Where the build puts each file as soon as it is made, so that a large site's pages need not all wait in memory
/// for the end (issue 18): <see cref="StagingSink"/> writes them into the staging folder of an atomic swap,
/// <see cref="MemorySink"/> keeps them (serve, tests). Safe to add to from parallel stages.
/// </summary>
public abstract class OutputSink
{
    /// <summary>Takes the file; a sink may write it and keep only its path.</summary>
    public abstract void Add(OutputFile file);

    /// <summary>Every file added, ordered by path: with its bytes from a <see cref="MemorySink"/>, path only from a <see cref="StagingSink"/>.</summary>
    public abstract IReadOnlyList<OutputFile> Files { get; }
}
