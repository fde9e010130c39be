namespace DobraPraxe.Generator.Model;

/// <summary>A navigation link: <see cref="Url"/> is site-relative (/praxe/) or absolute (https://…).</summary>
public sealed record MenuItem(string Title, string Url, Diagnostics.SourceLocation Location)
{
    /// <summary>The language of the page it leads to when that is not the menu's (an untranslated page of the English menu: "cs").</summary>
    public string? Lang { get; init; }
    /// <summary>The language of its title when that is not the menu's (such a page's own title, without 'en:').</summary>
    public string? TextLang { get; init; }
}
