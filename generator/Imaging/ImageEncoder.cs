using System.Collections.Immutable;
using NetVips;
using VipsImage = NetVips.Image;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// Decodes one photo with libvips (through NetVips) and encodes its variants. The EXIF orientation is applied,
/// colour is converted to sRGB from the embedded profile, and nothing else of the source survives: no EXIF,
/// GPS, XMP, IPTC or ICC data unless the settings keep it. An animated GIF becomes its first frame.
/// </summary>
public static class ImageEncoder
{
    public static string LibraryVersion { get; } = $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";

    static ImageEncoder()
    {
        // Photos are encoded two at a time (one per core); each encoder then works single-threaded,
        // which also keeps every encoder's output the same from run to run.
        NetVips.NetVips.Concurrency = 1;
        // libvips would keep decoded images of earlier operations; a build handles each photo once.
        Cache.Max = 0;
    }

    /// <summary>The problem that makes the bytes unpublishable (corrupt, truncated, a bomb), or null.</summary>
    public static string? Probe(byte[] bytes)
    {
        try
        {
            using var header = VipsImage.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            long pixels = (long)header.Width * header.Height;
            if (pixels > ImageSettings.MaxPixels)
                return $"the image is {header.Width} × {header.Height} px ({pixels / 1_000_000.0:0.#} megapixels); at most {ImageSettings.MaxPixels / 1_000_000} megapixels are allowed";
            if (pixels >= ImageSettings.BombCheckFromPixels && pixels > ImageSettings.MaxPixelsPerByte * bytes.Length)
                return $"the image says it is {header.Width} × {header.Height} px, far more than {bytes.Length} bytes can hold: a damaged file or a decompression bomb";
            // Every pixel decoded once at full size, failing on the decoder's first complaint: libjpeg only warns about
            // corrupt data ("bad Huffman code") and truncation, and would otherwise publish grey smears. The shrinking
            // decode in Encode does not see a truncated end; this pass costs ~0.2 s of a photo's ~3 s.
            using var full = VipsImage.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Warning);
            _ = full.Avg();
            return null;
        }
        catch (VipsException e)
        {
            return Unreadable(e);
        }
    }

    /// <summary>Encodes every variant; a problem (say, a JPEG truncated in the middle) comes back in words instead.</summary>
    public static (EncodedImage? Image, IReadOnlyList<byte[]> Bytes, string? Problem) Encode(byte[] bytes, MediaType type, ImageSettings settings)
    {
        try
        {
            return Run(bytes, type, settings);
        }
        catch (VipsException e)
        {
            return (null, [], Unreadable(e));
        }
    }

    private static (EncodedImage?, IReadOnlyList<byte[]>, string?) Run(byte[] bytes, MediaType type, ImageSettings settings)
    {
        bool animated;
        using (var header = VipsImage.NewFromBuffer(bytes, failOn: Enums.FailOn.Error))
            animated = header.Contains("n-pages") && header.Get("n-pages") is int pages && pages > 1;

        var largest = settings.Widths.Max();
        // thumbnail applies the EXIF orientation and converts to sRGB; copying to memory decodes every pixel,
        // so a file damaged in a way Probe missed fails here and not half-way through the variants.
        using var decoded = VipsImage.ThumbnailBuffer(bytes, largest, height: 100_000, size: Enums.Size.Down, failOn: Enums.FailOn.Warning, outputProfile: "srgb");
        using var big = ToSrgb(decoded).CopyMemory();
        var alpha = big.HasAlpha();
        var fallback = alpha || type.Name is "PNG" or "GIF" ? ImageFormat.Png : ImageFormat.Jpeg;
        var keep = settings.KeepMetadata ? Enums.ForeignKeep.Exif | Enums.ForeignKeep.Xmp | Enums.ForeignKeep.Iptc : Enums.ForeignKeep.None;

        var files = ImmutableArray.CreateBuilder<EncodedFile>();
        var data = new List<byte[]>();
        void Add(string name, string role, ImageFormat format, VipsImage image, byte[] encoded)
        {
            files.Add(new EncodedFile(name, role, format.Name, image.Width, image.Height));
            data.Add(encoded);
        }

        var widths = settings.Widths.Where(w => w < big.Width).Append(big.Width).Distinct().Order().ToList();
        foreach (var width in widths)
        {
            using var variant = width == big.Width ? big.Copy() : big.Resize((double)width / big.Width, kernel: Enums.Kernel.Lanczos3);
            foreach (var format in new[] { ImageFormat.Avif, ImageFormat.Webp, fallback })
                Add($"{width}{format.Extension}", "entry", format, variant, Save(variant, format, settings, keep));
            if (width == big.Width)
            {
                var own = OwnFormat(type);
                Add($"original{own.Extension}", "original", own, variant, Save(variant, own, settings, keep));
            }
        }

        // A small source gives fewer card sizes: each must be a different width for srcset.
        var cards = settings.CardWidths.Select(c => Fit(big, c, ImageSettings.CardAspectWidth, ImageSettings.CardAspectHeight)).Distinct();
        foreach (var (w, h) in cards)
        {
            var cardWidth = w;
            using var card = big.ThumbnailImage(w, height: h, crop: Enums.Interesting.Centre, size: Enums.Size.Down);
            foreach (var format in new[] { ImageFormat.Avif, ImageFormat.Webp, fallback })
                Add($"card-{cardWidth}{format.Extension}", "card", format, card, Save(card, format, settings, keep));
        }

        var (ow, oh) = Fit(big, ImageSettings.OgWidth, ImageSettings.OgWidth, ImageSettings.OgHeight);
        using (var og = big.ThumbnailImage(ow, height: oh, crop: Enums.Interesting.Centre, size: Enums.Size.Down))
            Add("og.jpg", "og", ImageFormat.Jpeg, og, Save(og, ImageFormat.Jpeg, settings, keep));

        return (new EncodedImage(big.Width, big.Height, fallback.Name, animated, files.ToImmutable()), data, null);
    }

    /// <summary>The largest crop of <paramref name="aspectW"/> : <paramref name="aspectH"/> at most <paramref name="width"/> wide that the image holds without upscaling.</summary>
    private static (int Width, int Height) Fit(VipsImage image, int width, int aspectW, int aspectH)
    {
        var w = Math.Min(width, Math.Min(image.Width, image.Height * aspectW / aspectH));
        return (Math.Max(1, w), Math.Max(1, (int)Math.Round((double)w * aspectH / aspectW)));
    }

    private static VipsImage ToSrgb(VipsImage image)
    {
        var srgb = image.Interpretation == Enums.Interpretation.Srgb && image.Format == Enums.BandFormat.Uchar ? image : image.Colourspace(Enums.Interpretation.Srgb);
        return srgb.Format == Enums.BandFormat.Uchar ? srgb : srgb.Cast(Enums.BandFormat.Uchar);
    }

    private static ImageFormat OwnFormat(MediaType type) => type.Name switch
    {
        "PNG" => ImageFormat.Png,
        "GIF" => ImageFormat.Gif,
        "WebP" => ImageFormat.Webp,
        "AVIF" => ImageFormat.Avif,
        _ => ImageFormat.Jpeg,
    };

    private static byte[] Save(VipsImage image, ImageFormat format, ImageSettings s, Enums.ForeignKeep keep)
    {
        if (format == ImageFormat.Avif)
            return image.HeifsaveBuffer(q: s.AvifQuality, compression: Enums.ForeignHeifCompression.Av1, effort: s.AvifEffort, keep: keep);
        if (format == ImageFormat.Webp)
            return image.WebpsaveBuffer(q: s.WebpQuality, effort: 4, keep: keep);
        if (format == ImageFormat.Png)
            return image.PngsaveBuffer(compression: 9, keep: keep);
        if (format == ImageFormat.Gif)
            return image.GifsaveBuffer(keep: keep);
        using var flat = image.HasAlpha() ? image.Flatten(background: [255, 255, 255]) : image.Copy();
        return flat.JpegsaveBuffer(q: s.JpegQuality, optimizeCoding: true, interlace: true, keep: keep);
    }

    private static string Unreadable(VipsException e)
    {
        // libvips says "unable to call …" first; the line after names what is wrong with the file.
        var detail = e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            // A truncated file may also report the read past its end ("source: bad seek to …"): the loader's line says more.
            .Where(l => !l.StartsWith("unable to call", StringComparison.Ordinal) && !l.Contains("error in tile", StringComparison.Ordinal)
                && !l.StartsWith("source: bad seek", StringComparison.Ordinal) && !l.Contains("is not a known file format", StringComparison.Ordinal))
            .Select(l => l.Replace("VipsJpeg: ", "").Replace("VipsForeignLoad: ", "").Replace("memory area", "file").TrimEnd('.'))
            .FirstOrDefault(l => l.Length > 0);
        return detail is null ? "the image cannot be read: it is damaged or not a picture" : $"the image cannot be read: it is damaged ({detail})";
    }
}
