using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Model;

/// <summary>
/// One rule of site.yml 'redirects:': the old address <see cref="From"/> leads to the page <see cref="To"/>. Either both name
/// <see cref="Shared.SitePaths.SlugPlaceholder"/> once, as a whole segment, and the rule stands for every page (or alias) that
/// <see cref="To"/> matches ("cz/priklady-dobre-praxe/{slug}" → "praxe/{slug}/"), or neither does. Paths as in <see cref="Alias"/>.
/// </summary>
public sealed record Redirect(string From, string To, SourceLocation FromLocation, SourceLocation ToLocation)
{
    public bool IsPattern => From.Contains(Shared.SitePaths.SlugPlaceholder, StringComparison.Ordinal);
}
