namespace DobraPraxe.Generator.Loading;

/// <summary>A content file read as text. <see cref="Path"/> is relative to the source root, with forward slashes.</summary>
public sealed record SourceFile(string Path, string Text);
