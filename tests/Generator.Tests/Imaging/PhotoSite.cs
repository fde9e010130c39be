using DobraPraxe.Benchmarks.Photos;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Imaging;

/// <summary>The basic fixture site with phone photos (orientation 6, GPS) in content/media/ and an entry that shows them.</summary>
public sealed class PhotoSite : IDisposable
{
    public const string Entry = "content/practices/foto.md";
    public const string FrontMatter = "---\ntitle: Komunitní zahrada\nsummary: Sousedé pěstují zeleninu.\nmember: jihlava\nthemes: [zdravi]\nyear: 2018\ndate: 2021-02-17\n";
    private static readonly Lazy<byte[]> Phone = new(() => PhotoMaker.Jpeg(7, 2000, 1500));

    // Tests share one cache unless they need a cold one of their own: the same photo is encoded once per run.
    private static readonly string SharedCache = Path.Combine(Path.GetTempPath(), "dobrapraxe-tests", "image-cache-" + Environment.ProcessId);
    private readonly TempFolder? _cache;

    public PhotoSite(bool ownCache = false) => _cache = ownCache ? new TempFolder() : null;

    public ContentTree Tree { get; } = new();

    public string Root => Tree.Root;
    public string CacheFolder => _cache?.Path ?? SharedCache;

    /// <summary>A 2000 × 1500 phone photo (stored sideways with EXIF orientation 6 and GPS).</summary>
    public static byte[] PhonePhoto => Phone.Value;

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>An entry showing media/zahrada.jpg in front matter (line 9) and media/zahon.jpg in its text (line 13).</summary>
    public PhotoSite WithEntry()
    {
        WriteBytes("content/media/zahrada.jpg", PhonePhoto);
        WriteBytes("content/media/zahon.jpg", PhonePhoto);
        Tree.Write(Entry, FrontMatter + "images:\n  - { src: media/zahrada.jpg, alt: Sousedé u vyvýšených záhonů }\n---\n\nText.\n\n![Záhon s rajčaty](../media/zahon.jpg)\n");
        return this;
    }

    public BuildResult Build() => new SiteGenerator(new BuildOptions
    {
        SourceDirectory = Root, OutputDirectory = Path.Combine(Root, "site-output"), Now = Builds.Now, ImageCacheDirectory = CacheFolder,
    }).Generate();

    public static byte[] Bytes(BuildResult result, string path)
    {
        var file = result.Files.Single(f => f.Path == path);
        return file.Content ?? File.ReadAllBytes(file.CopyFrom!);
    }

    /// <summary>The diagnostics about one file, first lines only.</summary>
    public static string[] About(BuildResult result, string path) =>
        [.. result.Diagnostics.Where(d => d.Location.Path == path).Select(d => d.Format().Split('\n')[0])];

    public void Dispose()
    {
        Tree.Dispose();
        _cache?.Dispose();
    }
}
