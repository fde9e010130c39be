namespace DobraPraxe.Generator.Model;

/// <summary>A navigation link: <see cref="Url"/> is site-relative (/praxe/) or absolute (https://…).</summary>
public sealed record MenuItem(string Title, string Url, Diagnostics.SourceLocation Location);
