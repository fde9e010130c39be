using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Model;

/// <summary>The kinds of members, keyed as in members.yml, with their Czech labels (declared in <see cref="ContentSchema.MemberTypes"/>).</summary>
public sealed record MemberType(string Key, string Label)
{
    public static readonly IReadOnlyList<MemberType> All = [.. ContentSchema.MemberTypes.Select(c => new MemberType(c.Key, c.Label) { LabelEn = c.LabelEn! })];

    /// <summary>The English label ("local action group"), for the English pages.</summary>
    public string LabelEn { get; init; } = "";

    /// <summary>A kraj as a member is its own region: lines about its entries name it once, not "Kraj Vysočina · Kraj Vysočina".</summary>
    public bool IsRegion => Key == "kraj";

    public static MemberType? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
