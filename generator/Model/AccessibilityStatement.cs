using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Model;

/// <summary>
/// A site's accessibility statement (site.yml 'accessibility:'), as declared. A microsite's may be partial: what it
/// leaves null it takes from the main site's (<see cref="Over"/>).
/// </summary>
public sealed record AccessibilityStatement
{
    public string? Body { get; init; }
    /// <summary>plne, castecne or neni (<see cref="Schema.AccessibilitySchema.Statuses"/>).</summary>
    public string? Status { get; init; }
    public ImmutableArray<InaccessibleContent> NonAccessible { get; init; } = [];
    public bool NonAccessibleDeclared { get; init; }
    public DateOnly? Prepared { get; init; }
    public DateOnly? Reviewed { get; init; }
    public string? Method { get; init; }
    public string? Evaluator { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? ContactName { get; init; }
    public string? EnforcementName { get; init; }
    public Uri? EnforcementUrl { get; init; }
    /// <summary>The English of <see cref="Body"/>, <see cref="ContactName"/> and <see cref="EnforcementName"/> ('en:'), for the English statement; null where not given.</summary>
    public string? BodyEn { get; init; }
    public string? ContactNameEn { get; init; }
    public string? EnforcementNameEn { get; init; }
    /// <summary>Where 'accessibility:' is written: errors about the whole statement point here.</summary>
    public required SourceLocation Location { get; init; }
    /// <summary>Where the review date (else the preparation date) is written: the yearly-review warning points here.</summary>
    public SourceLocation? ReviewLocation { get; init; }

    /// <summary>The last review, or the preparation when there was none.</summary>
    public DateOnly? LastReview => Reviewed ?? Prepared;

    /// <summary>This (a microsite's) statement with every part it leaves out taken from <paramref name="main"/>.</summary>
    public AccessibilityStatement Over(AccessibilityStatement main) => this with
    {
        // An English text goes with its Czech one: the microsite's own, or the main site's with the main site's text.
        Body = Body ?? main.Body,
        BodyEn = Body is null ? main.BodyEn : BodyEn,
        Status = Status ?? main.Status,
        NonAccessible = NonAccessibleDeclared ? NonAccessible : main.NonAccessible,
        NonAccessibleDeclared = NonAccessibleDeclared || main.NonAccessibleDeclared,
        Prepared = Prepared ?? main.Prepared,
        Reviewed = Prepared is null ? Reviewed ?? main.Reviewed : Reviewed,
        Method = Method ?? main.Method,
        Evaluator = Evaluator ?? main.Evaluator,
        Email = Email ?? main.Email,
        // A microsite with its own e-mail has its own contact: the main site's phone and address are not its.
        Phone = Email is null ? Phone ?? main.Phone : Phone,
        Address = Email is null ? Address ?? main.Address : Address,
        ContactName = Email is null ? ContactName ?? main.ContactName : ContactName,
        ContactNameEn = Email is null && ContactName is null ? main.ContactNameEn : ContactNameEn,
        EnforcementName = EnforcementName ?? main.EnforcementName,
        EnforcementNameEn = EnforcementName is null ? main.EnforcementNameEn : EnforcementNameEn,
        EnforcementUrl = EnforcementUrl ?? main.EnforcementUrl,
        ReviewLocation = Prepared is null && Reviewed is null ? main.ReviewLocation : ReviewLocation,
    };
}

/// <summary>One item of the non-accessible content: what, why (<see cref="Schema.AccessibilitySchema.Reasons"/>), and the accessible alternative.</summary>
public sealed record InaccessibleContent(string Content, string Reason, string? Alternative)
{
    /// <summary>The English of <see cref="Content"/> and <see cref="Alternative"/> ('en: non_accessible:'); null where not given.</summary>
    public string? ContentEn { get; init; }
    public string? AlternativeEn { get; init; }
}
