using System.Collections.Concurrent;
using System.Collections;
using System.Reflection;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Incremental;

/// <summary>
/// Whether two values from two builds' models would look the same to a template: equal scalars, equal sequences,
/// records whose public properties are all the same — and model nodes (<see cref="ModelNodes"/>) by their key only,
/// since what a page reads of a node is logged and compared member by member on its own (<see cref="PageReads"/>).
/// Everything in the model is immutable, so one object is always the same as itself. When in doubt (an exception,
/// an unknown shape, a graph too deep) the answer is "not the same": a page re-rendered for nothing costs
/// milliseconds, a page kept stale would be wrong. Safe to use from several threads at once.
/// </summary>
public sealed class ModelComparer
{
    private const int MaxDepth = 40;
    // Shared values sit near the top of a page's variables ('site', a taxonomy's view); deeper ones are small and seldom shared.
    private const int MemoDepth = 1;
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Properties = new();
    // Pairs of composite objects compared already: every page's 'site' is the same pair, compared once. Shared by the
    // threads that compare pages at once (a pair compared twice meanwhile gives the same answer twice).
    private readonly ConcurrentDictionary<(object, object), bool> _known = new(PairComparer.Instance);

    public bool Same(object? a, object? b) => Same(a, b, 0);

    private bool Same(object? a, object? b, int depth)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.GetType() != b.GetType()) return false;
        if (ModelNodes.SameNode(a, b) is { } sameNode) return sameNode;
        var type = a.GetType();
        if (a is string || type.IsPrimitive || type.IsEnum || a is decimal or DateOnly or DateTime or DateTimeOffset or TimeSpan or TimeOnly or Uri or Guid or Shared.HtmlFragment)
            return a.Equals(b);
        if (depth > MaxDepth) return false;
        var memo = depth <= MemoDepth && !type.IsValueType;
        if (memo && _known.TryGetValue((a, b), out var known)) return known;
        bool same;
        try
        {
            same = a switch
            {
                IDictionary x => SameDictionary(x, (IDictionary)b, depth),
                IEnumerable x => SameSequence(x, (IEnumerable)b, depth),
                _ => Props(type).All(get => Same(get(a), get(b), depth + 1)),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or TargetInvocationException or ArgumentException or NotSupportedException)
        {
            same = false;
        }
        if (memo) _known[(a, b)] = same;
        return same;
    }

    private bool SameSequence(IEnumerable a, IEnumerable b, int depth)
    {
        var left = a.GetEnumerator();
        var right = b.GetEnumerator();
        while (true)
        {
            var more = left.MoveNext();
            if (more != right.MoveNext()) return false;
            if (!more) return true;
            if (!Same(left.Current, right.Current, depth + 1)) return false;
        }
    }

    private bool SameDictionary(IDictionary a, IDictionary b, int depth)
    {
        if (a.Count != b.Count) return false;
        foreach (DictionaryEntry entry in a)
            if (!b.Contains(entry.Key) || !Same(entry.Value, b[entry.Key], depth + 1)) return false;
        return true;
    }

    // Compiled once per type: reflection's GetValue would cost more than the comparison itself.
    private static Func<object, object?>[] Props(Type type) => Properties.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            // A record's compiler-made EqualityContract is a Type, not content.
            .Where(p => p.Name != "EqualityContract")
            .Select(Getter)]);

    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var target = System.Linq.Expressions.Expression.Parameter(typeof(object));
        var read = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(target, property.DeclaringType!), property);
        return System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(System.Linq.Expressions.Expression.Convert(read, typeof(object)), target).Compile();
    }

    private sealed class PairComparer : IEqualityComparer<(object, object)>
    {
        public static readonly PairComparer Instance = new();
        public bool Equals((object, object) x, (object, object) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);
        public int GetHashCode((object, object) pair) => HashCode.Combine(
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
