namespace DobraPraxe.Generator.Model;

/// <summary>A kraj (content/data/regions.yml).</summary>
public sealed record Region(string Key, string Name, string? Code = null, (int Column, int Row)? Tile = null)
{
    /// <summary>'name_en': the region's English name ("South Moravian Region"); null when the file has none.</summary>
    public string? NameEn { get; init; }
}
