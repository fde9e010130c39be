namespace DobraPraxe.Generator.Output;

/// <summary>
/// A file of the built site: its path relative to the output root (forward slashes) and its bytes, or the file to copy
/// them from — or neither, when a <see cref="StagingSink"/> has written it already and kept only its path.
/// </summary>
public sealed record OutputFile(string Path, byte[]? Content, string? CopyFrom = null)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
    public static OutputFile Copy(string path, string from) => new(path, null, from);
    /// <summary>A file already written to the staging folder; its bytes are not kept.</summary>
    public static OutputFile Written(string path) => new(path, null);
}
