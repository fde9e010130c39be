namespace DobraPraxe.Generator.Model;

/// <summary>The kinds of events, keyed as in front matter, with their Czech labels.</summary>
public sealed record EventKind(string Key, string Label)
{
    public static readonly IReadOnlyList<EventKind> All =
    [
        new("skola", "Škola Zdravých měst"),
        new("setkani", "Setkání"),
        new("konference", "Konference"),
        new("forum", "Fórum"),
        new("jine", "Akce"),
    ];

    public static EventKind? Find(string key) => All.FirstOrDefault(k => k.Key == key);
}
