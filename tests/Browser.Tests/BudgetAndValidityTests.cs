using System.Diagnostics;
using System.IO.Compression;

namespace DobraPraxe.Browser.Tests;

/// <summary>The W3C Nu HTML checker over the whole built site, and the home page's weight budget.</summary>
[Collection(nameof(BrowserFixture))]
public sealed class BudgetAndValidityTests(BrowserFixture site)
{
    private const int BudgetBytes = 60 * 1024;

    [Fact]
    public void the_home_page_html_css_and_js_weigh_at_most_60_kb_gzipped()
    {
        // The page itself and every stylesheet and script it loads.
        var html = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "<(?:link rel=\"stylesheet\" href|script[^>]* src)=\"/([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("assets/css/site.css", assets);
        var total = Gzipped(Path.Combine(site.Output, "index.html")) + assets.Sum(a => Gzipped(Path.Combine(site.Output, a)));
        Assert.True(total <= BudgetBytes, $"home page weighs {total} bytes gzipped; the budget is {BudgetBytes}");
    }

    [Fact]
    public async Task every_html_page_passes_the_nu_html_checker()
    {
        var jar = Path.Combine(BrowserFixture.RepositoryRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run `npm ci` in the repository root, as .ci/run does.");
        // Every page of the bundled site — its English site (/en/) among them, every English page type — and of the 'english'
        // fixture, whose microsite is in English too (konference-b/en/).
        foreach (var (built, english) in new[] { (site.Output, "en/"), (site.EnglishOutput, "konference-b/en/") })
        {
            var pages = Directory.EnumerateFiles(Path.Combine(built, english), "*.html", SearchOption.AllDirectories).Count();
            Assert.True(pages >= 5, $"only {pages} pages in {english}");
        }
        Assert.True(File.Exists(Path.Combine(site.Output, "en", "accessibility-statement", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "en", "data", "index.html")));
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-jar", jar, "--errors-only", "--skip-non-html", "--format", "text", site.Output, site.EnglishOutput }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"Nu HTML checker found errors:\n{errors}{await output}");
    }

    private static long Gzipped(string path)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(File.ReadAllBytes(path));
        return buffer.Length;
    }
}
