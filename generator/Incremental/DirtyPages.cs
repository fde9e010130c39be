using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Site;
using Scriban;

namespace DobraPraxe.Generator.Incremental;

/// <summary>
/// The pages of a site that must be rendered again after its model changed: a page whose plan (layout, variables)
/// is not the same as last time, and a page that read a member of a model node whose value is not the same in the
/// new model (<see cref="PageReads"/>). Every other page would come out byte for byte as it did.
/// </summary>
public static class DirtyPages
{
    /// <param name="before">Last build's model and pages of the site; <paramref name="after"/> this build's.</param>
    public static HashSet<string> Find(SiteModel before, IReadOnlyList<RenderJob> jobsBefore, SiteModel after, IReadOnlyList<RenderJob> jobsAfter, PageReads reads)
    {
        var comparer = new ModelComparer();
        var previous = jobsBefore.ToDictionary(j => j.SitePath, StringComparer.Ordinal);
        // Every page's plan is compared: on both cores, since it is most of what a saved edit waits for on a large site.
        var replanned = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(jobsAfter, job =>
        {
            if (!previous.TryGetValue(job.SitePath, out var old) || !SamePlan(old, job, comparer)) replanned.Add(job.SitePath);
        });
        var dirty = new HashSet<string>(replanned, StringComparer.Ordinal);

        var nodesBefore = Nodes(before);
        var nodesAfter = Nodes(after);
        // Scriban's own accessors read the members, so a member is read here exactly as the template read it.
        var context = new TemplateContext();
        for (var i = 0; i < reads.Pairs.Count; i++)
        {
            if (reads.ReaderCount(i) == 0) continue;
            var (node, member) = reads.Pairs[i];
            nodesBefore.TryGetValue(node, out var a);
            nodesAfter.TryGetValue(node, out var b);
            if (ReferenceEquals(a, b) && a is not null) continue;
            if (a is null || b is null || !comparer.Same(Read(context, a, member), Read(context, b, member)))
                dirty.UnionWith(reads.Readers(i));
        }
        return dirty;
    }

    private static bool SamePlan(RenderJob a, RenderJob b, ModelComparer comparer) =>
        a.Layout == b.Layout && a.BaseLayout == b.BaseLayout && a.SourcePath == b.SourcePath && comparer.Same(a.Variables, b.Variables);

    private static object? Read(TemplateContext context, object node, string member) =>
        context.GetMemberAccessor(node).TryGetValue(context, default, node, member, out var value) ? value : Missing;

    // A member one model has and the other lacks is a change, unlike two nulls.
    private static readonly object Missing = new();

    /// <summary>Every node of the model by its key.</summary>
    private static Dictionary<string, object> Nodes(SiteModel site)
    {
        var nodes = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var p in site.Practices) nodes[ModelNodes.KeyOf(p)!] = p;
        foreach (var e in site.Events) nodes[ModelNodes.KeyOf(e)!] = e;
        foreach (var p in site.Pages) nodes[ModelNodes.KeyOf(p)!] = p;
        foreach (var taxonomy in site.Taxonomies)
        {
            nodes[ModelNodes.KeyOf(taxonomy)!] = taxonomy;
            foreach (var term in taxonomy.Terms) nodes[ModelNodes.KeyOf(term)!] = term;
        }
        return nodes;
    }
}
