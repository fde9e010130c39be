using System.Collections.Immutable;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// A photo of content/media/ as published: its variants for entries (every width in AVIF, WebP and the fallback),
/// the cropped card thumbnails and the Open Graph image. Each variant has its width and height, so a page reserves
/// the photo's space before it loads.
/// </summary>
public sealed record ImageSet
{
    /// <summary>JPEG, or PNG for sources with transparency or drawn in PNG/GIF.</summary>
    public required ImageFormat Fallback { get; init; }
    public required ImmutableArray<ImageVariant> Variants { get; init; }
    public required ImmutableArray<ImageVariant> Cards { get; init; }
    public required ImageVariant OpenGraph { get; init; }
    /// <summary>An animated GIF published as its first frame.</summary>
    public bool WasAnimated { get; init; }
}
