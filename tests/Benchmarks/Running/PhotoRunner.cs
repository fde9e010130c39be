using System.Text;
using DobraPraxe.Benchmarks.Corpus;
using DobraPraxe.Benchmarks.Hugo;
using DobraPraxe.Benchmarks.Photos;

namespace DobraPraxe.Benchmarks.Running;

/// <summary>
/// The 'photos' command (issue 15): the same corpus with and without phone photos, built by ours and by the plain Hugo
/// site (Hugo's own image processing, <c>.Resize</c>/<c>.Fill</c> to WebP and JPEG). Cold: each tool's image cache
/// emptied before the run (ours: .image-cache/ beside content/; Hugo: resources/_gen/). Warm: the caches kept. The
/// warm cost of the photos is the warm build with them minus the build without them, in the same rounds.
/// </summary>
public sealed class PhotoRunner(Workbench bench, int entries, int photos, int runs, int coldRuns, ulong seed, Action<string> log)
{
    public string Run()
    {
        Workbench.RequireTools();
        bench.PublishGenerator();
        var plain = new CorpusBuilder(entries, seed).Build();
        var illustrated = PhotoCorpus.With(plain, photos);
        var withPhotos = Path.Combine(bench.WorkDirectory, $"photos-{entries}-{photos}");
        var without = Path.Combine(bench.WorkDirectory, $"photos-{entries}-0");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // Written once and kept with their image caches, so that a later run can measure warm builds alone (--cold-runs 0).
        var marker = Path.Combine(withPhotos, ".photo-corpus");
        var expected = $"entries: {entries}\nphotos: {photos}\nseed: {seed}\n";
        if (!File.Exists(marker) || File.ReadAllText(marker) != expected)
        {
            foreach (var (corpus, folder) in new[] { (illustrated, withPhotos), (plain, without) })
            {
                ContentWriter.Write(corpus, folder);
                HugoSiteWriter.Write(corpus, folder, plain: true);
                Workbench.DeleteFolder(Path.Combine(folder, ".image-cache"));
            }
            PhotoCorpus.Write(illustrated, Path.Combine(bench.WorkDirectory, "photo-pool"),
                Path.Combine(withPhotos, "content"), Path.Combine(withPhotos, HugoSiteWriter.PlainFolder, "assets"));
            File.WriteAllText(marker, expected);
        }
        var sourceBytes = Directory.EnumerateFiles(Path.Combine(withPhotos, "content", "media")).Sum(f => new FileInfo(f).Length);
        log($"Corpora: {entries} entries with {photos} photos ({Stats.Bytes(sourceBytes)}) → {withPhotos}, and without → {without} ({watch.Elapsed.TotalSeconds:0.0} s)");

        var ours = Output("ours");
        var hugo = Output("hugo");
        var oursNone = Output("ours-none");
        var hugoNone = Output("hugo-none");
        ChildResult Ours(string corpus, string output) => bench.RunOurs(corpus, output);
        ChildResult Hugo(string corpus, string output) => bench.RunHugo(corpus, output, plain: true);

        var cold = (Ours: new List<ChildResult>(), Hugo: new List<ChildResult>());
        for (var i = 0; i < coldRuns; i++)
        {
            log($"Cold run {i + 1}/{coldRuns} (load average {Workbench.LoadAverage()}) …");
            Workbench.DeleteFolder(Path.Combine(withPhotos, ".image-cache"));
            cold.Ours.Add(Ours(withPhotos, ours));
            Workbench.DeleteFolder(Path.Combine(withPhotos, HugoSiteWriter.PlainFolder, "resources"));
            cold.Hugo.Add(Hugo(withPhotos, hugo));
            Workbench.RequireClean(cold.Ours[^1], cold.Hugo[^1]);
            log($"  cold: ours {cold.Ours[^1].Wall.TotalSeconds:0.0} s, {cold.Ours[^1].PeakRssKb / 1024} MiB; hugo {cold.Hugo[^1].Wall.TotalSeconds:0.0} s, {cold.Hugo[^1].PeakRssKb / 1024} MiB");
        }

        var loadBefore = Workbench.LoadAverage();
        if (runs == 0) return Report(cold, ([], [], [], []), ImageFiles(ours), ImageFiles(hugo), sourceBytes, loadBefore, loadBefore);
        log($"Warm-up (load average {loadBefore}) …");
        Workbench.RequireClean(Ours(withPhotos, ours), Hugo(withPhotos, hugo));
        Workbench.RequireClean(Ours(without, oursNone), Hugo(without, hugoNone));
        var warm = (Ours: new List<ChildResult>(), Hugo: new List<ChildResult>(), OursNone: new List<ChildResult>(), HugoNone: new List<ChildResult>());
        Action[] tools =
        [
            () => warm.Ours.Add(Ours(withPhotos, ours)),
            () => warm.OursNone.Add(Ours(without, oursNone)),
            () => warm.Hugo.Add(Hugo(withPhotos, hugo)),
            () => warm.HugoNone.Add(Hugo(without, hugoNone)),
        ];
        for (var i = 0; i < runs; i++)
        {
            for (var t = 0; t < tools.Length; t++) tools[(i + t) % tools.Length]();
            log($"Warm run {i + 1}/{runs}: ours {warm.Ours[^1].Wall.TotalSeconds:0.00} s (without photos {warm.OursNone[^1].Wall.TotalSeconds:0.00} s); " +
                $"hugo {warm.Hugo[^1].Wall.TotalSeconds:0.00} s (without {warm.HugoNone[^1].Wall.TotalSeconds:0.00} s)");
        }
        var imagesOurs = ImageFiles(ours);
        var imagesHugo = ImageFiles(hugo);
        foreach (var output in new[] { ours, hugo, oursNone, hugoNone }) Workbench.DeleteFolder(output);
        return Report(cold, warm, imagesOurs, imagesHugo, sourceBytes, loadBefore, Workbench.LoadAverage());
    }

    private string Output(string name) => Path.Combine(bench.WorkDirectory, $"out-photos-{entries}-{name}");

    /// <summary>The photos' files a build published: count and bytes of every .avif, .webp, .jpg and .png.</summary>
    private static (int Count, long Bytes) ImageFiles(string output)
    {
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".avif" or ".webp" or ".jpg" or ".png").ToList();
        return (files.Count, files.Sum(f => new FileInfo(f).Length));
    }

    private string Report(
        (List<ChildResult> Ours, List<ChildResult> Hugo) cold,
        (List<ChildResult> Ours, List<ChildResult> Hugo, List<ChildResult> OursNone, List<ChildResult> HugoNone) warm,
        (int Count, long Bytes) imagesOurs, (int Count, long Bytes) imagesHugo, long sourceBytes, string loadBefore, string loadAfter)
    {
        static Stats Wall(IEnumerable<ChildResult> r) => Stats.Of(r.Select(x => x.Wall.TotalSeconds));
        static string Rss(IEnumerable<ChildResult> r) => Stats.Memory(Stats.Of(r.Select(x => (double)x.PeakRssKb)).Median);
        static string Cpu(IEnumerable<ChildResult> r) => Stats.F(Stats.Of(r.Select(x => x.CpuSeconds)).Median, "0.0");
        var md = new StringBuilder();
        md.AppendLine($"| {entries:N0} entries | ours median (min–max) | plain Hugo median (min–max) | ours/Hugo | peak RSS ours · Hugo | CPU s ours · Hugo |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        void Row(string what, List<ChildResult> o, List<ChildResult> h) =>
            md.AppendLine($"| {what} | {Wall(o).Seconds()} | {Wall(h).Seconds()} | {Stats.F(Wall(o).Median / Wall(h).Median, "0.00")}× | {Rss(o)} · {Rss(h)} | {Cpu(o)} · {Cpu(h)} |");
        if (cold.Ours.Count > 0) Row($"{photos} photos, cold cache", cold.Ours, cold.Hugo);
        if (warm.Ours.Count > 0)
        {
            Row($"{photos} photos, warm cache", warm.Ours, warm.Hugo);
            Row("no photos", warm.OursNone, warm.HugoNone);
        }
        md.AppendLine();
        if (warm.Ours.Count > 0)
        {
            var oursCost = Wall(warm.Ours).Median - Wall(warm.OursNone).Median;
            var hugoCost = Wall(warm.Hugo).Median - Wall(warm.HugoNone).Median;
            md.Append($"Warm cost of the {photos} photos (median with − median without, same rounds): ours {Stats.F(oursCost, "+0.00;-0.00")} s, " +
                $"Hugo {Stats.F(hugoCost, "+0.00;-0.00")} s. ");
        }
        md.AppendLine($"Sources: {photos} JPEGs of 4032 × 3024, {Stats.Bytes(sourceBytes)}. " +
            $"Published image files: ours {imagesOurs.Count:N0} ({Stats.Bytes(imagesOurs.Bytes)}: AVIF, WebP and JPEG at 480/960/1600 px, " +
            $"two card crops, an Open Graph image, the original's path re-encoded), Hugo {imagesHugo.Count:N0} ({Stats.Bytes(imagesHugo.Bytes)}: WebP and JPEG, same widths and crops, no AVIF).");
        md.AppendLine();
        md.AppendLine($"Load average before → after the warm rounds: {loadBefore} → {loadAfter} (the cold runs log theirs). Method: {coldRuns} cold and {runs} warm runs per tool, " +
            $"interleaved; corpus and output on {bench.WorkDirectory}; wall time of the whole process; peak RSS and CPU from GNU time. " +
            $"Ours: `dotnet dobrapraxe.dll build` (published Release); Hugo: `hugo --source …/{HugoSiteWriter.PlainFolder} --destination … --quiet` ({Workbench.HugoVersion()}).");
        return md.ToString();
    }
}
