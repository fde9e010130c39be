using System.Collections.Immutable;

namespace DobraPraxe.Generator.Model;

/// <summary>A good-practice entry (content/practices/&lt;slug&gt;.md), as written in its front matter.</summary>
public sealed record Practice
{
    public required string Slug { get; init; }
    /// <summary>Where 'slug:' is written; null when the slug is the file name.</summary>
    public Diagnostics.SourceLocation? SlugLocation { get; init; }
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    /// <summary>"praxe" (a full example) or "stripek" (a short inspiration).</summary>
    public string Kind { get; init; } = "praxe";
    public required KeyRef Member { get; init; }
    public required ImmutableArray<KeyRef> Themes { get; init; }
    public required int Year { get; init; }
    public required DateOnly Date { get; init; }
    public DateOnly? Updated { get; init; }
    public ImmutableArray<int> Sdgs { get; init; } = [];
    public ImmutableArray<string> Tags { get; init; } = [];
    public Contact? Contact { get; init; }
    public ImmutableArray<ImageRef> Images { get; init; } = [];
    public ImmutableArray<Attachment> Attachments { get; init; } = [];
    public ImmutableArray<Award> Awards { get; init; } = [];
    public ImmutableArray<KeyRef> Related { get; init; } = [];
    /// <summary>Its entry in the yearly NEJpraxe contest, if it competed.</summary>
    public ContestEntry? Contest { get; init; }
    /// <summary>Events of the network where the practice was presented: the "DobráPraxe – prověřeno" stamp.</summary>
    public ImmutableArray<KeyRef> PresentedAt { get; init; } = [];
    /// <summary>Values of the fields the site declared in site.yml, in declaration order.</summary>
    public ImmutableArray<FieldValue> Extra { get; init; } = [];
    /// <summary>Its old addresses ('aliases:'), each published as a redirect to its page.</summary>
    public ImmutableArray<Alias> Aliases { get; init; } = [];
    /// <summary>Its short 'en: { title, summary }' for the English lists, if it has one (<see cref="ShortTranslation"/>).</summary>
    public ShortTranslation? En { get; init; }
    public bool Draft { get; init; }
    public required MarkdownSource Body { get; init; }

    /// <summary>The date readers see as "last changed".</summary>
    public DateOnly LastModified => Updated ?? Date;
}

public sealed record Contact(string? Name, string? Email, string? Phone);

/// <summary>An image: <see cref="Src"/> is relative to content/.</summary>
public sealed record ImageRef(string Src, string Alt, Diagnostics.SourceLocation Location);

/// <summary>A downloadable file: <see cref="Src"/> is relative to content/.</summary>
public sealed record Attachment(string Src, string Title, Diagnostics.SourceLocation Location);

/// <summary>An entry in the NEJpraxe contest: the year, and the place for a winner.</summary>
public sealed record ContestEntry(int Year, int? Place, Diagnostics.SourceLocation Location);

/// <summary>A prize the practice won, e.g. NEJpraxe 2019, 1st place.</summary>
public sealed record Award(string Name, int Year, int? Place);
