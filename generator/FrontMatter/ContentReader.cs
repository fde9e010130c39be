using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>Parses every read source into the content model, in parallel, collecting every problem.</summary>
public static class ContentReader
{
    public static ContentSet? Read(ContentSources sources, DiagnosticBag diagnostics, DateTimeOffset now)
    {
        var maxYear = now.Year + 1;
        var site = sources.SiteConfig is { } s ? SiteConfigParser.Parse(s, diagnostics) : null;
        var themes = sources.Themes is { } t ? DataFileParser.ParseThemes(t, diagnostics) : [];
        var regions = sources.Regions is { } r ? DataFileParser.ParseRegions(r, diagnostics) : [];
        var members = sources.Members is { } m ? DataFileParser.ParseMembers(m, diagnostics, maxYear) : [];

        var parser = new ContentParser(diagnostics, maxYear);
        var practices = ParseAll(sources.Practices, diagnostics, parser.ParsePractice);
        var events = ParseAll(sources.Events, diagnostics, parser.ParseEvent);
        var pages = ParseAll(sources.Pages, diagnostics, parser.ParsePage);
        var conferenceParser = new ConferenceParser(diagnostics, parser);
        var conferences = sources.Conferences.Select(conferenceParser.Parse).OfType<Conference>().ToImmutableArray();

        if (site is null) return null;
        return new ContentSet
        {
            Site = site, Themes = themes, Regions = regions, Members = members,
            Practices = practices, Events = events, Pages = pages, Conferences = conferences, MediaFiles = sources.MediaFiles,
        };
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
