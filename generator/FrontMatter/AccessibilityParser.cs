using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>site.yml 'accessibility:' (the main site's or a microsite's) → <see cref="AccessibilityStatement"/>, every part read through its declaration.</summary>
public static class AccessibilityParser
{
    /// <summary>The statement, or null when the file has no 'accessibility:' section.</summary>
    /// <remarks>
    /// Its 'en:' (the English texts) is read and checked whether or not the site is published in English yet, as a
    /// translation (x.en.md) is: a site translates first and switches English on when it is ready.
    /// </remarks>
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
        if (f.Group(section[ContentSchema.English]) is { } en) statement = English(statement, en, section[ContentSchema.English]);
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
    /// 'en:': the English of the statement's texts, each beside the Czech text it translates (non_accessible item for item,
    /// in order); an English text whose Czech one this statement does not set is an error at its line.
    /// </summary>
    private static AccessibilityStatement English(AccessibilityStatement statement, YamlFields en, FieldSpec section)
    {
        string? Translating(YamlFields group, FieldSpec field, string path, string? czech)
        {
            var text = group.Text(field);
            if (text is not null && czech is null)
                group.Error(group.LocationOf(field), $"'en: {path}' is the English of '{path}', which this statement does not set",
                    $"Write the Czech text as '{path}:' under 'accessibility:' first, or remove the English one: 'en:' translates the statement's texts, item for item.");
            return czech is null ? null : text;
        }
        var body = Translating(en, section["body"], "body", statement.Body);
        var items = statement.NonAccessible;
        if (en.Has(section["non_accessible"]))
        {
            var english = en.GroupList(section["non_accessible"]);
            var itemField = section["non_accessible"];
            if (english.Count != items.Length)
                en.Error(en.LocationOf(itemField), $"'en: non_accessible' has {english.Count} item(s), 'non_accessible' {items.Length}",
                    "Write the English of each item of 'non_accessible', in the same order: '- { content: …, alternative: … }'.");
            items = [.. items.Select((item, i) => i >= english.Count ? item : item with
            {
                ContentEn = Translating(english[i], itemField["content"], "non_accessible: content", item.Content),
                AlternativeEn = Translating(english[i], itemField["alternative"], "non_accessible: alternative", item.Alternative),
            })];
            foreach (var item in english.Take(items.Length)) item.ReportUnknown();
        }
        string? InGroup(string group, string? czech)
        {
            if (en.Group(section[group]) is not { } g) return null;
            var text = Translating(g, section[group]["name"], $"{group}: name", czech);
            g.ReportUnknown();
            return text;
        }
        var contact = InGroup("contact", statement.ContactName);
        var enforcement = InGroup("enforcement", statement.EnforcementName);
        en.ReportUnknown();
        return statement with { BodyEn = body, NonAccessible = items, ContactNameEn = contact, EnforcementNameEn = enforcement };
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
