using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Site;

/// <summary>Joins validated content with rendered bodies into the sorted, cross-linked site model.</summary>
public static class SiteModelBuilder
{
    private const int RelatedCount = 3;
    // Similar practices are looked for among the newest of each shared theme: bounded work per entry.
    private const int RelatedCandidatesPerTheme = 60;

    /// <param name="language">For a language's site: which entries have a page in it, and where the others link; null for the default's.</param>
    public static SiteModel Build(ContentSet content, SiteUrls urls, Localization.Words words, PublicationRule publication, IReadOnlyDictionary<string, Shared.HtmlFragment> bodyHtml,
        Imaging.ImageCatalog? images = null, LanguageEntries? language = null)
    {
        images ??= Imaging.ImageCatalog.Empty;
        var resolver = new EntryResolver(content, publication, images);

        var sorted = content.Practices.OrderByDescending(p => p.Date).ThenBy(p => p.Slug, StringComparer.Ordinal).ToArray();
        var practices = new PracticeEntry[sorted.Length];
        Parallel.For(0, sorted.Length, i =>
        {
            var entry = resolver.Resolve(sorted[i], bodyHtml[sorted[i].SourcePath]);
            practices[i] = language?.Place(entry) ?? entry;
        });
        return Assemble(content, urls, words, publication, bodyHtml, images, ImmutableCollectionsMarshal.AsImmutableArray(practices), language: language);
    }

    /// <summary>
    /// The model again after an edit that moves no practice (same slugs and dates, so the same order): the
    /// <paramref name="changed"/> practices resolved anew, every other one as <paramref name="previous"/> resolved it, the
    /// rest built as <see cref="Build"/> builds it. An entry whose related entries stay the same is the same object as
    /// before (the preview's incremental rebuild compares entries by reference first).
    /// </summary>
    /// <param name="language">For a language's site, as <see cref="Build"/> takes it; the <paramref name="changed"/> entries are placed already.</param>
    public static SiteModel Rebuild(SiteModel previous, ContentSet content, PublicationRule publication, IReadOnlyDictionary<string, Shared.HtmlFragment> bodyHtml,
        IReadOnlyCollection<PracticeEntry> changed, LanguageEntries? language = null)
    {
        var bySlug = changed.ToDictionary(p => p.Slug);
        var practices = previous.Practices.Select(p => bySlug.GetValueOrDefault(p.Slug, p)).ToImmutableArray();
        // Another entry's related entries depend on its own 'related' and on the themes and regions of the candidates (the
        // first entries of each of its themes): while the changed entries keep theirs, or are candidates for no entry
        // before or after, only the changed entries' own lists can change.
        var sameNeighbours = changed.All(c => previous.PracticesBySlug.TryGetValue(c.Slug, out var old)
            && old.Region.Key == c.Region.Key && old.Themes.Select(t => t.Key).SequenceEqual(c.Themes.Select(t => t.Key)))
            || !Candidates(previous.Practices).Values.Concat(Candidates(practices).Values).SelectMany(list => list).Any(p => bySlug.ContainsKey(p.Slug));
        return Assemble(content, previous.Urls, previous.Words, publication, bodyHtml, previous.Images, practices, sameNeighbours ? bySlug.Keys.ToHashSet() : null,
            sameNeighbours ? previous.PracticesBySlug : null, language);
    }

    private static SiteModel Assemble(ContentSet content, SiteUrls urls, Localization.Words words, PublicationRule publication, IReadOnlyDictionary<string, Shared.HtmlFragment> bodyHtml,
        Imaging.ImageCatalog images, ImmutableArray<PracticeEntry> practices, IReadOnlySet<string>? relatedOnlyFor = null,
        ImmutableDictionary<string, PracticeEntry>? previousBySlug = null, LanguageEntries? language = null)
    {
        var members = content.Members.ToDictionary(m => m.Key);
        practices = WithRelated(practices, relatedOnlyFor);

        var conferences = content.Conferences.ToDictionary(c => c.Slug);
        var presented = practices.SelectMany(p => p.PresentedAt.Select(e => (Event: e.Url, Practice: p))).ToLookup(x => x.Event, x => x.Practice);
        var events = content.Events
            .OrderBy(e => e.Start).ThenBy(e => e.Slug, StringComparer.Ordinal)
            .Select(e => new EventEntry
            {
                Source = e,
                Presented = [.. presented[Routes.Event(e.Slug)]],
                Url = language?.Url(Routes.Event(e.Slug)) ?? Routes.Event(e.Slug),
                Lang = language?.PageLanguage(Routes.Event(e.Slug)), TextLang = language?.TextLanguage(Routes.Event(e.Slug)),
                Members = [.. e.Members.Select(m => members[m.Key])],
                Organisers = [.. e.Members.Select(m => new TermLink(m.Key, members[m.Key].Name, Routes.Member(m.Key)))],
                BodyHtml = bodyHtml[e.SourcePath],
                Unpublished = publication.IsPending(e),
                // A microsite that is not published (its home page is a draft) gets no link.
                Conference = e.Conference is { } c && conferences.TryGetValue(c.Key, out var conference)
                    ? new ConferenceLink(conference.Title, conference.BaseUrl.AbsoluteUri) : null,
            }).ToImmutableArray();

        var pages = content.Pages
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new PageEntry
            {
                Source = p, Url = language?.Url(Routes.Page(p.Slug)) ?? Routes.Page(p.Slug), BodyHtml = bodyHtml[p.SourcePath], Unpublished = publication.IsPending(p),
                Lang = language?.PageLanguage(Routes.Page(p.Slug)), TextLang = language?.TextLanguage(Routes.Page(p.Slug)),
            })
            .ToImmutableArray();

        // A resolver only for a site with kinds of its own: serve's rebuild of a site without them makes none.
        var resolver = content.Items.IsEmpty ? null : new EntryResolver(content, publication, images);
        var items = resolver is null ? [] : content.Schema.ItemKinds
            .SelectMany(kind => Sorted(kind, content.ItemsOf(kind.Key)).Select(i => resolver.ResolveItem(i, kind, bodyHtml[i.SourcePath], words)).Select(i => language?.Place(i) ?? i))
            .ToImmutableArray();

        return new SiteModel
        {
            Config = content.Site, Urls = urls, Words = words, Now = publication.Now,
            Themes = content.Themes, Regions = content.Regions,
            Members = [.. content.Members.OrderBy(m => m.Name, StringComparer.Create(Czech.Culture, false))],
            Practices = practices, Events = events, Pages = pages, Items = items, ItemKinds = [.. content.Schema.ItemKinds],
            Taxonomies = TaxonomyBuilder.Build(practices, content, words, items),
            Links = EntryLinks.Build(content.Schema, practices, items, words),
            MediaFiles = content.MediaFiles,
            Images = images,
            // Only the entries whose lists were worked out are new objects; the rest are the previous model's.
            PracticesBySlug = previousBySlug is not null && relatedOnlyFor is not null
                ? previousBySlug.SetItems(practices.Where(p => relatedOnlyFor.Contains(p.Slug)).Select(p => KeyValuePair.Create(p.Slug, p)))
                : practices.ToImmutableDictionary(p => p.Slug),
        };
    }

    /// <summary>A kind's entries in its declared order: newest first (then by slug), or by title in Czech order.</summary>
    private static IEnumerable<Item> Sorted(Schema.KindSpec kind, IEnumerable<Item> items) => kind.Sort == "title"
        ? items.OrderBy(i => i.Title, StringComparer.Create(Czech.Culture, false)).ThenBy(i => i.Slug, StringComparer.Ordinal)
        : items.OrderByDescending(i => i.Date).ThenBy(i => i.Slug, StringComparer.Ordinal);

    /// <summary>Per theme, the practices another practice of the theme may be related to: the theme's first ones, in model order.</summary>
    private static Dictionary<string, List<PracticeEntry>> Candidates(ImmutableArray<PracticeEntry> practices) => practices
        .SelectMany(p => p.Themes.Select(t => (Theme: t.Key, Practice: p)))
        .GroupBy(x => x.Theme)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Practice).Take(RelatedCandidatesPerTheme).ToList());

    /// <summary>Explicit 'related' first, then the practices sharing most themes (a shared region breaks ties), newest first.</summary>
    /// <param name="onlyFor">The slugs whose lists to work out; the others keep theirs. Null: all.</param>
    private static ImmutableArray<PracticeEntry> WithRelated(ImmutableArray<PracticeEntry> practices, IReadOnlySet<string>? onlyFor = null)
    {
        var rank = new Dictionary<string, int>(practices.Length, StringComparer.Ordinal);
        for (var i = 0; i < practices.Length; i++) rank[practices[i].Slug] = i;
        // Each theme's candidates by their place in the model, in model order.
        var candidates = Candidates(practices).ToDictionary(c => c.Key, c => c.Value.Select(p => rank[p.Slug]).ToArray());

        var related = new PracticeEntry[practices.Length];
        Parallel.For(0, practices.Length, i =>
        {
            var p = practices[i];
            if (onlyFor is not null && !onlyFor.Contains(p.Slug)) { related[i] = p; return; }
            var slugs = p.Source.Related.Select(r => r.Key).Where(rank.ContainsKey).Distinct().ToList();
            var wanted = Math.Max(RelatedCount, slugs.Count);
            if (slugs.Count < wanted)
            {
                // A candidate appears once for each theme it shares with p: sorted, its run is its count of shared themes.
                var shared = p.Themes.SelectMany(t => candidates[t.Key]).ToArray();
                Array.Sort(shared);
                var scored = new List<(int Score, int Rank)>();
                for (var start = 0; start < shared.Length;)
                {
                    var end = start;
                    while (end < shared.Length && shared[end] == shared[start]) end++;
                    var candidate = practices[shared[start]];
                    if (shared[start] != i && !slugs.Contains(candidate.Slug))
                        scored.Add(((end - start) * 2 + (candidate.Region.Key == p.Region.Key ? 1 : 0), shared[start]));
                    start = end;
                }
                scored.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Rank.CompareTo(b.Rank));
                slugs.AddRange(scored.Take(wanted - slugs.Count).Select(x => practices[x.Rank].Slug));
            }
            related[i] = p.RelatedSlugs.SequenceEqual(slugs) ? p : p with { RelatedSlugs = [.. slugs] };
        });
        return ImmutableCollectionsMarshal.AsImmutableArray(related);
    }
}
