using System.Text.RegularExpressions;
using DobraPraxe.Generator.Tests.Support;
using NetVips;

namespace DobraPraxe.Generator.Tests.Imaging;

/// <summary>Photos editors upload become responsive, private, deterministic variants, shown with &lt;picture&gt;.</summary>
public class PhotoVariantTests
{
    [Fact]
    public void a_photo_becomes_every_width_in_avif_webp_and_jpeg_never_upscaled()
    {
        using var site = new PhotoSite().WithEntry();
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DobraPraxe.Generator.Diagnostics.Severity.Error);
        var paths = result.Files.Select(f => f.Path).Where(p => p.StartsWith("media/zahrada", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([
            "media/zahrada-1600.avif", "media/zahrada-1600.jpg", "media/zahrada-1600.webp",
            "media/zahrada-480.avif", "media/zahrada-480.jpg", "media/zahrada-480.webp",
            "media/zahrada-960.avif", "media/zahrada-960.jpg", "media/zahrada-960.webp",
            "media/zahrada-card-400.avif", "media/zahrada-card-400.jpg", "media/zahrada-card-400.webp",
            "media/zahrada-card-800.avif", "media/zahrada-card-800.jpg", "media/zahrada-card-800.webp",
            "media/zahrada-og.jpg", "media/zahrada.jpg"], paths);
        using var large = Image.NewFromBuffer(PhotoSite.Bytes(result, "media/zahrada-1600.avif"));
        Assert.Equal((1600, 1200), (large.Width, large.Height));
        using var original = Image.NewFromBuffer(PhotoSite.Bytes(result, "media/zahrada.jpg"));
        Assert.Equal((1600, 1200), (original.Width, original.Height));
        using var og = Image.NewFromBuffer(PhotoSite.Bytes(result, "media/zahrada-og.jpg"));
        Assert.Equal((1200, 630), (og.Width, og.Height));
        using var card = Image.NewFromBuffer(PhotoSite.Bytes(result, "media/zahrada-card-400.webp"));
        Assert.Equal((400, 225), (card.Width, card.Height));
    }

    [Fact]
    public void a_small_photo_is_not_upscaled()
    {
        using var site = new PhotoSite();
        site.WriteBytes("content/media/mala.jpg", DobraPraxe.Benchmarks.Photos.PhotoMaker.Jpeg(3, 640, 480, orientation: 1));
        site.Tree.Write(PhotoSite.Entry, PhotoSite.FrontMatter + "images:\n  - { src: media/mala.jpg, alt: Malá fotka zahrady }\n---\nText.\n");
        var result = site.Build();
        var widths = result.Files.Select(f => f.Path).Where(p => p.StartsWith("media/mala-", StringComparison.Ordinal) && p.EndsWith(".avif", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["media/mala-480.avif", "media/mala-640.avif", "media/mala-card-400.avif", "media/mala-card-640.avif"], widths);
        using var og = Image.NewFromBuffer(PhotoSite.Bytes(result, "media/mala-og.jpg"));
        Assert.Equal((640, 336), (og.Width, og.Height));
    }

    [Fact]
    public void the_orientation_tag_is_applied_and_no_exif_or_gps_is_published()
    {
        using var site = new PhotoSite().WithEntry();
        var result = site.Build();
        foreach (var file in result.Files.Where(f => f.Path.StartsWith("media/zahrada", StringComparison.Ordinal)))
        {
            var bytes = PhotoSite.Bytes(result, file.Path);
            using var image = Image.NewFromBuffer(bytes);
            // Stored sideways (1500 × 2000) with orientation 6: published upright, landscape, the sky at the top.
            Assert.True(image.Width > image.Height, $"{file.Path} is {image.Width} × {image.Height}");
            Assert.True(image[2].Crop(0, 0, image.Width, 10).Avg() > image[2].Crop(0, image.Height - 10, image.Width, 10).Avg() + 60, $"{file.Path}: the sky is not at the top");
            var fields = image.GetFields();
            Assert.DoesNotContain(fields, f => f.StartsWith("exif", StringComparison.Ordinal) || f.Contains("gps", StringComparison.OrdinalIgnoreCase)
                || f is "xmp-data" or "iptc-data" or "icc-profile-data" or "orientation");
            Assert.DoesNotContain("DobraPraxe", System.Text.Encoding.Latin1.GetString(bytes));
            Assert.DoesNotContain("Exif\0", System.Text.Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public void a_site_may_keep_the_metadata()
    {
        using var site = new PhotoSite().WithEntry();
        site.Tree.Write("content/site.yml", File.ReadAllText(Path.Combine(site.Root, "content/site.yml")) + "media: { keep_metadata: true }\n");
        var result = site.Build();
        using var image = Image.NewFromBuffer(PhotoSite.Bytes(result, "media/zahrada-960.jpg"));
        Assert.Contains("exif-data", image.GetFields());
    }

    [Fact]
    public void the_entry_shows_its_photos_with_picture_srcset_sizes_and_reserved_space()
    {
        using var site = new PhotoSite().WithEntry();
        var result = site.Build();
        var page = Builds.Page(result, "praxe/foto/index.html");
        var pictures = Regex.Matches(page, "<picture>.*?</picture>").Select(m => m.Value).ToList();
        Assert.Equal(2, pictures.Count);
        Assert.Equal(
            "<picture><source type=\"image/avif\" srcset=\"/media/zahrada-480.avif 480w, /media/zahrada-960.avif 960w, /media/zahrada-1600.avif 1600w\" sizes=\"" + Generator.Imaging.ImageSettings.EntrySizes + "\">" +
            "<source type=\"image/webp\" srcset=\"/media/zahrada-480.webp 480w, /media/zahrada-960.webp 960w, /media/zahrada-1600.webp 1600w\" sizes=\"" + Generator.Imaging.ImageSettings.EntrySizes + "\">" +
            "<img src=\"/media/zahrada-960.jpg\" srcset=\"/media/zahrada-480.jpg 480w, /media/zahrada-960.jpg 960w, /media/zahrada-1600.jpg 1600w\" sizes=\"" + Generator.Imaging.ImageSettings.EntrySizes + "\" " +
            "width=\"1600\" height=\"1200\" alt=\"Sousedé u vyvýšených záhonů\" fetchpriority=\"high\"></picture>", pictures[0]);
        // The first photo of the page loads at once; the one in the text below it lazily.
        Assert.Contains("alt=\"Záhon s rajčaty\" loading=\"lazy\" decoding=\"async\"></picture>", pictures[1]);
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/media/zahrada-og.jpg\">", page);
        Assert.Contains("<meta property=\"og:image:width\" content=\"1200\">", page);
        Assert.Contains(result.Files, f => f.Path == "media/zahrada-og.jpg");
    }

    [Fact]
    public void cards_show_a_cropped_thumbnail_of_the_first_photo()
    {
        using var site = new PhotoSite().WithEntry();
        var result = site.Build();
        var list = Builds.Page(result, "praxe/index.html");
        Assert.Contains("<img class=\"card-image\" src=\"/media/zahrada-card-800.jpg\" srcset=\"/media/zahrada-card-400.jpg 400w, /media/zahrada-card-800.jpg 800w\" sizes=\"" +
            Generator.Imaging.ImageSettings.CardSizes + "\" width=\"800\" height=\"450\" alt=\"\" loading=\"lazy\" decoding=\"async\">", list);
    }

    [Fact]
    public void the_same_photo_and_settings_give_byte_identical_variants()
    {
        using var first = new PhotoSite(ownCache: true).WithEntry();
        using var second = new PhotoSite(ownCache: true).WithEntry();
        var a = first.Build();
        var b = second.Build();
        var variants = a.Files.Where(f => f.Path.StartsWith("media/zahrada", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        Assert.NotEmpty(variants);
        foreach (var path in variants) Assert.True(PhotoSite.Bytes(a, path).AsSpan().SequenceEqual(PhotoSite.Bytes(b, path)), path);
    }

    [Fact]
    public void a_warm_rebuild_takes_every_variant_from_the_cache()
    {
        using var site = new PhotoSite(ownCache: true).WithEntry();
        site.Build();
        var entries = Directory.GetFiles(site.CacheFolder, "manifest.json", SearchOption.AllDirectories);
        // Two files of the same content are one cache entry.
        Assert.Single(entries);
        var stamp = File.GetLastWriteTimeUtc(entries[0]);
        var warm = site.Build();
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(entries[0]));
        Assert.All(warm.Files.Where(f => f.Path.StartsWith("media/zah", StringComparison.Ordinal)), f => Assert.StartsWith(site.CacheFolder, f.CopyFrom));
    }

    [Fact]
    public void a_warm_rebuild_knows_an_unchanged_photo_by_its_size_and_time_without_reading_it()
    {
        using var site = new PhotoSite(ownCache: true).WithEntry();
        var photo = Path.Combine(site.Root, "content/media/zahrada.jpg");
        var then = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(photo, then);
        var cold = PhotoSite.Bytes(site.Build(), "media/zahrada-480.avif");

        // The same size and time with other bytes: taken for the photo it was, so its bytes were not read.
        File.WriteAllBytes(photo, Spoiled(File.ReadAllBytes(photo)));
        File.SetLastWriteTimeUtc(photo, then);
        var warm = site.Build();
        Assert.Empty(PhotoSite.About(warm, PhotoSite.Entry));
        Assert.Equal(cold, PhotoSite.Bytes(warm, "media/zahrada-480.avif"));

        // Any other time: read and checked again.
        File.SetLastWriteTimeUtc(photo, then.AddSeconds(1));
        Assert.Contains(PhotoSite.About(site.Build(), PhotoSite.Entry), m => m.Contains("error: 'media/zahrada.jpg': ", StringComparison.Ordinal));
    }

    [Fact]
    public void a_photo_written_a_moment_ago_is_read_again_by_the_next_build()
    {
        using var site = new PhotoSite(ownCache: true).WithEntry();
        var photo = Path.Combine(site.Root, "content/media/zahrada.jpg");
        // Dated a moment ago (here: ahead, as from a clock that runs fast): a file of the same size written within the
        // same tick could not be told apart by its time.
        var time = DateTime.UtcNow.AddMinutes(1);
        File.SetLastWriteTimeUtc(photo, time);
        site.Build();
        File.WriteAllBytes(photo, Spoiled(File.ReadAllBytes(photo)));
        File.SetLastWriteTimeUtc(photo, time);
        Assert.Contains(PhotoSite.About(site.Build(), PhotoSite.Entry), m => m.Contains("error: 'media/zahrada.jpg': ", StringComparison.Ordinal));
    }

    /// <summary>The same size and the same first bytes (so the type check passes), the picture itself gone.</summary>
    private static byte[] Spoiled(byte[] photo)
    {
        var spoiled = new byte[photo.Length];
        photo.AsSpan(0, 4096).CopyTo(spoiled);
        return spoiled;
    }
}
