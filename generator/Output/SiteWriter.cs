namespace DobraPraxe.Generator.Output;

/// <summary>
/// Writes a whole site into a staging folder beside the output and swaps it in only when every file
/// is written, so readers and a failed build never see half a site, and files no longer produced vanish.
/// </summary>
public static class SiteWriter
{
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");

        DeleteIfExists(staging);
        try
        {
            foreach (var folder in files.Select(f => Path.GetDirectoryName(Resolve(staging, f.Path))!).Distinct())
                Directory.CreateDirectory(folder);
            Parallel.ForEach(files, file =>
            {
                var target = Resolve(staging, file.Path);
                if (file.Content is not null) File.WriteAllBytes(target, file.Content);
                else File.Copy(file.CopyFrom!, target);
            });

            DeleteIfExists(previous);
            if (Directory.Exists(output)) Directory.Move(output, previous);
            Directory.Move(staging, output);
            DeleteIfExists(previous);
        }
        catch (Exception e)
        {
            // Put the previous site back if the swap got halfway.
            if (!Directory.Exists(output) && Directory.Exists(previous)) Directory.Move(previous, output);
            DeleteIfExists(staging);
            // Parallel writes wrap the real cause; callers report I/O problems, so surface it.
            if (e is AggregateException { InnerException: IOException or UnauthorizedAccessException } aggregate)
                throw new IOException(aggregate.InnerException!.Message, aggregate.InnerException);
            throw;
        }
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
