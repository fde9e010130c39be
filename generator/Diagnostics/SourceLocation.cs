namespace DobraPraxe.Generator.Diagnostics;

/// <summary>A place in a source file: path relative to the source root (forward slashes), 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The file as a whole, when no better position is known.</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
