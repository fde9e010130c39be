using System.Text.RegularExpressions;
using DobraPraxe.Generator.Tests.Support;
using NetVips;

namespace DobraPraxe.Generator.Tests.Imaging;

/// <summary>The sample's phone photos (orientation tag, camera, GPS) as the bundled site publishes them.</summary>
public class BundledPhotoTests
{
    private static readonly Lazy<Generator.Pipeline.BuildResult> Result = new(() => Builds.Generate(TestPaths.RepositoryRoot));

    [Fact]
    public void the_sample_photos_carry_gps_and_an_orientation_tag()
    {
        // The videos' posters are made by tools/make-sample-video.sh, not taken by a phone.
        var posters = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "content/videa"), "*.md")
            .SelectMany(File.ReadLines).Where(l => l.StartsWith("poster: ", StringComparison.Ordinal)).Select(l => Path.GetFileName(l["poster: ".Length..].Trim())).ToHashSet();
        Assert.NotEmpty(posters);
        foreach (var photo in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "content/media"), "*.jpg").Where(p => !posters.Contains(Path.GetFileName(p))))
        {
            using var image = Image.NewFromFile(photo);
            Assert.Equal(6, image.Get("orientation"));
            Assert.Contains(image.GetFields(), f => f.StartsWith("exif-ifd3-GPS", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void no_published_image_carries_exif_gps_or_any_other_metadata()
    {
        var images = Result.Value.Files.Where(f => Regex.IsMatch(f.Path, @"\.(jpe?g|png|webp|avif|gif)$")).ToList();
        Assert.True(images.Count >= 3 * 17, $"only {images.Count} image files");
        foreach (var file in images)
        {
            using var image = Image.NewFromBuffer(PhotoSite.Bytes(Result.Value, file.Path));
            Assert.DoesNotContain(image.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal) || f.Contains("gps", StringComparison.OrdinalIgnoreCase)
                || f is "xmp-data" or "iptc-data" or "icc-profile-data" or "orientation");
            Assert.True(image.Width > image.Height, $"{file.Path} is not upright");
        }
    }

    [Fact]
    public void every_open_graph_image_and_every_image_a_page_names_is_a_file_of_the_site()
    {
        var files = Result.Value.Files.Select(f => f.Path).ToHashSet();
        var pages = Result.Value.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var ogCount = 0;
        foreach (var page in pages)
        {
            var html = Builds.Page(Result.Value, page.Path);
            foreach (Match og in Regex.Matches(html, "<meta property=\"og:image\" content=\"https://www\\.dobrapraxe\\.cz/([^\"]+)\">"))
            {
                ogCount++;
                Assert.Contains(og.Groups[1].Value, files);
            }
            foreach (Match set in Regex.Matches(html, "srcset=\"([^\"]+)\""))
                foreach (var candidate in set.Groups[1].Value.Split(", "))
                    Assert.Contains(Uri.UnescapeDataString(candidate.Split(' ')[0].TrimStart('/')), files);
        }
        // Two practices with photos, three videos with posters, and the English pages of the two practices (both are translated).
        Assert.Equal(7, ogCount);
        Assert.Contains("<meta property=\"og:image\" content=\"https://www.dobrapraxe.cz/media/krizanov-zahrada-og.jpg\">", Builds.Page(Result.Value, "en/praxe/krizanov-komunitni-zahrada/index.html"));
        Assert.Contains("<meta property=\"og:image\" content=\"https://www.dobrapraxe.cz/media/pisek-kompostarna-video-og.jpg\">", Builds.Page(Result.Value, "videa/pisek-kompostarna/index.html"));
        Assert.Contains("<meta property=\"og:image\" content=\"https://www.dobrapraxe.cz/media/krizanov-zahrada-og.jpg\">", Builds.Page(Result.Value, "praxe/krizanov-komunitni-zahrada/index.html"));
    }
}
