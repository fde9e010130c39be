using System.Collections.Immutable;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Site;

/// <summary>
/// Entries that name each other through a field declared with 'references:' (a video's 'practices', a practice's
/// 'videos', a site kind's own): an entry's page lists, per kind, the published entries it names and those that name
/// it, so a link written on either side shows on both. Any kind with such a field takes part; practices and the item
/// kinds are listed (an event or a free page named so is checked, not listed).
/// </summary>
public sealed class EntryLinks
{
    private readonly Dictionary<(string Kind, string Slug), ImmutableArray<LinkedEntries>> _groups;

    public static EntryLinks Empty { get; } = new([]);

    private EntryLinks(Dictionary<(string Kind, string Slug), ImmutableArray<LinkedEntries>> groups) => _groups = groups;

    /// <summary>The entries linked to one entry, a group per kind in the kinds' declared order; empty when none are.</summary>
    public ImmutableArray<LinkedEntries> Of(string kind, string slug) => _groups.GetValueOrDefault((kind, slug), []);

    /// <param name="practices">Published practices in the model's order; <paramref name="items"/> likewise.</param>
    public static EntryLinks Build(ContentSchema schema, ImmutableArray<PracticeEntry> practices, ImmutableArray<ItemEntry> items, Localization.Words words)
    {
        var entries = new Dictionary<(string Kind, string Slug), object>();
        var order = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var p in practices) Add((ContentSchema.PracticeKind, p.Slug), p);
        foreach (var i in items) Add((i.Kind.Key, i.Slug), i);
        void Add((string, string) key, object entry)
        {
            entries[key] = entry;
            order[entry] = order.Count;
        }

        var sources = practices.Select(p => (Kind: ContentSchema.PracticeKind, p.Slug, Values: p.Source.Extra))
            .Concat(items.Select(i => (Kind: i.Kind.Key, i.Slug, Values: i.Source.Fields)));
        var links = new Dictionary<(string, string), HashSet<(string Kind, string Slug)>>();
        if (!sources.Any(s => s.Values.Any(v => v.Field.ReferencedKind is not null))) return Empty;
        foreach (var (kind, slug, values) in sources)
            foreach (var value in values.Where(v => v.Field.ReferencedKind is not null))
            {
                KeyRef[] named = value.Value switch { KeyRef one => [one], ImmutableArray<KeyRef> many => [.. many], _ => [] };
                foreach (var target in named.Select(k => (Kind: value.Field.ReferencedKind!, Slug: k.Key)).Where(entries.ContainsKey))
                {
                    if (target == (kind, slug)) continue;
                    Link((kind, slug), target);
                    Link(target, (kind, slug));
                }
            }
        void Link((string, string) from, (string Kind, string Slug) to)
        {
            if (!links.TryGetValue(from, out var set)) links[from] = set = [];
            set.Add(to);
        }

        var groups = new Dictionary<(string, string), ImmutableArray<LinkedEntries>>();
        foreach (var (from, targets) in links)
            groups[from] = [.. schema.Kinds.Where(k => targets.Any(t => t.Kind == k.Key)).Select(k =>
            {
                var linked = targets.Where(t => t.Kind == k.Key).Select(t => entries[t]).OrderBy(e => order[e]).ToList();
                return new LinkedEntries(k, Title(schema, from.Item1, k, words), [.. linked.OfType<PracticeEntry>()], [.. linked.OfType<ItemEntry>()]);
            })];
        return new EntryLinks(groups);
    }

    /// <summary>The title of the entry's own field that names <paramref name="other"/> ("Videa"), else that kind's list title.</summary>
    private static string Title(ContentSchema schema, string kind, KindSpec other, Localization.Words words) =>
        schema.EntryOf(schema.Kind(kind)).Fields.FirstOrDefault(f => f.ReferencedKind == other.Key)?.Title
        ?? other.Title ?? (other.Key == ContentSchema.PracticeKind ? words[Localization.GeneratorWords.CatalogueTitle] : other.Name);
}

/// <summary>The entries of one kind linked to an entry, under the title its page gives them.</summary>
public sealed record LinkedEntries(KindSpec Kind, string Title, ImmutableArray<PracticeEntry> Practices, ImmutableArray<ItemEntry> Items);
