using System.Collections.Concurrent;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.PostProcessing;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Templating;
using Scriban.Syntax;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>
/// Renders planned pages in parallel through the theme, hands each page's bytes to <c>write</c> at once (encoded where
/// it was rendered; nothing keeps them afterwards) and reads each page's ids and links once for the link checker.
/// </summary>
public sealed class PageRenderer(TemplateSet theme, DiagnosticBag diagnostics)
{
    public TemplateSet Theme => theme;

    /// <param name="write">Takes a page's file path (as <see cref="Routes.FileOf"/>) and its UTF-8 bytes; called from many threads.</param>
    /// <param name="readsOf">When given, told for each page which model nodes' members it read; called from many threads.</param>
    public List<ProcessedPage> Render(IReadOnlyList<RenderJob> jobs, SiteUrls urls, Action<string, byte[]> write, Action<RenderJob, ReadLog>? readsOf = null)
    {
        ReportDuplicatePaths(jobs);
        var pages = new ProcessedPage?[jobs.Count];
        var templateErrors = new ConcurrentDictionary<(SourceLocation, string), ConcurrentBag<string>>();
        var pool = new StringPool();
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            try
            {
                var reads = readsOf is null ? null : new ReadLog();
                theme.RenderPage(job.Layout, job.Variables, urls, html =>
                {
                    pages[i] = PageScanner.Scan(job.SitePath, html, job.SourcePath, pool);
                    var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(html)];
                    System.Text.Encoding.UTF8.GetBytes(html, bytes);
                    write(Routes.FileOf(job.SitePath), bytes);
                }, job.BaseLayout, reads, job.Words);
                if (reads is not null) readsOf!(job, reads);
            }
            catch (ScriptRuntimeException e)
            {
                var at = new SourceLocation(e.Span.FileName ?? $"layouts/{job.Layout}.html", e.Span.Start.Line + 1, e.Span.Start.Column + 1);
                templateErrors.GetOrAdd((at, e.OriginalMessage), _ => []).Add(job.SitePath);
            }
        });
        // One template mistake breaks every page using it: report it once, with how many pages it broke.
        foreach (var ((at, message), paths) in templateErrors)
        {
            var first = paths.Order(StringComparer.Ordinal).First();
            var where = paths.Count == 1 ? $"/{first}" : $"{paths.Count} pages, e.g. /{first}";
            diagnostics.Error(at, $"template error: {message} (rendering {where})", "Fix the template at this line.");
        }
        return [.. pages.OfType<ProcessedPage>()];
    }

    private void ReportDuplicatePaths(IReadOnlyList<RenderJob> jobs)
    {
        foreach (var group in jobs.GroupBy(j => j.SitePath).Where(g => g.Count() > 1))
        {
            var sources = group.Select(j => j.SourcePath ?? $"the generated {j.Layout} page").Distinct().ToList();
            diagnostics.Error(SourceLocation.File(sources.FirstOrDefault(s => s.StartsWith("content/", StringComparison.Ordinal)) ?? sources[0]),
                $"two pages would be published at /{group.Key}: {string.Join(" and ", sources)}", "Rename one of them.");
        }
    }
}
