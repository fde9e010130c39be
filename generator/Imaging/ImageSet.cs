using System.Collections.Immutable;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// A photo of content/media/ as published: its variants for entries (every width in AVIF, WebP and the fallback),
/// the cropped card thumbnails and the Open Graph image. Width and height are the largest entry variant's,
/// so a page reserves the photo's space before it loads.
/// </summary>
public sealed record ImageSet
{
    /// <summary>The source, relative to content/ ("media/foto.jpg"); also the site path of its largest fallback variant.</summary>
    public required string Source { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    /// <summary>JPEG, or PNG for sources with transparency or drawn in PNG/GIF.</summary>
    public required ImageFormat Fallback { get; init; }
    public required ImmutableArray<ImageVariant> Variants { get; init; }
    public required ImmutableArray<ImageVariant> Cards { get; init; }
    public required ImageVariant OpenGraph { get; init; }
    /// <summary>An animated GIF published as its first frame.</summary>
    public bool WasAnimated { get; init; }
}
