using System.Collections.Concurrent;
using System.Collections.Immutable;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// The image stage: every file of content/media/ is checked (<see cref="MediaChecker"/>), and every photo becomes its
/// variants (<see cref="ImageEncoder"/>) through the content-hash cache. The original of a photo is never published:
/// its site path gets the largest variant, re-encoded without metadata, so links to it keep working.
/// </summary>
public static class ImageStage
{
    /// <param name="mediaFiles">Paths relative to content/ ("media/foto.jpg").</param>
    public static ImageCatalog Process(IReadOnlyList<string> mediaFiles, string contentFolder, ImageSettings settings, ImageCache cache)
    {
        var sets = new ConcurrentDictionary<string, ImageSet>(StringComparer.Ordinal);
        var problems = new ConcurrentDictionary<string, MediaProblem>(StringComparer.Ordinal);
        var files = new ConcurrentBag<OutputFile>();
        // One photo per core; each encoder is single-threaded (see ImageEncoder).
        Parallel.ForEach(mediaFiles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, src =>
        {
            var full = Path.Combine(contentFolder, src);
            var (type, problem) = MediaChecker.Check(src, full, settings);
            if (problem is not null) { problems[src] = problem; return; }
            if (!type!.IsRaster) { files.Add(OutputFile.Copy(src, full)); return; }

            // Taken before the bytes are read: a file changed after this gets another stamp next time.
            var observed = DateTime.UtcNow;
            var source = new FileInfo(full);
            var cached = cache.RememberedHash(source) is { } known ? cache.TryGet(ImageCache.KeyOf(known, settings)) : null;
            if (cached is null)
            {
                var bytes = File.ReadAllBytes(full);
                var hash = ImageCache.HashOf(bytes);
                var key = ImageCache.KeyOf(hash, settings);
                cached = cache.TryGet(key);
                if (cached is null)
                {
                    if (ImageEncoder.Probe(bytes) is { } bad) { problems[src] = new MediaProblem(bad, Hint(bad), AtUse: true); return; }
                    var (image, data, failed) = ImageEncoder.Encode(bytes, type, settings);
                    if (failed is not null) { problems[src] = new MediaProblem(failed, Hint(failed), AtUse: true); return; }
                    cached = cache.Put(key, image!, data);
                }
                cache.Remember(source, observed, hash);
            }
            var set = SetOf(src, cached.Image);
            sets[src] = set;
            foreach (var file in cached.Image.Files) files.Add(OutputFile.Copy(SitePath(src, file), cached.PathOf(file)));
        });

        // Variants are named after their photo ('foto-480.avif'): a file of content/media/ with such a name would
        // be published twice. The photo's variant keeps the path; the file that merely has the name is the error.
        var published = new List<OutputFile>();
        foreach (var group in files.GroupBy(f => f.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var candidates = group.OrderBy(f => f.CopyFrom, StringComparer.Ordinal).ToList();
            if (candidates.Count > 1 && sets.TryRemove(group.Key, out _))
            {
                problems[group.Key] = new MediaProblem("the name is taken by a size the site makes of another photo",
                    "Rename the file: the site names the sizes of 'foto.jpg' 'foto-480.avif', 'foto-card-400.jpg', 'foto-og.jpg' and so on.", AtUse: true);
                candidates = [.. candidates.Where(f => !IsOwnFileOf(f))];
            }
            published.Add(candidates[0]);
        }
        return new ImageCatalog(sets, problems, [.. mediaFiles], [.. published]);
    }

    /// <summary>Whether <paramref name="file"/> is what a photo publishes at its own path (its largest variant), not another photo's variant.</summary>
    private static bool IsOwnFileOf(OutputFile file) =>
        file.CopyFrom is { } from && Path.GetFileName(from).StartsWith("original", StringComparison.Ordinal);

    private static string Hint(string problem) => problem.Contains("megapixels", StringComparison.Ordinal) || problem.Contains("bomb", StringComparison.Ordinal)
        ? "Export the photo at most 8000 px on its longer side (the site shows it at most 1600 px wide)."
        : "Open the photo on your computer; if it shows, save it again as JPEG (File → Export), else copy it from the camera again.";

    private static ImageSet SetOf(string src, EncodedImage image)
    {
        ImageVariant Variant(EncodedFile f) => new(SitePath(src, f), ImageFormat.Named(f.Format), f.Width, f.Height);
        return new ImageSet
        {
            Fallback = ImageFormat.Named(image.Fallback),
            Variants = [.. image.Files.Where(f => f.Role == "entry").Select(Variant)],
            Cards = [.. image.Files.Where(f => f.Role == "card").Select(Variant)],
            OpenGraph = Variant(image.Files.Single(f => f.Role == "og")),
            WasAnimated = image.Animated,
        };
    }

    /// <summary>'media/foto.jpg' + '480.avif' → 'media/foto-480.avif'; the original's file is published at the source's own path.</summary>
    private static string SitePath(string src, EncodedFile file)
    {
        if (file.Role == "original") return src;
        var stem = src[..^Path.GetExtension(src).Length];
        return $"{stem}-{file.Name}";
    }
}
