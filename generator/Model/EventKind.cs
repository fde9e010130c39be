using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Model;

/// <summary>The kinds of events, keyed as in front matter, with their Czech labels (declared in <see cref="ContentSchema.EventKinds"/>).</summary>
public sealed record EventKind(string Key, string Label)
{
    public static readonly IReadOnlyList<EventKind> All = [.. ContentSchema.EventKinds.Select(c => new EventKind(c.Key, c.Label))];

    public static EventKind? Find(string key) => All.FirstOrDefault(k => k.Key == key);
}
