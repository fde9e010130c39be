namespace DobraPraxe.Generator.Model;

/// <summary>The kinds of members, keyed as in members.yml, with their Czech labels.</summary>
public sealed record MemberType(string Key, string Label, string PluralLabel)
{
    public static readonly IReadOnlyList<MemberType> All =
    [
        new("mesto", "město", "města"),
        new("obec", "obec", "obce"),
        new("kraj", "kraj", "kraje"),
        new("mas", "místní akční skupina", "místní akční skupiny"),
        new("mikroregion", "mikroregion", "mikroregiony"),
    ];

    /// <summary>A kraj as a member is its own region: lines about its entries name it once, not "Kraj Vysočina · Kraj Vysočina".</summary>
    public bool IsRegion => Key == "kraj";

    public static MemberType? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
