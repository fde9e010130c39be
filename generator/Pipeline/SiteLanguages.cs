using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>
/// The languages a build asks the theme's words in: the main site's ('language:' or 'languages:') and each microsite's,
/// each with the place that names it; and the pairs of a site's default and another of its languages, whose words must agree.
/// </summary>
public static class SiteLanguages
{
    /// <summary>Every language of every site once, where it is first named (a microsite's inherited language: its site.yml).</summary>
    public static IEnumerable<(string Code, SourceLocation At)> Asked(ContentSet content, string sourceDirectory)
    {
        var main = content.Site.Languages.Select(l => (l.Code, At: l.Location == default ? LanguageSetting.Locate(sourceDirectory, "content/site.yml") : l.Location));
        var microsites = content.Conferences.SelectMany(c => c.Languages.IsEmpty
            ? [(Code: c.Language ?? content.Site.Language, At: LanguageSetting.Locate(sourceDirectory, c.Folder + "/site.yml"))]
            : c.Languages.Select(l => (l.Code, At: l.Location)));
        return main.Concat(microsites).DistinctBy(a => a.Code);
    }

    /// <summary>Each site's default language with each of its other languages (the main site's, then each microsite's), once.</summary>
    public static IEnumerable<(string Default, string Other)> Pairs(ContentSet content) =>
        new[] { content.Site.Languages }.Concat(content.Conferences.Select(c => c.Languages))
            .Where(l => l.Length > 1).SelectMany(l => l.Skip(1).Select(other => (Default: l[0].Code, Other: other.Code))).Distinct();
}
