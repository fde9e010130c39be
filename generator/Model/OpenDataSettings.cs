using System.Collections.Immutable;

namespace DobraPraxe.Generator.Model;

/// <summary>site.yml 'open_data:': the catalogue's constants and the fields kept out of the data files.</summary>
public sealed record OpenDataSettings
{
    public required string Publisher { get; init; }
    public Uri? PublisherIri { get; init; }
    public string? ContactName { get; init; }
    public required string ContactEmail { get; init; }
    /// <summary>cc-by-4.0 or bez-autorskych-del (<see cref="Schema.OpenDataSchema.Licences"/>).</summary>
    public string Licence { get; init; } = Schema.OpenDataSchema.DefaultLicence;
    public string? Author { get; init; }
    public string Frequency { get; init; } = Schema.OpenDataSchema.DefaultFrequency;
    public ImmutableArray<string> Themes { get; init; } = Schema.OpenDataSchema.DefaultThemes;
    /// <summary>Personal fields (contact.email …) published anyway, as field paths.</summary>
    public ImmutableArray<string> IncludePersonal { get; init; } = [];
    /// <summary>Further fields left out, as field paths.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];
    /// <summary>Where the two lists are written, for errors about the field paths they name.</summary>
    public Diagnostics.SourceLocation IncludePersonalLocation { get; init; }
    public Diagnostics.SourceLocation ExcludeLocation { get; init; }
}
