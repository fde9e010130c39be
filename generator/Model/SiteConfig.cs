using System.Collections.Immutable;

namespace DobraPraxe.Generator.Model;

/// <summary>content/site.yml: the main site's settings.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }
    /// <summary>Absolute URL ending in '/'; a path part (https://example.org/katalog/) puts the site under that path.</summary>
    public required Uri BaseUrl { get; init; }
    /// <summary>The default language: 'language:', or the first of 'languages:'.</summary>
    public required string Language { get; init; }
    /// <summary>
    /// Every language the site is published in, the default first (site.yml 'languages:'); a site that names only
    /// 'language:' has that one. The default is published at the root, each other language in its folder (/en/), see
    /// docs/languages.md.
    /// </summary>
    public ImmutableArray<SiteLanguage> Languages
    {
        get => _languages.IsDefaultOrEmpty ? [new SiteLanguage(Language, Title, Description, Menu, default)] : _languages;
        init => _languages = value;
    }
    private readonly ImmutableArray<SiteLanguage> _languages;

    /// <summary>Whether the site is published in English besides its default language: English names are then required of its data.</summary>
    public bool HasEnglish => Languages.Skip(1).Any(l => l.Code == Schema.ContentSchema.English);
    public required string Description { get; init; }
    public ImmutableArray<MenuItem> Menu { get; init; } = [];
    /// <summary>The theme folder under themes/ to render with.</summary>
    public string Theme { get; init; } = "default";
    public int PerPage { get; init; } = 20;
    /// <summary>Raw HTML in Markdown is escaped unless a site opts in.</summary>
    public bool AllowHtml { get; init; }
    /// <summary>The largest file content/media/ may hold, in MB (site.yml 'media: { max_file_mb }').</summary>
    public int MediaMaxFileMegabytes { get; init; } = Schema.ContentSchema.MediaMaxFileMegabytes;
    /// <summary>Keep EXIF/XMP/IPTC (camera, date, GPS) in published photos; off unless a site opts in.</summary>
    public bool KeepImageMetadata { get; init; }
    /// <summary>Taxonomies the site adds to the generator's own (site.yml 'taxonomies:').</summary>
    public ImmutableArray<Schema.TaxonomySpec> Taxonomies { get; init; } = [];
    /// <summary>Practice fields the site adds (site.yml 'fields:').</summary>
    public ImmutableArray<Schema.FieldSpec> Fields { get; init; } = [];
    /// <summary>Kinds of entries the site adds (site.yml 'kinds:').</summary>
    public ImmutableArray<Schema.KindSpec> Kinds { get; init; } = [];
    /// <summary>The accessibility statement (site.yml 'accessibility:'); null when the site declares none.</summary>
    public AccessibilityStatement? Accessibility { get; init; }
    /// <summary>The open-data settings (site.yml 'open_data:'); null: no data files are written.</summary>
    public OpenDataSettings? OpenData { get; init; }
    /// <summary>Old addresses that lead to pages of the site (site.yml 'redirects:'), a pattern standing for many.</summary>
    public ImmutableArray<Redirect> Redirects { get; init; } = [];
    /// <summary>The web editor at /admin/ (site.yml 'editor:'); null: none is published.</summary>
    public EditorSettings? Editor { get; init; }
}
