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
    /// <summary>
    /// The language of a text of site.yml shown in another language than the page's (the Czech body on the English statement,
    /// where 'accessibility: en:' gives no English): marked so; null when it is the page's.
    /// </summary>
    public string? BodyLang { get; init; }
    /// <summary>The site the statement is about: its title and absolute address.</summary>
    public required string SiteTitle { get; init; }
    public required string Website { get; init; }
    public required string Url { get; init; }
    public required string JsonUrl { get; init; }
    /// <summary>The twin's site path and file name, for the page's link to it.</summary>
    public required string JsonPath { get; init; }
    public string JsonName => JsonPath[(JsonPath.LastIndexOf('/') + 1)..];
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
    public string? ContactNameLang { get; init; }
    public required string EnforcementName { get; init; }
    public string? EnforcementNameLang { get; init; }
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
    /// <param name="textLanguage">
    /// The language site.yml's texts are written in when the page is in another (the English site's: "cs"); null when the same.
    /// An English page then shows the English texts of 'accessibility: en:' and, where it gives none, the Czech ones marked so.
    /// </param>
    public static AccessibilityStatementView? Of(AccessibilityStatement? statement, string siteTitle, SiteUrls urls, Words words, string? textLanguage = null)
    {
        if (statement is not { Body: { } body, Status: { } status, Prepared: { } prepared, Email: { } email }) return null;
        var method = statement.Method ?? AccessibilitySchema.DefaultMethod;
        var reviewed = statement.LastReview ?? prepared;
        var english = textLanguage is not null && words.Code == ContentSchema.English;
        // A text in the page's language where it has one, else as written, marked with the language it is written in.
        (string? Text, string? Lang) Shown(string? text, string? inEnglish) =>
            text is null ? (null, null) : english && inEnglish is not null ? (inEnglish, null) : (text, textLanguage);
        var (bodyText, bodyLang) = Shown(body, statement.BodyEn);
        var (contactName, contactLang) = Shown(statement.ContactName, statement.ContactNameEn);
        var (enforcementName, enforcementLang) = statement.EnforcementName is null
            ? (english ? AccessibilitySchema.DefaultEnforcementNameEn : AccessibilitySchema.DefaultEnforcementName, (string?)null)
            : Shown(statement.EnforcementName, statement.EnforcementNameEn);
        return new()
        {
            Body = bodyText!, BodyLang = bodyLang, SiteTitle = siteTitle, Website = urls.Absolute(""), Url = urls.Absolute(Routes.Accessibility(words.Code)), JsonUrl = urls.Absolute(Routes.AccessibilityJson(words.Code)), JsonPath = Routes.AccessibilityJson(words.Code),
            Status = status, StatusLabel = words[GeneratorWords.Status(status)],
            NonAccessible = status == "plne" ? [] : [.. statement.NonAccessible.Select(i =>
            {
                var (content, contentLang) = Shown(i.Content, i.ContentEn);
                var (alternative, alternativeLang) = Shown(i.Alternative, i.AlternativeEn);
                return new InaccessibleItemView(content!, i.Reason, words[GeneratorWords.Reason(i.Reason)], alternative) { ContentLang = contentLang, AlternativeLang = alternativeLang };
            })],
            Prepared = prepared, Reviewed = reviewed, PreparedText = words.Date(prepared), ReviewedText = words.Date(reviewed),
            Method = method, MethodLabel = words[GeneratorWords.Method(method)], Evaluator = statement.Evaluator,
            Email = email, Phone = statement.Phone, Address = statement.Address, ContactName = contactName, ContactNameLang = contactLang,
            EnforcementName = enforcementName!, EnforcementNameLang = enforcementLang,
            EnforcementUrl = statement.EnforcementUrl?.AbsoluteUri ?? AccessibilitySchema.DefaultEnforcementUrl,
            Checks = [.. AutomatedChecks.All.Select(c => words[c.Description])],
            Legislation = words[GeneratorWords.Legislation], Model = words[GeneratorWords.Model],
        };
    }
}

/// <summary>One item of non-accessible content with its reason's label.</summary>
public sealed record InaccessibleItemView(string Content, string Reason, string ReasonLabel, string? Alternative)
{
    /// <summary>The language of <see cref="Content"/> and <see cref="Alternative"/> when it is not the page's (see <see cref="AccessibilityStatementView.BodyLang"/>).</summary>
    public string? ContentLang { get; init; }
    public string? AlternativeLang { get; init; }
}
