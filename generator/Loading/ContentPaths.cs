namespace DobraPraxe.Generator.Loading;

/// <summary>Keeps the build inside content/: a symbolic link may not lead out of it.</summary>
public static class ContentPaths
{
    /// <summary>True when <paramref name="file"/>, with every link on its way resolved, lies inside <paramref name="contentRoot"/>.</summary>
    public static bool IsInside(FileSystemInfo file, string contentRoot)
    {
        var root = Resolve(new DirectoryInfo(contentRoot)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Resolve(file).StartsWith(root, StringComparison.Ordinal);
    }

    // The real path: each link in the chain of folders and the file itself followed to its final target.
    private static string Resolve(FileSystemInfo item)
    {
        var parent = item is FileInfo f ? f.Directory : ((DirectoryInfo)item).Parent;
        var resolvedParent = parent is null ? "" : Resolve(parent);
        var path = parent is null ? item.FullName : Path.Combine(resolvedParent, item.Name);
        var info = item is FileInfo ? (FileSystemInfo)new FileInfo(path) : new DirectoryInfo(path);
        return info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path;
    }
}
