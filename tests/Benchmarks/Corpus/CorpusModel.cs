namespace DobraPraxe.Benchmarks.Corpus;

/// <summary>A whole generated catalogue in memory; <see cref="ContentWriter"/> and the Hugo writer both write from it.</summary>
public sealed record CorpusSite(
    int Entries,
    ulong Seed,
    IReadOnlyList<CorpusMember> Members,
    IReadOnlyList<CorpusPractice> Practices,
    IReadOnlyList<CorpusEvent> Events,
    IReadOnlyList<CorpusPage> Pages)
{
    /// <summary>The shape it was generated with.</summary>
    public CorpusProfile Profile { get; init; } = CorpusProfile.Default;
}

public sealed record CorpusMember(string Key, string Name, string Type, string Region, string? Web, int? Since)
{
    /// <summary>Where something happened, as a Czech phrase: 've městě Chrudim', 'v obci Vidče', 'na území MAS Říčansko'.</summary>
    public string Where => Type switch
    {
        "mesto" => $"ve městě {Name}",
        "obec" => $"v obci {Name}",
        "kraj" => $"v regionu {Name}",
        _ => $"na území {Name}",
    };
}

public sealed record CorpusContact(string Name, string Email, string Phone);

public sealed record CorpusAward(string Name, int Year, int? Place);

public sealed record CorpusPractice
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    /// <summary>What the entry is about (not written: its title, tags and text come from it).</summary>
    public required Topic Topic { get; init; }
    public required string Summary { get; init; }
    public required CorpusMember Member { get; init; }
    public required IReadOnlyList<string> Themes { get; init; }
    public required int Year { get; init; }
    public required DateOnly Date { get; init; }
    public DateOnly? Updated { get; init; }
    public IReadOnlyList<int> Sdgs { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public CorpusContact? Contact { get; init; }
    public IReadOnlyList<CorpusAward> Awards { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    /// <summary>The '##' headings of the body, in order; links from other entries may point at them.</summary>
    public required IReadOnlyList<HeadingInfo> Headings { get; init; }
    public string Body { get; init; } = "";
    /// <summary>The entry's photo (a phone JPEG the photo corpus writes), or none.</summary>
    public CorpusPhoto? Photo { get; init; }
}

/// <summary>A photo of an entry: 'media/foto-0001.jpg', what it shows, and the seed that draws it.</summary>
public sealed record CorpusPhoto(string Src, string Alt, int Seed);

public sealed record CorpusEvent
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public string? Place { get; init; }
    public bool Online { get; init; }
    public string? Registration { get; init; }
    public int? Capacity { get; init; }
    public IReadOnlyList<string> Members { get; init; } = [];
    public required string Summary { get; init; }
    public required string Body { get; init; }
}

public sealed record CorpusPage(string Slug, string Title, string Description, string Body);
