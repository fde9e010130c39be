using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Serve;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Serve;

/// <summary>
/// serve on a site in two languages (the english fixture): a saved entry's page redone alone keeps its pairing, and edits
/// to a translation or to an entry's English title reach the English pages through the incremental rebuild, not a full one.
/// </summary>
[Collection(nameof(PreviewServerTests))]
public sealed class EnglishPreviewTests : IDisposable
{
    private const string Entry = "content/practices/znojmo-cyklostezky.md";
    private const string Translation = "content/practices/znojmo-cyklostezky.en.md";
    private readonly ContentTree _site = new("english");

    private void Edit(string path, Func<string, string> change) => _site.Write(path, change(File.ReadAllText(Path.Combine(_site.Root, path)).ReplaceLineEndings("\n")));

    /// <summary>The fast path's page is the full build's, switcher and hreflang alternates included.</summary>
    [Fact]
    public void the_page_redone_alone_keeps_its_switcher_and_alternates()
    {
        var options = new BuildOptions
        {
            SourceDirectory = _site.Root, OutputDirectory = Path.Combine(_site.Root, "site-output"), Now = Builds.Now, IncludeDrafts = true,
            PreviewRoot = new Uri("http://127.0.0.1:8080/"), KeepForUpdates = true,
        };
        var first = new SiteGenerator(options).Generate();
        Assert.True(first.Succeeded, Builds.Errors(first));
        Edit(Entry, t => t + "\nOdstavec doplněný v náhledu.\n");

        var page = EntryUpdater.TryUpdate(first.State!, _site.Root, Entry, Builds.Now);

        Assert.NotNull(page);
        var full = new SiteGenerator(options).Generate();
        var expected = Builds.Page(full, page.Path);
        Assert.Contains("hreflang=\"en\"", expected);
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(page.Content!));
    }

    [Fact]
    public async Task edits_to_a_translation_and_to_an_english_title_are_rebuilt_incrementally()
    {
        using var log = new StringWriter();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await using var server = new PreviewServer(new BuildOptions { SourceDirectory = _site.Root, OutputDirectory = Path.Combine(_site.Root, "site-output"), IncludeDrafts = true },
            Builds.Now, TextWriter.Synchronized(log));
        await server.StartAsync(FreePort.Next());
        async Task WaitFor(string path, string text)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(10))
            {
                if ((await http.GetStringAsync(new Uri(server.Address, path))).Contains(text, StringComparison.Ordinal)) return;
                await Task.Delay(20);
            }
            throw new TimeoutException($"'{text}' did not appear on {path}\n{log}");
        }

        Edit(Translation, t => t.Replace("title: Cycle paths around Znojmo", "title: Cycle paths around Znojmo, edited", StringComparison.Ordinal));
        await WaitFor("en/praxe/znojmo-cyklostezky/", "Cycle paths around Znojmo, edited");
        await WaitFor("en/praxe/", "Cycle paths around Znojmo, edited");
        Edit("content/practices/jihlava-pesi-zona.md", t => t.Replace("title: A pedestrian zone in Jihlava", "title: Jihlava's pedestrian zone", StringComparison.Ordinal));
        await WaitFor("en/praxe/", "Jihlava&#39;s pedestrian zone");

        var lines = log.ToString().Split('\n');
        // The first build was the only full one; each save was rebuilt incrementally, rendering some of the pages.
        Assert.Single(lines, line => line.StartsWith("Sestaveno", StringComparison.Ordinal));
        var rebuilt = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^Přestavěno: (\d+) z (\d+) stránek")).Where(m => m.Success).ToList();
        Assert.True(rebuilt.Count >= 2, log.ToString());
        Assert.All(rebuilt, m => Assert.True(int.Parse(m.Groups[1].Value) < int.Parse(m.Groups[2].Value) / 2, m.Value));
    }


    public void Dispose() => _site.Dispose();
}
