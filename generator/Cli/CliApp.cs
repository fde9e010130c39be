using System.Diagnostics;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Cli;

/// <summary>
/// The command line as a function of its arguments and two writers, so tests run it in-process.
/// Exit codes (docs/command-line.md): 0 success, 1 content errors, 2 wrong usage; 3 is a bug in the generator itself.
/// </summary>
public static class CliApp
{
    /// <param name="ownsProcess">The run is the process (Program.Main), not one of many in a test or a host: a build may tend its memory.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, ConsoleMode? mode = null, bool ownsProcess = false)
    {
        mode ??= ConsoleMode.Quiet;
        try
        {
            var (options, usageError) = CommandLineParser.Parse(args);
            if (options is null)
            {
                error.WriteLine($"error: {usageError}\n");
                error.WriteLine(CommandLineParser.Usage);
                return 2;
            }
            if (options.Command == "help")
            {
                output.WriteLine(CommandLineParser.Usage);
                return 0;
            }

            var source = options.Source ?? FindSourceRoot(Directory.GetCurrentDirectory());
            if (!Directory.Exists(source))
            {
                error.WriteLine($"error: the source folder '{source}' does not exist");
                return 2;
            }
            if (options.Command == "new")
            {
                var (kind, slug) = (options.Arguments[0], options.Arguments[1]);
                if (!Slug.IsValid(slug))
                {
                    error.WriteLine($"error: '{slug}' is not a valid name; use lower-case letters without diacritics, digits and hyphens, e.g. '{Slug.From(slug)}'");
                    return 2;
                }
                var outcome = Scaffolding.EntryScaffolder.Create(Path.GetFullPath(source), kind, slug, options.Now ?? DateTimeOffset.Now);
                (outcome.Created ? output : error).WriteLine(outcome.Created ? outcome.Message : $"error: {outcome.Message}");
                return outcome.Created ? 0 : outcome.UnknownKind ? 2 : 1;
            }

            if (options.Command == "move") return Move(Path.GetFullPath(source), options, output, error);

            if (options.Command == "schema") return WriteSchema(Path.GetFullPath(source), options, output, error, mode);

            var buildOptions = new BuildOptions
            {
                SourceDirectory = Path.GetFullPath(source),
                OutputDirectory = Path.GetFullPath(options.Output ?? Path.Combine(source, "site-output")),
                BaseUrl = options.BaseUrl,
                IncludeDrafts = options.Drafts,
                Now = options.Now ?? DateTimeOffset.Now,
                StageDone = Progress(mode, output),
                CheckSpelling = options.Command is "check" or "serve" && !options.NoSpelling,
                OwnsProcess = ownsProcess && options.Command is "build" or "check",
                ExternalLinks = options.External ? ExternalLinks.ExternalLinkSettings.Beside(Path.GetFullPath(source)) : null,
                // serve's /admin/ is the local editor, writing into content/ (Serve/LocalBackend).
                Editor = options.Command == "serve" ? Editing.EditorMode.Local : null,
            };

            if (options.Command == "serve") return Serve(buildOptions, options, output);

            var watch = Stopwatch.StartNew();
            // build streams every file into a staging folder as it is made (swapped in only below, after a clean build;
            // deleted when this is disposed otherwise); check keeps nothing.
            using var staging = options.Command == "build" ? new StagingSink(buildOptions.OutputDirectory) : null;
            var result = new SiteGenerator(buildOptions).Generate(staging ?? (OutputSink)new DiscardSink());
            if (options.Since is { } since) result = History.AddressHistory.Check(buildOptions, result, since, note => output.WriteLine($"note: {note}"));
            if (mode.LiveProgress) output.Write("\r\u001b[2K");
            foreach (var diagnostic in result.Diagnostics) error.WriteLine(mode.Paint(diagnostic.Format()));
            if (options.Verbose)
            {
                foreach (var timing in result.Timings)
                    output.WriteLine($"  {timing.Stage,-10} {timing.Elapsed.TotalMilliseconds,8:0} ms   cores {timing.Cores,4:0.0}   heap {timing.HeapBytes / (1 << 20),6:0} MiB   peak {timing.PeakBytes / (1 << 20),6:0} MiB");
                // Garbage collection is a stage of its own in every other stage: how often, how long the threads stood still.
                output.WriteLine($"  gc         {GC.GetTotalPauseDuration().TotalMilliseconds,8:0} ms paused; " +
                                 $"collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), " +
                                 $"{GC.GetTotalAllocatedBytes() / (1 << 20):0} MiB allocated");
                output.WriteLine($"  jit        {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,8:0} ms compiling {System.Runtime.JitInfo.GetCompiledMethodCount()} methods");
            }

            var counts = $"{result.ErrorCount} error{(result.ErrorCount == 1 ? "" : "s")}, {result.WarningCount} warning{(result.WarningCount == 1 ? "" : "s")}";
            if (!result.Succeeded)
            {
                var unchanged = options.Command == "build" ? $" Nothing was written; {buildOptions.OutputDirectory} is unchanged." : "";
                error.WriteLine($"{counts}.{unchanged}");
                return 1;
            }
            if (options.Command == "check")
            {
                output.WriteLine($"Checked {result.Pages.Count} pages: {counts} ({watch.Elapsed.TotalSeconds:0.00} s).");
                return 0;
            }

            try
            {
                staging!.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: could not write the site to {buildOptions.OutputDirectory}: {e.Message}");
                error.WriteLine("    The previous site (if any) is unchanged. Check that the folder is writable and the disk is not full.");
                return 1;
            }
            output.WriteLine($"Built {result.Pages.Count} pages ({result.Files.Count} files) into {buildOptions.OutputDirectory} in {watch.Elapsed.TotalSeconds:0.00} s; {counts}.");
            return 0;
        }
        catch (Exception e)
        {
            error.WriteLine($"internal error: {e.Message}\nThis is a bug in the generator, not in your content; please report it with the text below.\n{e}");
            return 3;
        }
    }

    private static int WriteSchema(string source, CommandLineOptions options, TextWriter output, TextWriter error, ConsoleMode mode)
    {
        var result = SchemaExporter.Export(source, options.Now ?? DateTimeOffset.Now);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error))
            error.WriteLine(mode.Paint(diagnostic.Format()));
        if (!result.Succeeded)
        {
            error.WriteLine("The schema is made from site.yml and content/data/; fix the errors above first.");
            return 1;
        }
        var folder = Path.GetFullPath(options.Output ?? Path.Combine(source, "schema"));
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (name, text) in result.Files) File.WriteAllText(Path.Combine(folder, name), text, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: could not write the schema to {folder}: {e.Message}");
            return 1;
        }
        output.WriteLine($"Wrote {result.Files.Count} JSON Schema files into {folder}.");
        return 0;
    }

    private static int Move(string source, CommandLineOptions options, TextWriter output, TextWriter error)
    {
        var (kind, from, to) = (options.Arguments[0], options.Arguments[1], options.Arguments[2]);
        if (!Slug.IsValid(to))
        {
            error.WriteLine($"error: '{to}' is not a valid name; use lower-case letters without diacritics, digits and hyphens, e.g. '{Slug.From(to)}'");
            return 2;
        }
        var outcome = Moving.EntryMover.Move(source, kind, from, to, options.Now ?? DateTimeOffset.Now);
        (outcome.Moved ? output : error).WriteLine(outcome.Moved ? outcome.Message : $"error: {outcome.Message}");
        return outcome.Moved ? 0 : outcome.Usage ? 2 : 1;
    }

    /// <summary>A live line rewritten in place on a terminal; plain lines in CI; nothing when captured.</summary>
    private static Action<StageTiming>? Progress(ConsoleMode mode, TextWriter output)
    {
        if (mode.LiveProgress) return t => output.Write($"\r\u001b[2K{t.Stage} hotovo ({t.Elapsed.TotalMilliseconds:0} ms)…");
        if (mode.PlainProgress) return t => output.WriteLine($"{t.Stage}: {t.Elapsed.TotalMilliseconds:0} ms");
        return null;
    }

    private static int Serve(BuildOptions buildOptions, CommandLineOptions options, TextWriter output)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        // `kill`, systemd and `docker stop` send SIGTERM: stop as cleanly as on Ctrl+C (the runtime alone would not end the wait below).
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM,
            signal => { signal.Cancel = true; stop.Cancel(); });
        var server = new Serve.PreviewServer(buildOptions, options.Now, output);
        server.StartAsync(options.Port, stop.Token).GetAwaiter().GetResult();
        output.WriteLine($"Náhled běží na {server.Address} – změny v content/ a themes/ se projeví hned. Ukončíte Ctrl+C.");
        try
        {
            Task.Delay(Timeout.Infinite, stop.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: stop cleanly.
        }
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

    // The folder holding content/: the current one or the nearest parent, so the command works from any subfolder.
    private static string FindSourceRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "content"))) return dir.FullName;
        return start;
    }
}
