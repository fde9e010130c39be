namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// One allowed type of media file: its extensions, what it is, and the bytes its content starts with
/// (a file whose content is another format than its name says is an error).
/// </summary>
public sealed record MediaType(string Name, MediaKind Kind, IReadOnlyList<string> Extensions, Func<ReadOnlyMemory<byte>, bool> Matches)
{
    public bool IsRaster => Kind == MediaKind.Raster;
}
