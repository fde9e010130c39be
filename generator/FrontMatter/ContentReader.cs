using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>Parses every read source into the content model, in parallel, collecting every problem.</summary>
public static class ContentReader
{
    public static ContentSet? Read(ContentSources sources, DiagnosticBag diagnostics, DateTimeOffset now)
    {
        var site = sources.SiteConfig is { } s ? SiteConfigParser.Parse(s, diagnostics) : null;
        // The schema is the generator's declaration extended by site.yml: everything else is read with it.
        var schema = SchemaOf(site, now);
        // A site published in English too needs its data's English names (a member's name is its own in any language).
        var english = site?.HasEnglish ?? false;
        var themes = sources.Themes is { } t ? DataFileParser.ParseThemes(t, schema.Theme, diagnostics, english) : [];
        var regions = sources.Regions is { } r ? DataFileParser.ParseRegions(r, schema.Region, diagnostics, english) : [];
        var members = sources.Members is { } m ? DataFileParser.ParseMembers(m, schema.Member, diagnostics) : [];
        var terms = ReadTaxonomyData(sources, schema, diagnostics, english);

        var parser = new ContentParser(diagnostics, schema);
        // Every folder of entries is a kind's, as the schema declares it; the built-in kinds have typed records of their own.
        var practices = ParseAll(sources.Files(schema.Kind(ContentSchema.PracticeKind).Folder), diagnostics, parser.ParsePractice);
        var events = ParseAll(sources.Files(schema.Kind(ContentSchema.EventKind).Folder), diagnostics, parser.ParseEvent);
        var pages = ParseAll(sources.Files(schema.Kind(ContentSchema.PageKind).Folder), diagnostics, parser.ParsePage);
        var items = schema.ItemKinds.SelectMany(kind => ParseAll(sources.Files(kind.Folder), diagnostics, doc => parser.ParseItem(doc, kind))).ToImmutableArray();
        if (site is not null) ReportUnreadFolders(sources, schema, diagnostics);
        // Translations are read against their originals whether or not their language is published yet.
        var translationParser = new TranslationParser(diagnostics, schema, site);
        var translations = translationParser.ParseAll(sources);
        var conferenceParser = new ConferenceParser(diagnostics, parser);
        var conferences = sources.Conferences.Select(conferenceParser.Parse).OfType<Conference>().ToImmutableArray();

        if (site is null) return null;
        // A microsite speaks the main site's language unless its site.yml says otherwise.
        conferences = [.. conferences.Select(c => c with { Language = c.Language ?? site.Language })];
        // Its pages' translations, read against its pages once its language is known.
        conferences = [.. conferences.Select(c => c with { Translations = translationParser.ParseConference(sources.Conferences.First(s => s.Slug == c.Slug), c) })];
        return new ContentSet
        {
            Site = site, Schema = schema, Themes = themes, Regions = regions, Members = members, Terms = terms,
            Practices = practices, Events = events, Pages = pages, Items = items, Conferences = conferences, Translations = translations, MediaFiles = sources.MediaFiles,
        };
    }

    /// <summary>
    /// One file of a kind's folder parsed as <see cref="Read"/> parses it: the built-in kinds into their own records, a
    /// site kind's into an item. serve checks a saved file with it before it rebuilds anything.
    /// </summary>
    public static object? ParseEntry(ContentParser parser, KindSpec kind, FrontMatterDocument doc) => kind.Key switch
    {
        ContentSchema.PracticeKind => parser.ParsePractice(doc),
        ContentSchema.EventKind => parser.ParseEvent(doc),
        ContentSchema.PageKind => parser.ParsePage(doc),
        _ => parser.ParseItem(doc, kind),
    };

    /// <summary>The schema a site's files are read with: the built-in declaration plus the site's taxonomies and fields.</summary>
    public static ContentSchema SchemaOf(SiteConfig? site, DateTimeOffset now) =>
        ContentSchema.Create(now.Year + 1, [.. SchemaDeclarationParser.BuiltInTaxonomies, .. site?.Taxonomies ?? []],
            [.. SchemaDeclarationParser.BuiltInFields, .. site?.Fields ?? []], [.. SchemaDeclarationParser.BuiltInKinds, .. site?.Kinds ?? []]);

    /// <summary>A folder of content/ that no kind reads: most likely a kind's folder misspelt, or a kind not declared yet.</summary>
    private static void ReportUnreadFolders(ContentSources sources, ContentSchema schema, DiagnosticBag diagnostics)
    {
        var folders = schema.Kinds.Select(k => k.Folder).ToList();
        foreach (var (folder, files) in sources.Folders.Where(f => !folders.Contains(f.Key)))
            diagnostics.Warning(SourceLocation.File($"{ContentScanner.ContentFolder}/{folder}"),
                $"no kind of entry reads content/{folder}/, so its {files.Length} file(s) are ignored{DidYouMean.Phrase(folder, folders)}",
                $"Declare a kind for it in site.yml ('kinds: [{{ key: {folder}, title: … }}]'), or move the files into {string.Join(", ", folders.Select(f => f + "/"))}.");
    }

    /// <summary>The data file of each site taxonomy, by its path from content/; files no taxonomy names are reported.</summary>
    private static ImmutableDictionary<string, ImmutableArray<DataTerm>> ReadTaxonomyData(ContentSources sources, ContentSchema schema, DiagnosticBag diagnostics, bool english)
    {
        var wanted = schema.OwnFieldTaxonomies.Where(t => t.Data is not null).ToList();
        var files = sources.OtherData.ToDictionary(f => f.Path[(ContentScanner.ContentFolder.Length + 1)..], StringComparer.Ordinal);
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<DataTerm>>(StringComparer.Ordinal);
        foreach (var taxonomy in wanted)
        {
            if (result.ContainsKey(taxonomy.Data!)) continue;
            if (files.TryGetValue(taxonomy.Data!, out var file)) result[taxonomy.Data!] = DataFileParser.ParseTerms(file, schema.Term, diagnostics, english);
            else
            {
                diagnostics.Error(taxonomy.Location, $"taxonomy '{taxonomy.Key}' reads its terms from content/{taxonomy.Data}, which does not exist{DidYouMean.Phrase(taxonomy.Data!, files.Keys)}",
                    $"Create content/{taxonomy.Data} with one entry per term, like 'seniori: {{ name: Senioři }}'.");
                result[taxonomy.Data!] = [];
            }
        }
        foreach (var (path, file) in files.Where(f => !result.ContainsKey(f.Key)))
            diagnostics.Warning(SourceLocation.File(file.Path), $"'{path}' is not a data file the site reads and is ignored",
                "Name it under 'taxonomies:' in site.yml (data: " + path + "), or remove it.");
        return result.ToImmutable();
    }

    private static ImmutableArray<T> ParseAll<T>(ImmutableArray<SourceFile> files, DiagnosticBag diagnostics, Func<FrontMatterDocument, T?> parse)
        where T : class
    {
        var results = new T?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            if (FrontMatterSplitter.Split(files[i], diagnostics) is { } doc) results[i] = parse(doc);
        });
        return [.. results.OfType<T>()];
    }
}
