using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Model;

/// <summary>The kinds of members, keyed as in members.yml, with their Czech labels (declared in <see cref="ContentSchema.MemberTypes"/>).</summary>
public sealed record MemberType(string Key, string Label)
{
    public static readonly IReadOnlyList<MemberType> All = [.. ContentSchema.MemberTypes.Select(c => new MemberType(c.Key, c.Label))];

    public static MemberType? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
