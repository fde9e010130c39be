namespace DobraPraxe.Generator.Output;

/// <summary>
/// Writes a whole list of files as one site through a <see cref="StagingSink"/>: staged beside the output and swapped
/// in only when every file is written. (The build itself streams into a staging sink as it renders.)
/// </summary>
public static class SiteWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        using var staging = new StagingSink(outputDirectory);
        Parallel.ForEach(files, staging.Add);
        staging.Commit();
    }
}
