using System.Collections.Immutable;
using System.Globalization;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>
/// What the statement page (layout 'accessibility') and its JSON twin show: the statement of one site with the
/// defaults of the law filled in and every key turned into its label in the site's language.
/// </summary>
public sealed record AccessibilityStatementView
{
    public required string Body { get; init; }
    /// <summary>The site the statement is about: its title and absolute address.</summary>
    public required string SiteTitle { get; init; }
    public required string Website { get; init; }
    public required string Url { get; init; }
    public required string JsonUrl { get; init; }
    public required string Status { get; init; }
    public required string StatusLabel { get; init; }
    public required ImmutableArray<InaccessibleItemView> NonAccessible { get; init; }
    public required DateOnly Prepared { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required string Method { get; init; }
    public required string MethodLabel { get; init; }
    public string? Evaluator { get; init; }
    public required string Email { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? ContactName { get; init; }
    public required string EnforcementName { get; init; }
    public required string EnforcementUrl { get; init; }
    public required ImmutableArray<string> Checks { get; init; }
    /// <summary>The law and the EU model it follows, as the JSON twin names them.</summary>
    public required string Legislation { get; init; }
    public required string Model { get; init; }
    public required string PreparedText { get; init; }
    public required string ReviewedText { get; init; }

    public string PreparedIso => Prepared.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string ReviewedIso => Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    /// <summary>"tel:+420…", the phone number without spaces.</summary>
    public string? PhoneHref => Phone is null ? null : "tel:" + new string([.. Phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);

    /// <summary>The view of a complete statement; null when a required part is missing (reported while validating).</summary>
    public static AccessibilityStatementView? Of(AccessibilityStatement? statement, string siteTitle, SiteUrls urls, Words words)
    {
        if (statement is not { Body: { } body, Status: { } status, Prepared: { } prepared, Email: { } email }) return null;
        var method = statement.Method ?? AccessibilitySchema.DefaultMethod;
        var reviewed = statement.LastReview ?? prepared;
        return new()
        {
            Body = body, SiteTitle = siteTitle, Website = urls.Absolute(""), Url = urls.Absolute(Routes.Accessibility), JsonUrl = urls.Absolute(Routes.AccessibilityJson),
            Status = status, StatusLabel = words[GeneratorWords.Status(status)],
            NonAccessible = status == "plne" ? [] : [.. statement.NonAccessible.Select(i => new InaccessibleItemView(i.Content, i.Reason, words[GeneratorWords.Reason(i.Reason)], i.Alternative))],
            Prepared = prepared, Reviewed = reviewed, PreparedText = words.Date(prepared), ReviewedText = words.Date(reviewed),
            Method = method, MethodLabel = words[GeneratorWords.Method(method)], Evaluator = statement.Evaluator,
            Email = email, Phone = statement.Phone, Address = statement.Address, ContactName = statement.ContactName,
            EnforcementName = statement.EnforcementName ?? AccessibilitySchema.DefaultEnforcementName,
            EnforcementUrl = statement.EnforcementUrl?.AbsoluteUri ?? AccessibilitySchema.DefaultEnforcementUrl,
            Checks = [.. AutomatedChecks.All.Select(c => words[c.Description])],
            Legislation = words[GeneratorWords.Legislation], Model = words[GeneratorWords.Model],
        };
    }
}

/// <summary>One item of non-accessible content with its reason's label.</summary>
public sealed record InaccessibleItemView(string Content, string Reason, string ReasonLabel, string? Alternative);
