using System.Collections.Immutable;

namespace DobraPraxe.Generator.Schema;

/// <summary>
/// One field of an entry kind or data file, declared once: the parser reads it, hints and the
/// "known fields" list name it, and scaffolds, editors' docs, JSON Schema and search read the same record.
/// </summary>
public sealed record FieldSpec
{
    public required string Key { get; init; }
    public required FieldType Type { get; init; }
    public bool Required { get; init; }
    /// <summary>The Czech label readers and editors see (facts panel, docs, web editor).</summary>
    public string Title { get; init; } = "";
    /// <summary>Czech help for editors: scaffold comments, the field tables in content/README.md, JSON Schema descriptions.</summary>
    public string Help { get; init; } = "";
    /// <summary>Bounds of a number (inclusive).</summary>
    public int? Min { get; init; }
    public int? Max { get; init; }
    /// <summary>How many items a list may have at most: more is an error.</summary>
    public int? MaxItems { get; init; }
    /// <summary>
    /// How many items of a list of single values (tags, a taxonomy's keys, numbers) are read at most where
    /// <see cref="MaxItems"/> sets no bound: past it a warning, and the rest are not published (each tag is a page).
    /// </summary>
    public int KeptItems { get; init; } = ContentSchema.TermsPerEntry;
    /// <summary>Longest text, for Text and each item of TextList.</summary>
    public int MaxLength { get; init; } = 1000;
    public ImmutableArray<Choice> Choices { get; init; } = [];
    /// <summary>For Key and KeyList: what the keys name ("members", "themes", a data file…), checked after parsing.</summary>
    public string? References { get; init; }
    /// <summary>For Group and GroupList: the fields of each group.</summary>
    public ImmutableArray<FieldSpec> Fields { get; init; } = [];
    /// <summary>For GroupList: an item may also be a plain value that stands for this one field (partners: [Masarykova univerzita]).</summary>
    public string? ScalarItem { get; init; }
    /// <summary>An example value in YAML syntax, for scaffolds and hints.</summary>
    public string? Example { get; init; }
    /// <summary>An optional field a new file gets filled in rather than commented out (an event's place).</summary>
    public bool Suggested { get; init; }
    /// <summary>Declared by the site (site.yml 'fields:'): shown in the entry's facts panel.</summary>
    public bool Shown { get; init; }
    /// <summary>Offered as a search filter.</summary>
    public bool Facet { get; init; }
    /// <summary>What the law asks of this part (an accessibility statement's), quoted in the hint when it is missing.</summary>
    public string? Requirement { get; init; }
    /// <summary>Data about a person (a contact's name, e-mail, phone): left out of the open data unless site.yml's 'open_data: include_personal:' names it.</summary>
    public bool Personal { get; init; }
    /// <summary>A file in content/media/ that the web editor uploads (an image or a document).</summary>
    public UploadKind Upload { get; init; }
    /// <summary>Czech prose that the spelling check reads (titles, summaries, descriptions, alt texts).</summary>
    public bool Prose { get; init; }
    /// <summary>
    /// What a translation (&lt;slug&gt;.en.md) writes in its own language: titles, summaries, alt texts, captions. Every
    /// other field of a translation is its original's (see docs/languages.md).
    /// </summary>
    public bool Translatable { get; init; }
    /// <summary>
    /// The English label of the field, for the English pages (the open data page's columns, the facts panel): a field the
    /// site declares has it from 'title_en'; the generator's typed fields have it written beside their Czech title.
    /// </summary>
    public string? TitleEn { get; init; }
    /// <summary>
    /// The key of the kind whose entries a declared field names ('references: practice'); its <see cref="References"/> is
    /// then that kind's folder. Such a field is shown as a list of those entries on both entries' pages, not as a fact.
    /// </summary>
    public string? ReferencedKind { get; init; }
    /// <summary>Where a field of site.yml or defaults.yml is declared (its 'key:'); null for the generator's typed fields.</summary>
    public Diagnostics.SourceLocation? DeclaredAt { get; init; }

    /// <summary>A field of this group by key.</summary>
    public FieldSpec this[string key] => Fields.FirstOrDefault(f => f.Key == key)
        ?? throw new KeyNotFoundException($"'{Key}' declares no field '{key}'");

    public bool IsList => Type is FieldType.KeyList or FieldType.TextList or FieldType.NumberList or FieldType.GroupList;

    /// <summary>A sample in YAML, e.g. <c>{ src: …, alt: … }</c> for a group: for hints that show how to write the value.</summary>
    public string Sample() => Example ?? Type switch
    {
        FieldType.Group or FieldType.GroupList => "{ " + string.Join(", ", ItemSampleFields().Select(f => f.Key + ": …")) + " }",
        FieldType.Date => "2021-02-17",
        FieldType.DateTime => "2021-03-24T09:00:00+01:00",
        FieldType.Time => "\"09:30\"",
        FieldType.Url => "https://www.zdravamesta.cz/",
        FieldType.Duration => "\"3:25\"",
        FieldType.Text when Upload == UploadKind.Video => "https://www.youtube.com/watch?v=AAAAAAAAAAA",
        FieldType.Text when Upload == UploadKind.Photo => "media/obrazek.jpg",
        FieldType.Text when Upload == UploadKind.Captions => "media/titulky.vtt",
        FieldType.Email => "jana.novakova@mesto.cz",
        FieldType.Bool => "true",
        FieldType.Color => "\"#1b6e3c\"",
        FieldType.Number or FieldType.Money => (Min ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
        FieldType.Choice => Choices.IsEmpty ? "…" : Choices[0].Key,
        _ => "…",
    };

    /// <summary>The fields a sample of a group shows: the required ones, else the first two.</summary>
    private IEnumerable<FieldSpec> ItemSampleFields() =>
        Fields.Any(f => f.Required) ? Fields.Where(f => f.Required) : Fields.Take(2);
}
