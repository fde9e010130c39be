using System.Buffers.Binary;
using DobraPraxe.Benchmarks.Photos;

namespace DobraPraxe.Generator.Tests.Imaging;

/// <summary>A broken photo is a diagnostic at the line that shows it (front matter or Markdown), never a crash.</summary>
public class BadImageTests
{
    // The front-matter item is on line 9 (column 5), the Markdown image on line 14 (column 1).
    private static string[] BuildWith(byte[] photo, string name = "foto.jpg", string alt = "Sousedé u záhonů", string siteYml = "")
    {
        using var site = new PhotoSite();
        site.WriteBytes("content/media/" + name, photo);
        if (siteYml.Length > 0) site.Tree.Write("content/site.yml", File.ReadAllText(Path.Combine(site.Root, "content/site.yml")) + siteYml);
        site.Tree.Write(PhotoSite.Entry, PhotoSite.FrontMatter + $"images:\n  - {{ src: media/{name}, alt: \"{alt}\" }}\n---\n\nText.\n\n![{alt}](../media/{name})\n");
        var result = site.Build();
        return [.. PhotoSite.About(result, PhotoSite.Entry), .. PhotoSite.About(result, "content/media/" + name)];
    }

    private static void AssertAtBothUses(string[] messages, string message, string name = "foto.jpg")
    {
        Assert.Contains($"{PhotoSite.Entry}:9:5: error: 'media/{name}': {message}", messages);
        Assert.Contains($"{PhotoSite.Entry}:14:1: error: 'media/{name}': {message}", messages);
    }

    [Fact]
    public void a_truncated_jpeg_is_an_error_at_each_use()
    {
        var photo = PhotoMaker.Jpeg(1, 1200, 900, orientation: 1);
        AssertAtBothUses(BuildWith(photo[..(photo.Length / 2)]), "the image cannot be read: it is damaged (premature end of JPEG image)");
    }

    [Fact]
    public void a_corrupt_jpeg_is_an_error()
    {
        var photo = PhotoMaker.Jpeg(1, 1200, 900, orientation: 1);
        // Garbage over the entropy-coded data, header intact.
        for (var i = photo.Length / 3; i < photo.Length - 2; i++) photo[i] = (byte)(i * 7919 % 251);
        var messages = BuildWith(photo);
        Assert.Contains(messages, m => m.StartsWith($"{PhotoSite.Entry}:9:5: error: 'media/foto.jpg': the image cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public void a_zero_byte_file_is_an_error_at_each_use() =>
        AssertAtBothUses(BuildWith([]), "the file is empty (0 bytes)");

    [Fact]
    public void a_png_named_jpg_is_an_error_naming_what_it_holds()
    {
        using var png = NetVips.Image.Black(20, 20);
        AssertAtBothUses(BuildWith(png.PngsaveBuffer()), "the file's name says JPEG (.jpg) but it holds a PNG image");
    }

    [Fact]
    public void more_than_fifty_megapixels_is_a_decompression_bomb()
    {
        using var huge = NetVips.Image.Black(8000, 7000);
        AssertAtBothUses(BuildWith(huge.PngsaveBuffer(compression: 9), "obri.png"), "the image is 8000 × 7000 px (56 megapixels); at most 50 megapixels are allowed", "obri.png");
    }

    [Fact]
    public void dimensions_far_beyond_the_file_size_are_a_decompression_bomb()
    {
        var messages = BuildWith(PngHeaderOnly(7000, 7000), "bomba.png");
        Assert.Contains(messages, m => m.StartsWith($"{PhotoSite.Entry}:9:5: error: 'media/bomba.png': the image says it is 7000 × 7000 px, far more than", StringComparison.Ordinal)
            && m.EndsWith("bytes can hold: a damaged file or a decompression bomb", StringComparison.Ordinal));
    }

    [Fact]
    public void a_file_over_the_size_limit_is_an_error_and_the_limit_is_a_setting()
    {
        // The limit is checked before the photo is decoded: any bytes of the right format will do.
        var photo = PhotoMaker.Jpeg(2, 640, 480, orientation: 1);
        var big = new byte[1536 * 1024];
        photo.CopyTo(big, 0);
        AssertAtBothUses(BuildWith(big, siteYml: "media: { max_file_mb: 1 }\n"), "the file is 1.5 MB; at most 1 MB are allowed");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void a_missing_description_is_an_error_at_each_use(string alt)
    {
        var messages = BuildWith(PhotoSite.PhonePhoto, alt: alt);
        Assert.Contains($"{PhotoSite.Entry}:14:1: error: the image 'media/foto.jpg' has no description (alt)", messages);
        Assert.Contains(messages, m => m.StartsWith($"{PhotoSite.Entry}:9:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("foto.jpg")]
    [InlineData("foto")]
    [InlineData("IMG_2034")]
    [InlineData("DSC01234.JPG")]
    public void a_description_that_is_just_a_file_name_is_an_error(string alt)
    {
        var messages = BuildWith(PhotoSite.PhonePhoto, alt: alt);
        Assert.Contains($"{PhotoSite.Entry}:9:5: error: the description (alt) of 'media/foto.jpg' is just a file name: '{alt}'", messages);
        Assert.Contains($"{PhotoSite.Entry}:14:1: error: the description (alt) of 'media/foto.jpg' is just a file name: '{alt}'", messages);
    }

    [Fact]
    public void an_image_no_page_uses_is_a_warning_at_the_file()
    {
        using var site = new PhotoSite();
        site.WriteBytes("content/media/navic.jpg", PhotoSite.PhonePhoto);
        var result = site.Build();
        Assert.Equal(["content/media/navic.jpg:1:1: warning: no page uses this image"], PhotoSite.About(result, "content/media/navic.jpg"));
    }

    [Fact]
    public void a_broken_image_no_page_uses_is_an_error_at_the_file()
    {
        using var site = new PhotoSite();
        site.WriteBytes("content/media/prazdna.jpg", []);
        var result = site.Build();
        Assert.Equal(["content/media/prazdna.jpg:1:1: error: the file is empty (0 bytes)"], PhotoSite.About(result, "content/media/prazdna.jpg"));
    }

    [Fact]
    public void a_file_named_like_a_size_of_another_photo_is_an_error()
    {
        using var site = new PhotoSite();
        site.WriteBytes("content/media/foto.jpg", PhotoSite.PhonePhoto);
        site.WriteBytes("content/media/foto-og.jpg", PhotoMaker.Jpeg(5, 640, 480, orientation: 1));
        site.Tree.Write(PhotoSite.Entry, PhotoSite.FrontMatter + "images:\n  - { src: media/foto.jpg, alt: Sousedé u záhonů }\n---\nText.\n");
        var result = site.Build();
        Assert.Equal(["content/media/foto-og.jpg:1:1: error: the name is taken by a size the site makes of another photo"], PhotoSite.About(result, "content/media/foto-og.jpg"));
    }

    [Fact]
    public void an_animated_gif_is_published_as_a_still_with_a_warning()
    {
        using var black = NetVips.Image.Black(64, 128, bands: 3);
        // Two different frames of 64 × 64 stacked: libvips writes them as an animation.
        using var gif = black.Mutate(m =>
        {
            m.DrawRect([200, 40, 40], 0, 0, 64, 64, fill: true);
            m.DrawRect([40, 40, 200], 0, 64, 64, 64, fill: true);
            m.Set(NetVips.GValue.GIntType, "page-height", 64);
        });
        var bytes = gif.GifsaveBuffer();
        using var site = new PhotoSite();
        site.WriteBytes("content/media/animace.gif", bytes);
        site.Tree.Write(PhotoSite.Entry, PhotoSite.FrontMatter + "images:\n  - { src: media/animace.gif, alt: Červený čtverec }\n---\nText.\n");
        var result = site.Build();
        Assert.Equal(["content/media/animace.gif:1:1: warning: the animated GIF is published as a still picture (its first frame)"], PhotoSite.About(result, "content/media/animace.gif"));
        using var still = NetVips.Image.NewFromBuffer(PhotoSite.Bytes(result, "media/animace.gif"));
        Assert.Equal((64, 64), (still.Width, still.Height));
        Assert.False(still.Contains("n-pages") && (int)still.Get("n-pages") > 1);
        Assert.Contains(result.Files, f => f.Path == "media/animace-64.png");
    }

    /// <summary>A PNG whose header declares <paramref name="width"/> × <paramref name="height"/> with almost no pixel data.</summary>
    private static byte[] PngHeaderOnly(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = 2;
        byte[] idat = [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01];
        return [.. new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", idat), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var chunk = new byte[8 + data.Length + 4];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
