using System.Collections.Concurrent;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Templating;

namespace DobraPraxe.Generator.Incremental;

/// <summary>
/// What each page rendered in one build read of its site's model (<see cref="ReadLog"/>), by site — "main", or a language's
/// code — gathered while pages render on several threads, then recorded in <see cref="PageReads"/>.
/// </summary>
public sealed class SiteReads
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<(string Path, ReadLog Log)>> _sites = new(StringComparer.Ordinal);

    /// <summary>Told what each rendered page of <paramref name="site"/> read.</summary>
    public Action<RenderJob, ReadLog> Recorder(string site)
    {
        var bag = _sites.GetOrAdd(site, _ => []);
        return (job, log) => bag.Add((job.SitePath, log));
    }

    /// <summary>What the rendered pages of <paramref name="site"/> read, by site path.</summary>
    public IReadOnlyCollection<(string Path, ReadLog Log)> Of(string site) => _sites.TryGetValue(site, out var bag) ? bag : [];
}
