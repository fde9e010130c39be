namespace DobraPraxe.Generator.Model;

/// <summary>One of the ten sustainability themes (content/data/themes.yml).</summary>
public sealed record Theme(string Key, string Name, string NameEn, string Color, string Description);
