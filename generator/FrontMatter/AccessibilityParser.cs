using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>site.yml 'accessibility:' (the main site's or a microsite's) → <see cref="AccessibilityStatement"/>, every part read through its declaration.</summary>
public static class AccessibilityParser
{
    /// <summary>The statement, or null when the file has no 'accessibility:' section.</summary>
    public static AccessibilityStatement? Parse(YamlFields site, FieldSpec section, DiagnosticBag diagnostics)
    {
        if (site.Group(section) is not { } f) return null;
        var items = f.GroupList(section["non_accessible"]).Select(item =>
        {
            var spec = section["non_accessible"];
            var content = item.Text(spec["content"]);
            var reason = item.Choice(spec["reason"]);
            var alternative = item.Text(spec["alternative"]);
            item.ReportUnknown();
            return content is null || reason is null ? null : new InaccessibleContent(content, reason, alternative);
        }).OfType<InaccessibleContent>().ToList();
        var statement = new AccessibilityStatement
        {
            Location = site.LocationOf(section),
            Body = f.Text(section["body"]),
            Status = f.Choice(section["status"]),
            NonAccessible = [.. items],
            NonAccessibleDeclared = f.Has(section["non_accessible"]),
            Prepared = f.Date(section["prepared"]),
            Reviewed = f.Date(section["reviewed"]),
            Method = f.Choice(section["method"]),
            Evaluator = f.Text(section["evaluator"]),
            ReviewLocation = f.Has(section["reviewed"]) ? f.LocationOf("reviewed") : f.Has(section["prepared"]) ? f.LocationOf("prepared") : null,
        };
        if (f.Group(section["contact"]) is { } contact)
        {
            var c = section["contact"];
            statement = statement with
            {
                Email = contact.Text(c["email"]), Phone = contact.Text(c["phone"]), Address = contact.Text(c["address"]), ContactName = contact.Text(c["name"]),
            };
            contact.ReportUnknown();
        }
        if (f.Group(section["enforcement"]) is { } enforcement)
        {
            var e = section["enforcement"];
            statement = statement with { EnforcementName = enforcement.Text(e["name"]), EnforcementUrl = enforcement.Url(e["url"]) };
            enforcement.ReportUnknown();
        }
        f.ReportUnknown();

        if (statement is { Prepared: { } prepared, Reviewed: { } reviewed } && reviewed < prepared)
            diagnostics.Error(f.LocationOf("reviewed"), $"the statement was reviewed ({reviewed:yyyy-MM-dd}) before it was prepared ({prepared:yyyy-MM-dd})",
                "Check 'prepared' and 'reviewed': the review date is the same as or later than the date of preparation.");
        if (statement.Status == "plne" && !statement.NonAccessible.IsEmpty)
            diagnostics.Error(f.LocationOf("non_accessible"), "a fully compliant site ('status: plne') has no non-accessible content to list",
                "Either write 'status: castecne' (partially compliant) or remove 'non_accessible:'.");
        return statement;
    }

    /// <summary>
    /// What a complete statement still lacks, each with where to report it: the required parts of the declaration,
    /// the non-accessible content of a site that is not fully compliant, the assessor of a third-party assessment.
    /// </summary>
    /// <param name="requiredParts">Also the required parts: a microsite's merged statement (the main site's parser reports its own at their lines).</param>
    public static void ReportMissing(AccessibilityStatement statement, FieldSpec section, SourceLocation at, DiagnosticBag diagnostics, bool requiredParts)
    {
        void Missing(FieldSpec field, string path) =>
            diagnostics.Error(at, $"the accessibility statement lacks '{path}'",
                $"Add '{path}: {field.Sample()}' under 'accessibility:'. {field.Requirement}");
        if (requiredParts)
        {
            if (statement.Body is null) Missing(section["body"], "body");
            if (statement.Status is null) Missing(section["status"], "status");
            if (statement.Prepared is null) Missing(section["prepared"], "prepared");
            if (statement.Email is null) Missing(section["contact"]["email"], "contact: email");
        }
        if (statement.Status is "castecne" or "neni" && statement.NonAccessible.IsEmpty)
            diagnostics.Error(at, $"the site is {AccessibilitySchema.Statuses.First(s => s.Key == statement.Status).Label}, but the statement lists no non-accessible content",
                $"List it under 'accessibility: non_accessible:', e.g. '- {section["non_accessible"].Sample()}'. {section["non_accessible"].Requirement}");
        if (statement.Method == "treti-strana" && statement.Evaluator is null)
            diagnostics.Error(at, "the statement says a third party assessed the site ('method: treti-strana') but not who",
                "Add 'evaluator: <name of the assessor>' under 'accessibility:'. The EU model names the method used to prepare the statement: self-assessment or assessment by a third party.");
    }
}
