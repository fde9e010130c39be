using System.Globalization;
using DobraPraxe.Benchmarks.Corpus;
using DobraPraxe.Benchmarks.Hugo;
using DobraPraxe.Benchmarks.Running;

namespace DobraPraxe.Benchmarks;

/// <summary>
/// dotnet run --project tests/Benchmarks -c Release -- corpus|run|profile|report [options]. See docs/benchmarks.md.
/// Exit codes: 0 done, 1 a build or tool failed, 2 wrong usage.
/// </summary>
public static class Program
{
    private const ulong DefaultSeed = 42;

    private const string Usage = """
        Usage: dotnet run --project tests/Benchmarks -c Release -- <command> [options]

        Commands:
          corpus   write a generated catalogue: DIR/content/ (our format), DIR/hugo/ (the same site for Hugo) and
                   DIR/hugo-plain/ (the same pages in plain Hugo: no related-entry scoring, default feeds)
                     --entries N   practices (required)      --seed S   (default 42)
                     --out DIR     (required)                 --no-hugo  write only DIR/content/
                     --links files|urls|broken|broken-files   how practices link each other: [x](other.md) (default),
                                   [x](../other/), [x](../othr/) with a typo in every link (a failing build), or
                                   [x](othr.md) with a typo in every link and every 'related' slug (fails before rendering)
                     --photos P    a phone photo (4032 × 3024 JPEG) for every (N/P)-th entry, in content/media/ and the Hugo sites' assets/
                     --profile default|long   the catalogue's shape (default: default): 'long' has ≈ 6 KB entries of
                                   3–12 paragraphs, 100 members, 78 tags and 500 events whatever N
          run      time our generator against both Hugo sites on generated corpora, print Markdown tables
                     --entries N,N,…  (default 1000,10000)    --runs R   measured runs per tool and size (default 5)
                     --seed S        --work DIR (default /dev/shm/dobrapraxe-bench)   --report FILE (also write the table there)
                     --profile default|long|both   which corpus shapes (default: both, each reported)
                     --peers-up-to N   build the Hugo sites only up to N entries; above, ours runs alone (Hugo takes hours at 100,000)
          photos   time ours against the plain Hugo site with phone photos (issue 15): cold and warm image caches, and
                   the same corpus without photos in the same rounds
                     --entries N   (default 1000)   --photos P   (default 200)   --runs R   warm runs (default 3)
                     --cold-runs C (default 1)      --seed S     --work DIR      --report FILE
                   corpora and caches are kept in DIR: --cold-runs 0 measures warm builds alone, --runs 0 cold ones
          photo    write one deterministic phone photo (JPEG, stored sideways with EXIF orientation 6, camera and GPS)
                     --out FILE (required)   --seed S   --width W (default 4032)   --height H (default 3024)
          edit     serve's incremental rebuild after one saved entry, in-process: each kind of edit (title, summary, body,
                   theme, tag, award) timed against the full in-memory rebuild, results compared byte for byte; then
                   serve's error path on a preview server: from a save that breaks the entry to its error on the overlay
                     --source DIR  a corpus (required)   --runs R   rounds of edits (default 3)   --report FILE
          profile  our generator alone with --verbose: median time per pipeline stage for each size
                     --entries N,N,…  (default 1000,10000)    --runs R   (default 3)   --seed S   --work DIR   --report FILE
                     --profile default|long   (default: default)

        """ + Reporting.ReportCommand.Usage;

    public static int Main(string[] args)
    {
        // Tables and logs read the same on every machine: 1,000 and 12.34 whatever the locale.
        CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                Console.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }
            if (args[0] == "report") return Reporting.ReportCommand.Run(args[1..], Log);
            var options = Options.Parse(args.Skip(1).ToArray());
            return args[0] switch
            {
                "corpus" => Corpus(options),
                "photo" => Photo(options),
                "run" => Report(options, bench => new BenchmarkRunner(bench, options.Profiles(CorpusProfile.All), options.Sizes(), options.Int("runs", 5), options.Seed(DefaultSeed), Log,
                    options.Int("peers-up-to", int.MaxValue)).Run()),
                "photos" => Report(options, bench => new PhotoRunner(bench, options.Int("entries", 1000), options.Int("photos", 200),
                    options.Count("runs", 3), options.Count("cold-runs", 1), options.Seed(DefaultSeed), Log).Run()),
                "edit" => Edit(options),
                "profile" => Report(options, bench => new StageProfiler(bench, options.Profiles([CorpusProfile.Default]).Single(), options.Sizes(), options.Int("runs", 3), options.Seed(DefaultSeed), Log).Run()),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}\n\n{Usage}");
            return 2;
        }
        catch (BenchmarkException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int Corpus(Options options)
    {
        var entries = options.Int("entries", null);
        if (entries < 1) throw new UsageException("--entries must be at least 1");
        var output = options.String("out") ?? throw new UsageException("--out DIR is required");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var links = options.String("links") switch
        {
            null or "files" => LinkStyle.Files,
            "urls" => LinkStyle.Urls,
            "broken" => LinkStyle.BrokenUrls,
            "broken-files" => LinkStyle.BrokenFiles,
            var other => throw new UsageException($"--links takes files, urls, broken or broken-files, not '{other}'"),
        };
        var photos = options.String("photos") is null ? 0 : options.Int("photos", null);
        var profile = options.Profiles([CorpusProfile.Default]).Single();
        var corpus = Photos.PhotoCorpus.With(new CorpusBuilder(entries, options.Seed(DefaultSeed), links, profile).Build(), photos);
        var content = ContentWriter.Write(corpus, output);
        var hugo = options.Flag("no-hugo") ? null : HugoSiteWriter.Write(corpus, output);
        if (hugo is not null) HugoSiteWriter.Write(corpus, output, plain: true);
        // Hugo's image processing reads them from assets/.
        Photos.PhotoCorpus.Write(corpus, Path.Combine(output, ".photo-pool"),
            hugo is null ? [content] : [content, Path.Combine(hugo, "assets"), Path.Combine(hugo + "-plain", "assets")]);
        Console.WriteLine($"Wrote {corpus.Practices.Count} practices ({profile.Name} profile), {corpus.Members.Count} members, {corpus.Events.Count} events and " +
            $"{corpus.Pages.Count} pages into {content}{(hugo is null ? "" : $" and the Hugo sites into {hugo} and {hugo}-plain")} in {watch.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static int Photo(Options options)
    {
        var output = options.String("out") ?? throw new UsageException("--out FILE is required");
        var bytes = Photos.PhotoMaker.Jpeg((int)options.Seed(DefaultSeed), options.Int("width", 4032), options.Int("height", 3024));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllBytes(output, bytes);
        Console.WriteLine($"Wrote {output} ({bytes.Length / 1024} KiB).");
        return 0;
    }

    private static int Edit(Options options)
    {
        var source = options.String("source") ?? throw new UsageException("--source DIR is required");
        var table = new EditProfiler(source, options.Int("runs", 3), Log).Run();
        Console.WriteLine();
        Console.WriteLine(table);
        if (options.String("report") is { } file) File.WriteAllText(file, table);
        return 0;
    }

    private static int Report(Options options, Func<Workbench, string> run)
    {
        var bench = new Workbench(options.String("work") ?? Workbench.DefaultWorkDirectory(), Log);
        Directory.CreateDirectory(bench.WorkDirectory);
        var table = run(bench);
        Console.WriteLine();
        Console.WriteLine(table);
        if (options.String("report") is { } file)
        {
            File.WriteAllText(file, table);
            Log($"Table written to {file}");
        }
        return 0;
    }

    private static void Log(string line) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");

    private sealed class UsageException(string message) : Exception(message);

    /// <summary>--name value pairs and --flags.</summary>
    private sealed class Options
    {
        private static readonly string[] Known = ["entries", "seed", "out", "no-hugo", "runs", "work", "report", "links", "width", "height", "photos", "cold-runs", "source", "profile", "peers-up-to"];
        private static readonly string[] Flags = ["no-hugo"];
        private readonly Dictionary<string, string> _values = [];

        public static Options Parse(string[] args)
        {
            var options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || !Known.Contains(args[i][2..]))
                    throw new UsageException($"unknown option '{args[i]}'");
                var name = args[i][2..];
                if (Flags.Contains(name)) options._values[name] = "true";
                else if (i + 1 < args.Length) options._values[name] = args[++i];
                else throw new UsageException($"--{name} needs a value");
            }
            return options;
        }

        public string? String(string name) => _values.GetValueOrDefault(name);

        public bool Flag(string name) => _values.ContainsKey(name);

        public int Int(string name, int? fallback)
        {
            if (!_values.TryGetValue(name, out var text))
                return fallback ?? throw new UsageException($"--{name} is required");
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value : throw new UsageException($"--{name} must be a positive whole number, not '{text}'");
        }

        /// <summary>A number of runs, where 0 means none.</summary>
        public int Count(string name, int fallback) =>
            !_values.TryGetValue(name, out var text) ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
            : throw new UsageException($"--{name} must be a whole number, not '{text}'");

        public ulong Seed(ulong fallback) =>
            !_values.TryGetValue("seed", out var text) ? fallback
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed
            : throw new UsageException($"--seed must be a whole number, not '{text}'");

        /// <summary>The profiles --profile names ('both' for every one), or <paramref name="fallback"/> without it.</summary>
        public IReadOnlyList<CorpusProfile> Profiles(IReadOnlyList<CorpusProfile> fallback) => String("profile") switch
        {
            null => fallback,
            "both" when fallback.Count > 1 => CorpusProfile.All,
            var name => CorpusProfile.Find(name) is { } profile ? [profile]
                : throw new UsageException($"--profile takes {string.Join(", ", CorpusProfile.All.Select(p => p.Name))}{(fallback.Count > 1 ? " or both" : "")}, not '{name}'"),
        };

        public IReadOnlyList<int> Sizes()
        {
            var text = String("entries") ?? "1000,10000";
            var sizes = new List<int>();
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                sizes.Add(int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? n : throw new UsageException($"--entries takes sizes like 1000,10000, not '{text}'"));
            return sizes.Count > 0 ? sizes : throw new UsageException("--entries needs at least one size");
        }
    }
}
