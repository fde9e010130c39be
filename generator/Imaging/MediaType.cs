namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// One allowed type of media file: its extensions, what it is, and the bytes its content starts with
/// (a file whose content is another format than its name says is an error).
/// </summary>
public sealed record MediaType(string Name, MediaKind Kind, IReadOnlyList<string> Extensions, Func<ReadOnlyMemory<byte>, bool> Matches)
{
    public bool IsRaster => Kind == MediaKind.Raster;

    /// <summary>A bound of its own below the site's 'media: max_file_mb' (captions: no real subtitles come near it); null for none.</summary>
    public long? MaxBytes { get; init; }

    /// <summary>
    /// Whether its problems are reported where a page names it (a photo, a video, captions: the line shows what breaks)
    /// rather than at the file alone.
    /// </summary>
    public bool ReportedAtUse => Kind is MediaKind.Raster or MediaKind.Video or MediaKind.Captions;
}
