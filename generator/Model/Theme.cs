namespace DobraPraxe.Generator.Model;

/// <summary>One of the ten sustainability themes (content/data/themes.yml).</summary>
/// <param name="NameEn">'name_en', else the Czech name (the open data's English keywords have always taken it so).</param>
public sealed record Theme(string Key, string Name, string NameEn, string Color, string Description)
{
    /// <summary>'description_en': the description on the English pages; null when the file has none.</summary>
    public string? DescriptionEn { get; init; }
}
