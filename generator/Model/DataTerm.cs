namespace DobraPraxe.Generator.Model;

/// <summary>A term of a site's own taxonomy, from its data file (content/data/&lt;name&gt;.yml: key → { name, description }).</summary>
public sealed record DataTerm(string Key, string Name, string Description)
{
    /// <summary>'name_en' and 'description_en', for the English pages; null when the file has none.</summary>
    public string? NameEn { get; init; }
    public string? DescriptionEn { get; init; }
}
