namespace DobraPraxe.Generator.Model;

/// <summary>A member of the network (content/data/members.yml).</summary>
public sealed record Member
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required MemberType Type { get; init; }
    public required KeyRef Region { get; init; }
    public Uri? Web { get; init; }
    public int? Since { get; init; }
}
