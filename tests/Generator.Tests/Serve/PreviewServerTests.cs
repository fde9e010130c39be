using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Serve;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Serve;

[CollectionDefinition(nameof(PreviewServerTests), DisableParallelization = true)]
public class PreviewServerCollection;

/// <summary>The preview server on a real loopback port: edits show up, broken content shows errors, fixing recovers, no restart.</summary>
[Collection(nameof(PreviewServerTests))]
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly ContentTree _site = new();
    private readonly StringWriter _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private PreviewServer _server = null!;

    private const string Entry = "content/practices/jihlava-pesi-zona.md";

    public async Task InitializeAsync()
    {
        var options = new BuildOptions { SourceDirectory = _site.Root, OutputDirectory = Path.Combine(_site.Root, "site-output"), IncludeDrafts = true };
        _server = new PreviewServer(options, Builds.Now, _log);
        await _server.StartAsync(FreePort());
    }

    private Task<string> Get(string path) => _http.GetStringAsync(new Uri(_server.Address, path));

    /// <summary>Polls until the page contains <paramref name="text"/>; returns how long that took.</summary>
    private async Task<TimeSpan> WaitFor(string path, string text, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if ((await Get(path)).Contains(text, StringComparison.Ordinal)) return watch.Elapsed;
            await Task.Delay(20);
        }
        throw new TimeoutException($"'{text}' did not appear on {path} within {limit.TotalSeconds} s\n{_log}");
    }

    private void Edit(Func<string, string> change) =>
        _site.Write(Entry, change(File.ReadAllText(Path.Combine(_site.Root, Entry))));

    [Fact]
    public async Task an_edited_entry_is_served_within_two_seconds_without_a_restart()
    {
        var page = await Get("praxe/jihlava-pesi-zona/");
        Assert.Contains("<h1>Pěší zóna v Jihlavě</h1>", page);
        Assert.Contains("/__dobrapraxe/livereload.js", page);

        Edit(text => text.Replace("title: Pěší zóna v Jihlavě", "title: Pěší zóna v Jihlavě – upraveno"));
        var took = await WaitFor("praxe/jihlava-pesi-zona/", "Pěší zóna v Jihlavě – upraveno", TimeSpan.FromSeconds(5));
        // Seconds, not the 100 ms the benchmark measures: on a busy CI machine the first edit also pays for JIT and the
        // watcher's settle time (it once took 1,061 ms). That the fast path did it is what the log line below proves.
        Assert.True(took < TimeSpan.FromSeconds(2), $"took {took.TotalMilliseconds:0} ms");
        // The entry's own page was redone alone before the rest of the site.
        Assert.Contains("Stránka praxe/jihlava-pesi-zona/index.html obnovena", _log.ToString());
        // Then the incremental rebuild brings the lists up to date too, rendering only the pages that show the entry.
        await WaitFor("praxe/", "Pěší zóna v Jihlavě – upraveno", TimeSpan.FromSeconds(5));
        var rebuilt = System.Text.RegularExpressions.Regex.Match(_log.ToString(), @"Přestavěno: (\d+) z (\d+) stránek");
        Assert.True(rebuilt.Success, _log.ToString());
        Assert.True(int.Parse(rebuilt.Groups[1].Value) < int.Parse(rebuilt.Groups[2].Value), rebuilt.Value);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "site-output")), "serve must never write site-output/");
    }

    [Fact]
    public async Task a_save_through_a_temporary_file_is_still_rebuilt_incrementally()
    {
        // sed -i and vim write a temporary file and rename it over the entry: the watcher sees both paths.
        var entry = Path.Combine(_site.Root, Entry);
        var temporary = Path.Combine(_site.Root, "content", "practices", "sedX4f2a1");
        File.WriteAllText(temporary, File.ReadAllText(entry).Replace("title: Pěší zóna v Jihlavě", "title: Pěší zóna v Jihlavě – přes dočasný soubor"));
        File.Move(temporary, entry, overwrite: true);
        await WaitFor("praxe/", "Pěší zóna v Jihlavě – přes dočasný soubor", TimeSpan.FromSeconds(5));
        Assert.Contains("Přestavěno:", _log.ToString());
        // The first build was the only full one.
        Assert.Single(_log.ToString().Split('\n'), line => line.StartsWith("Sestaveno", StringComparison.Ordinal));
    }

    [Fact]
    public async Task broken_content_shows_the_errors_while_the_last_good_site_keeps_serving_and_a_fix_recovers()
    {
        var before = _server.Snapshot.Version;
        Edit(text => text.Replace("member: jihlava", "member: jihlavaa"));
        var watch = Stopwatch.StartNew();
        while (_server.Snapshot.Version == before && watch.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(20);

        var status = await Get("__dobrapraxe/status");
        Assert.Contains("\"failed\":true", status);
        Assert.Contains("unknown member", status);
        Assert.Contains("<h1>Pěší zóna v Jihlavě</h1>", await Get("praxe/jihlava-pesi-zona/"));
        Assert.Contains("Cyklostezky kolem Znojma", await Get("praxe/znojmo-cyklostezky/"));
        Assert.Contains("Obsah má chyby", await Get("__dobrapraxe/livereload.js"));

        Edit(text => text.Replace("member: jihlavaa", "member: znojmo"));
        await WaitFor("praxe/jihlava-pesi-zona/", "/clenove/znojmo/", TimeSpan.FromSeconds(5));
        Assert.Contains("\"failed\":false", await Get("__dobrapraxe/status"));
    }

    [Fact]
    public async Task drafts_are_shown_with_a_banner_and_microsites_are_served_from_their_folder()
    {
        Assert.Contains("draft-banner", await Get("praxe/rozpracovana/"));
        var program = await Get("konference-a/program/");
        Assert.Contains("href=\"/konference-a/recnici/#novakova\"", program);
        var missing = await _http.GetAsync(new Uri(_server.Address, "neexistuje/"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Stránka nenalezena", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_taken_port_moves_to_the_next_free_one()
    {
        var options = new BuildOptions { SourceDirectory = _site.Root, OutputDirectory = Path.Combine(_site.Root, "site-output") };
        await using var second = new PreviewServer(options, Builds.Now, new StringWriter());
        await second.StartAsync(_server.Port);
        Assert.True(second.Port > _server.Port);
        Assert.Contains("Testovací katalog", await _http.GetStringAsync(second.Address));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }
}
