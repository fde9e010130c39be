using System.Collections.Frozen;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Serve;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Serve;

/// <summary>serve's first look at a saved entry (EditCheck): its parse errors are shown before, and instead of, a full build.</summary>
public sealed class EditCheckTests : IDisposable
{
    private const string Entry = "content/practices/jihlava-pesi-zona.md";
    private const string Other = "content/practices/znojmo-cyklostezky.md";
    private readonly ContentTree _site = new();
    private readonly Generator.Schema.ContentSchema _schema = ContentReader.SchemaOf(null, Builds.Now);

    private void Edit(string path, Func<string, string> change) => _site.Write(path, change(File.ReadAllText(Path.Combine(_site.Root, path))));

    private static SiteSnapshot Good(params Diagnostic[] problems) => new(FrozenDictionary<string, Generator.Output.OutputFile>.Empty, problems, 7);

    [Fact]
    public void a_stray_character_after_a_quoted_title_is_an_error_at_its_line_and_a_good_file_has_none()
    {
        Assert.Empty(EditCheck.Errors(_schema, _site.Root, Entry));
        Edit(Entry, t => t.Replace("title: Pěší zóna v Jihlavě", "title: \"Pěší zóna v Jihlavě\" x"));

        var error = Assert.Single(EditCheck.Errors(_schema, _site.Root, Entry));

        Assert.Equal(Entry, error.Location.Path);
        Assert.Equal(2, error.Location.Line);
        Assert.True(error.IsError);
    }

    [Fact]
    public void only_entries_of_a_kinds_folder_are_looked_at()
    {
        _site.Write("content/data/members.yml", "jihlava: [nope\n");
        _site.Write("content/practices/poznamky.txt", "---\ntitle: \"x\" y\n---\n");
        var snapshot = Good();

        Assert.Empty(EditCheck.Errors(_schema, _site.Root, "content/data/members.yml"));
        Assert.Empty(EditCheck.Errors(_schema, _site.Root, "content/practices/poznamky.txt"));
        Assert.Empty(EditCheck.Errors(_schema, _site.Root, "content/practices/smazana.md"));
        // A save that is not only entries goes to the build, which reads site.yml and the data first.
        Edit(Entry, t => t.Replace("title: Pěší zóna v Jihlavě", "title: \"Pěší zóna v Jihlavě\" x"));
        Assert.Null(new EditCheck().Hold(snapshot, _schema, _site.Root, [Entry, "content/data/members.yml"]));
    }

    /// <summary>
    /// A translation writes only what it translates (no member, no themes): read as an entry it would have every required
    /// field missing. It is read against its original by the rebuild, which holds its errors (IncrementalRebuildTests).
    /// </summary>
    [Fact]
    public void a_translation_is_not_read_as_an_entry_of_its_folder()
    {
        using var english = new ContentTree("english");
        const string translation = "content/practices/znojmo-cyklostezky.en.md";
        Assert.Empty(EditCheck.Errors(_schema, english.Root, translation));
        Assert.Null(new EditCheck().Hold(Good(), _schema, english.Root, [translation]));
    }

    [Fact]
    public void a_held_save_is_built_with_the_first_save_after_which_every_held_file_parses()
    {
        var warning = new Diagnostic(Severity.Warning, SourceLocation.File("content/site.yml"), "an old warning");
        var check = new EditCheck();
        Edit(Entry, t => t.Replace("title: Pěší zóna v Jihlavě", "title: \"Pěší zóna v Jihlavě\" x"));

        var held = check.Hold(Good(warning), _schema, _site.Root, [Entry]);

        Assert.NotNull(held);
        Assert.True(held.Failed);
        Assert.Equal(8, held.Version);
        Assert.All(held.Problems, p => Assert.Equal(Entry, p.Location.Path));
        // Another entry saved cleanly while the first is still broken: still held, the first one's error still shown.
        Assert.NotNull(check.Hold(held, _schema, _site.Root, [Other]));
        Edit(Entry, t => t.Replace("title: \"Pěší zóna v Jihlavě\" x", "title: Pěší zóna v Jihlavě"));
        Assert.Null(check.Hold(held, _schema, _site.Root, [Entry]));

        var (paths, restored) = check.Release(held, [Entry]);

        Assert.Equal([Entry, Other], paths);
        Assert.False(restored.Failed);
        Assert.Equal([warning], restored.Problems);
        // Nothing held any more: the next save is built alone.
        Assert.Equal([Other], check.Release(restored, [Other]).Paths);
    }

    public void Dispose() => _site.Dispose();
}

/// <summary>The error path on a running preview server: a broken save is shown without a full build, and its fix is built incrementally.</summary>
[Collection(nameof(PreviewServerTests))]
public sealed class ServeErrorPathTests : IAsyncLifetime
{
    private const string Entry = "content/practices/jihlava-pesi-zona.md";
    private readonly ContentTree _site = new();
    private readonly StringWriter _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        var options = new BuildOptions { SourceDirectory = _site.Root, OutputDirectory = Path.Combine(_site.Root, "site-output"), IncludeDrafts = true };
        _server = new PreviewServer(options, Builds.Now, _log);
        await _server.StartAsync(FreePort.Next());
    }

    private void Edit(Func<string, string> change) => _site.Write(Entry, change(File.ReadAllText(Path.Combine(_site.Root, Entry))));

    private int FullBuilds => _log.ToString().Split('\n').Count(l => l.StartsWith("Sestaveno", StringComparison.Ordinal) || l.StartsWith("Chyby:", StringComparison.Ordinal));

    private async Task<string> StatusWhen(Func<string, bool> done)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            var status = await _http.GetStringAsync(new Uri(_server.Address, "__dobrapraxe/status"));
            if (done(status)) return status;
            await Task.Delay(20);
        }
        throw new TimeoutException(_log.ToString());
    }

    [Fact]
    public async Task broken_front_matter_is_on_the_overlay_without_a_full_build_and_the_fix_is_built_incrementally()
    {
        Edit(t => t.Replace("title: Pěší zóna v Jihlavě", "title: \"Pěší zóna v Jihlavě\" x"));
        var status = await StatusWhen(s => s.Contains("\"failed\":true", StringComparison.Ordinal));

        Assert.Contains($"{Entry}:2:", status);
        Assert.Equal(1, FullBuilds);
        Assert.Contains("<h1>Pěší zóna v Jihlavě</h1>", await _http.GetStringAsync(new Uri(_server.Address, "praxe/jihlava-pesi-zona/")));

        Edit(t => t.Replace("title: \"Pěší zóna v Jihlavě\" x", "title: Pěší zóna v Jihlavě – opraveno"));
        await StatusWhen(s => s.Contains("\"failed\":false", StringComparison.Ordinal));
        var watch = Stopwatch.StartNew();
        while (!_log.ToString().Contains("Přestavěno:", StringComparison.Ordinal) && watch.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);

        Assert.Contains("Pěší zóna v Jihlavě – opraveno", await _http.GetStringAsync(new Uri(_server.Address, "praxe/")));
        Assert.Equal(1, FullBuilds);
    }

    [Fact]
    public async Task an_unknown_key_found_by_the_incremental_rebuild_is_shown_without_a_full_build()
    {
        Edit(t => t.Replace("member: jihlava", "member: jihlavaa"));
        var status = await StatusWhen(s => s.Contains("\"failed\":true", StringComparison.Ordinal));

        Assert.Contains("unknown member", status);
        Assert.Equal(1, FullBuilds);

        Edit(t => t.Replace("member: jihlavaa", "member: znojmo"));
        await StatusWhen(s => s.Contains("\"failed\":false", StringComparison.Ordinal));
        // The check clears the overlay at once; the rebuild that serves the fix follows it (slower on a loaded machine).
        var watch = Stopwatch.StartNew();
        while (!_log.ToString().Contains("Přestavěno:", StringComparison.Ordinal) && watch.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
        Assert.Contains("/clenove/znojmo/", await _http.GetStringAsync(new Uri(_server.Address, "praxe/jihlava-pesi-zona/")));
        Assert.Equal(1, FullBuilds);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }
}
