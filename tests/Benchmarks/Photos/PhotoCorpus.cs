using DobraPraxe.Benchmarks.Corpus;

namespace DobraPraxe.Benchmarks.Photos;

/// <summary>
/// The photo corpus (issue 15): a phone photo for every k-th entry of a generated corpus, spread evenly, and the
/// JPEGs themselves (4032 × 3024, stored sideways with orientation 6 and GPS, ~3.4 MB each). Photos are drawn once
/// into a pool folder and copied from there, so writing a corpus again does not draw them again.
/// </summary>
public static class PhotoCorpus
{
    public static CorpusSite With(CorpusSite corpus, int photos)
    {
        if (photos <= 0) return corpus;
        if (photos > corpus.Practices.Count) throw new BenchmarkException($"{photos} photos need at least as many entries, not {corpus.Practices.Count}");
        var step = corpus.Practices.Count / photos;
        var practices = corpus.Practices.Select((p, i) => i % step == 0 && i / step < photos
            ? p with { Photo = new CorpusPhoto($"media/foto-{i / step + 1:0000}.jpg", $"{p.Title}: místo, kde se to děje", i / step + 1) }
            : p).ToList();
        return corpus with { Practices = practices };
    }

    /// <summary>Copies every photo of <paramref name="corpus"/> below each of <paramref name="roots"/> (at its 'src', e.g. content/ + media/foto-0001.jpg).</summary>
    public static void Write(CorpusSite corpus, string pool, params string[] roots)
    {
        Directory.CreateDirectory(pool);
        var photos = corpus.Practices.Select(p => p.Photo).OfType<CorpusPhoto>().ToList();
        Parallel.ForEach(photos, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, photo =>
        {
            var drawn = Path.Combine(pool, $"phone-{photo.Seed}.jpg");
            if (!File.Exists(drawn))
            {
                var temporary = drawn + ".tmp";
                File.WriteAllBytes(temporary, PhotoMaker.Jpeg(photo.Seed));
                File.Move(temporary, drawn, overwrite: true);
            }
            foreach (var root in roots)
            {
                var target = Path.Combine(root, photo.Src);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(drawn, target, overwrite: true);
            }
        });
    }
}
