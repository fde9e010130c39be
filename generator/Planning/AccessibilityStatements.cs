using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>Which statement each site publishes, and the checks on it that need more than one file or today's date.</summary>
public static class AccessibilityStatements
{
    /// <summary>How long a statement may go without review: the EU model asks for a review at least once a year.</summary>
    public const int ReviewMonths = 12;

    /// <summary>A microsite's statement: its own parts over the main site's; null when neither declares one.</summary>
    public static AccessibilityStatement? For(Conference conference, SiteConfig site) =>
        conference.Accessibility is { } own ? site.Accessibility is { } main ? own.Over(main) : own : site.Accessibility;

    /// <summary>
    /// A microsite's merged statement must be complete (reported at its site.yml); every statement last reviewed more
    /// than <see cref="ReviewMonths"/> months before <paramref name="now"/> gets a warning at its review date.
    /// </summary>
    public static void Validate(ContentSet content, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var today = DateOnly.FromDateTime(Shared.Czech.ToPrague(now).DateTime);
        if (content.Site.Accessibility is { } main) WarnIfStale(main, "content/site.yml", today, diagnostics);
        foreach (var conference in content.Conferences.Where(c => For(c, content.Site) is not null))
        {
            // The statement's folder in each of the microsite's languages: a page of the microsite is a page in each of them.
            var segments = LanguagesOf(conference, content.Site).Select(l => Routes.Accessibility(l).TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
            foreach (var page in conference.Pages.Where(p => segments.Contains(p.Slug)))
                diagnostics.Error(page.SlugLocation ?? SourceLocation.File(page.SourcePath), $"the page slug '{page.Slug}' is used by the microsite's accessibility statement (/{page.Slug}/)",
                    "Rename the file or set another 'slug:'; the statement is made from 'accessibility:' in site.yml.");
        }
        foreach (var conference in content.Conferences.Where(c => c.Accessibility is not null))
        {
            var merged = For(conference, content.Site)!;
            var section = content.Schema.ConferenceSite[AccessibilitySchema.Key];
            AccessibilityParser.ReportMissing(merged, section, conference.Accessibility!.Location, diagnostics, requiredParts: true);
            if (conference.Accessibility!.Prepared is not null || conference.Accessibility.Reviewed is not null)
                WarnIfStale(merged, conference.Folder + "/site.yml", today, diagnostics);
        }
    }

    /// <summary>The languages a microsite is published in: its own 'languages:', else its 'language:' or the main site's.</summary>
    public static IEnumerable<string> LanguagesOf(Conference conference, SiteConfig site) =>
        conference.Languages.IsEmpty ? [conference.Language ?? site.Language] : conference.Languages.Select(l => l.Code);

    private static void WarnIfStale(AccessibilityStatement statement, string file, DateOnly today, DiagnosticBag diagnostics)
    {
        if (statement.LastReview is not { } last || last.AddMonths(ReviewMonths) >= today) return;
        diagnostics.Warning(statement.ReviewLocation ?? statement.Location,
            $"the accessibility statement was last reviewed on {last:yyyy-MM-dd}, more than {ReviewMonths} months ago",
            $"Review the statement (in {file}: check the status and the non-accessible content), then write today's date as 'reviewed:'. " +
            "The EU model statement (Implementing Decision (EU) 2018/1523) asks for a review at least once a year.");
    }
}
