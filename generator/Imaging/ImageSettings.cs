using System.Collections.Immutable;
using System.Globalization;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// How photos become variants. Everything that changes a variant's bytes is in <see cref="Fingerprint"/>,
/// which is part of each cache key: change a setting and every photo is encoded again.
/// </summary>
public sealed record ImageSettings
{
    /// <summary>Widths of an entry's photos: a phone (≤ 480 CSS px at 1×), the column at 1.5–2×, a large screen at 2×; never upscaled.</summary>
    public ImmutableArray<int> Widths { get; init; } = [480, 960, 1600];
    /// <summary>Card thumbnails: 16 : 9 crops, at 1× and 2× of a card (cards are 19–28rem wide).</summary>
    public ImmutableArray<int> CardWidths { get; init; } = [400, 800];
    public const int CardAspectWidth = 16, CardAspectHeight = 9;
    /// <summary>Open Graph's recommended 1.91 : 1 image.</summary>
    public const int OgWidth = 1200, OgHeight = 630;
    public int JpegQuality { get; init; } = 80;
    public int WebpQuality { get; init; } = 76;
    public int AvifQuality { get; init; } = 52;
    /// <summary>
    /// AVIF encoder effort 0–9. Measured on a textured 1600 × 1200 photo at this quality: effort 2 took 1.3 s for
    /// 200 KiB, effort 4 14 s for 199 KiB; the effort bought nothing a reader would download less.
    /// </summary>
    public int AvifEffort { get; init; } = 2;
    /// <summary>Keep EXIF/XMP/IPTC in the variants (site.yml 'media: { keep_metadata: true }'); off: GPS and camera serials are private.</summary>
    public bool KeepMetadata { get; init; }
    /// <summary>Largest file content/media/ may hold (site.yml 'media: { max_file_mb: … }').</summary>
    public long MaxFileBytes { get; init; } = Schema.ContentSchema.MediaMaxFileMegabytes * 1024L * 1024L;
    /// <summary>A decompression bomb: more pixels than any camera photo the site needs would take gigabytes to decode.</summary>
    public const long MaxPixels = 50_000_000;
    /// <summary>
    /// Pixels per byte of file beyond which the declared size is a lie or a bomb (a flat 4000×3000 JPEG is ~60 px/byte,
    /// a flat PNG ~350); images under <see cref="BombCheckFromPixels"/> are never called bombs.
    /// </summary>
    public const double MaxPixelsPerByte = 2000;
    public const long BombCheckFromPixels = 4_000_000;

    /// <summary>
    /// The 'sizes' of an entry's photo, as laid out by themes/default/assets/css/site.css: the page's padding below
    /// 30rem and 52rem, then a column beside the 20rem facts panel, at most 44rem (.prose).
    /// </summary>
    public const string EntrySizes = "(max-width: 30rem) calc(100vw - 2rem), (max-width: 52rem) calc(100vw - 2.5rem), (max-width: 69rem) calc(100vw - 25rem), 44rem";
    /// <summary>A card's width in .card-grid: one column on phones, else about 22rem.</summary>
    public const string CardSizes = "(max-width: 30rem) calc(100vw - 2rem), 23rem";

    /// <summary>Bumped when the recipe in <see cref="ImageEncoder"/> changes in a way the settings do not show.</summary>
    private const int RecipeVersion = 1;

    /// <summary>The settings of a site: the defaults, with what its site.yml says under 'media:'.</summary>
    public static ImageSettings For(Model.SiteConfig site) =>
        new() { KeepMetadata = site.KeepImageMetadata, MaxFileBytes = site.MediaMaxFileMegabytes * 1024L * 1024L };

    public string Fingerprint => string.Join(';',
        $"recipe={RecipeVersion}", $"vips={ImageEncoder.LibraryVersion}", $"w={string.Join(',', Widths)}", $"card={string.Join(',', CardWidths)}",
        $"og={OgWidth}x{OgHeight}", $"q={JpegQuality},{WebpQuality},{AvifQuality},{AvifEffort}",
        $"keep={KeepMetadata.ToString(CultureInfo.InvariantCulture)}");
}
