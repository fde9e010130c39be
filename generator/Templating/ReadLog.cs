using Scriban.Parsing;
using Scriban.Runtime;
using Scriban;

namespace DobraPraxe.Generator.Templating;

/// <summary>
/// The members of model nodes (<see cref="Site.ModelNodes"/>) one page's templates read, as (node key, member
/// name) pairs: what the page shows of other entries, terms and taxonomies beyond its own variables. The preview's
/// incremental rebuild re-renders a page when one of them changed. Every value reaches a template either as a page
/// variable or through a member read, so the two together are all a page depends on.
/// </summary>
public sealed class ReadLog
{
    private readonly HashSet<(string Node, string Member)> _reads = [];

    public IReadOnlyCollection<(string Node, string Member)> Reads => _reads;

    internal void Add(string node, string member) => _reads.Add((node, member));

    /// <summary>Wraps Scriban's accessor of a node type so that each read is logged while a page records one.</summary>
    internal sealed class Accessor(IObjectAccessor inner, EscapingTemplateContext context) : IObjectAccessor
    {
        public int GetMemberCount(TemplateContext c, SourceSpan span, object target) => inner.GetMemberCount(c, span, target);
        public IEnumerable<string> GetMembers(TemplateContext c, SourceSpan span, object target) => inner.GetMembers(c, span, target);
        public bool HasMember(TemplateContext c, SourceSpan span, object target, string member) => inner.HasMember(c, span, target, member);

        public bool TryGetValue(TemplateContext c, SourceSpan span, object target, string member, out object? value)
        {
            if (context.Reads is { } log && Site.ModelNodes.KeyOf(target) is { } key) log.Add(key, member);
            return inner.TryGetValue(c, span, target, member, out value);
        }

        public bool TrySetValue(TemplateContext c, SourceSpan span, object target, string member, object? value) => inner.TrySetValue(c, span, target, member, value);
        public bool TryGetItem(TemplateContext c, SourceSpan span, object target, object index, out object? value) => inner.TryGetItem(c, span, target, index, out value);
        public bool TrySetItem(TemplateContext c, SourceSpan span, object target, object index, object? value) => inner.TrySetItem(c, span, target, index, value);
        public bool HasIndexer => inner.HasIndexer;
        public Type? IndexType => inner.IndexType;
    }
}
