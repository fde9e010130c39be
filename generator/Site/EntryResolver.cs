using System.Collections.Immutable;
using System.Globalization;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Site;

/// <summary>
/// Turns a parsed practice into what templates show: its references resolved and the fields the site
/// declared described as facts. One per build; the preview server makes one to redo a single entry.
/// </summary>
public sealed class EntryResolver(ContentSet content, PublicationRule publication, Imaging.ImageCatalog? images = null)
{
    private readonly Imaging.ImageCatalog _images = images ?? Imaging.ImageCatalog.Empty;
    private readonly Dictionary<string, Theme> _themes = content.Themes.ToDictionary(t => t.Key);
    private readonly Dictionary<string, Region> _regions = content.Regions.ToDictionary(r => r.Key);
    private readonly Dictionary<string, Member> _members = content.Members.ToDictionary(m => m.Key);
    private readonly TaxonomySpec? _contest = content.Schema.Taxonomies.FirstOrDefault(t => t.Field == "nejpraxe.year" && t.Pages);
    // The published events only: a draft event gives no stamp.
    private readonly Dictionary<string, Event> _events = content.Events.Where(e => !e.Draft).ToDictionary(e => e.Slug);
    private readonly Dictionary<string, TaxonomySpec> _siteTaxonomies =
        content.Schema.OwnFieldTaxonomies.ToDictionary(t => t.Field);
    private readonly Dictionary<string, Dictionary<string, string>> _termNames = content.Terms.ToDictionary(
        t => t.Key, t => t.Value.ToDictionary(x => x.Key, x => x.Name));

    /// <summary>Whether every key the practice names exists (the preview's fast path takes only such edits).</summary>
    public bool CanResolve(Practice p) =>
        _members.TryGetValue(p.Member.Key, out var m) && _regions.ContainsKey(m.Region.Key) && p.Themes.All(t => _themes.ContainsKey(t.Key))
        && p.Extra.All(v => v.Value is not ImmutableArray<KeyRef> keys || !_siteTaxonomies.TryGetValue(v.Field.Key, out var t) || t.Data is null
            || keys.All(k => _termNames.GetValueOrDefault(t.Data, []).ContainsKey(k.Key)));

    public PracticeEntry Resolve(Practice p, Shared.HtmlFragment bodyHtml)
    {
        var member = _members[p.Member.Key];
        return new PracticeEntry
        {
            Source = p,
            Url = Routes.Practice(p.Slug),
            Member = member,
            Region = _regions[member.Region.Key],
            Themes = [.. p.Themes.Select(t => new TermLink(t.Key, _themes[t.Key].Name, Routes.Theme(t.Key)))],
            Goals = [.. p.Sdgs.Distinct().Order().Select(Goals.Get)],
            Tags = [.. p.Tags.Select(TagLinkOf).DistinctBy(t => t.Slug)],
            Facts = [.. p.Extra.Where(v => IsFact(v.Field)).Select(Describe)],
            ContestUrl = p.Contest is { } c ? _contest?.TermUrl(c.Year.ToString(CultureInfo.InvariantCulture)) : null,
            PresentedAt = [.. p.PresentedAt.Select(k => k.Key).Distinct().Where(_events.ContainsKey).Select(k => _events[k])
                .OrderBy(e => e.Start).Select(e => new EventLink(e.Title, Routes.Event(e.Slug), e.Start))],
            BodyHtml = bodyHtml,
            Photos = [.. p.Images.Select(i => _images.Find(i.Src) is { } set ? new Imaging.Photo(set, i.Alt) : null).OfType<Imaging.Photo>()],
            Unpublished = publication.IsPending(p),
        };
    }

    /// <summary>An entry of a site kind: its taxonomies' values as linked facts and term keys, its declared fields as facts.</summary>
    public ItemEntry ResolveItem(Item item, KindSpec kind, Shared.HtmlFragment bodyHtml, Localization.Words words)
    {
        var terms = ImmutableDictionary.CreateBuilder<string, ImmutableArray<TermLink>>();
        var facts = ImmutableArray.CreateBuilder<Fact>();
        // A video's player shows how long it plays.
        var hasVideo = item.Fields.Any(v => v.Value is VideoSource);
        foreach (var value in item.Fields)
        {
            if (!kind.Taxonomies.Contains(value.Field.Key))
            {
                if (IsFact(value.Field) && !(hasVideo && value.Value is TimeSpan)) facts.Add(Describe(value));
                continue;
            }
            var links = TermLinks(value, words).DistinctBy(l => l.Key).ToList();
            terms[value.Field.Key] = [.. links];
            // A member brings its region and its type, as a practice's does.
            if (value.Field.Key == "member" && links.Count == 1 && _members.TryGetValue(links[0].Key, out var member) && _regions.TryGetValue(member.Region.Key, out var region))
            {
                terms["member.region"] = [new TermLink(region.Key, region.Name, Routes.Region(region.Key))];
                terms["member.type"] = [new TermLink(member.Type.Key, member.Type.Label, "")];
            }
            facts.Add(new Fact(value.Field.Title, [.. links.Select(l => new FactItem(l.Name, l.Url.Length == 0 ? null : l.Url))]));
        }
        ImmutableArray<Imaging.Photo> photos = [.. item.Fields.Where(v => v.Field.Upload == UploadKind.Photo)
            .Select(v => _images.Find(v.MediaPath!) is { } set ? new Imaging.Photo(set, item.Title) : null).OfType<Imaging.Photo>()];
        return new ItemEntry
        {
            Source = item, Kind = kind, Url = kind.ItemPath(item.Slug), BodyHtml = bodyHtml, Facts = facts.ToImmutable(), Terms = terms.ToImmutable(),
            Unpublished = publication.IsPending(item), Photos = photos,
            Video = item.Fields.FirstOrDefault(v => v.Value is VideoSource) is { Value: VideoSource video }
                // In the player the poster is decorative: the play button names the video.
                ? new EntryVideo(video, photos.IsEmpty ? null : photos[0] with { Alt = "" }, item.Fields.Select(v => v.Value).OfType<TimeSpan>().FirstOrDefault() is var d && d > TimeSpan.Zero ? d : null,
                    item.Fields.FirstOrDefault(v => v.Field.Upload == UploadKind.Captions)?.MediaPath)
                : null,
            Texts = [.. item.Fields.Where(v => v.Field.Type == FieldType.LongText && v.Value is string).Select(v => new LongText(v.Field.Title,
                [.. ((string)v.Value).ReplaceLineEndings("\n").Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)]))],
        };
    }

    /// <summary>
    /// Whether a declared value is a line of the facts panel: not a file (a poster, captions, a video show themselves), a
    /// long text (its own section) or a reference to other entries (listed as entries, both ways).
    /// </summary>
    public static bool IsFact(FieldSpec field) => field.Upload == UploadKind.None && field.Type != FieldType.LongText && field.ReferencedKind is null;

    /// <summary>The terms a taxonomy field of an entry names, with their names and pages (the same as a practice's).</summary>
    private IEnumerable<TermLink> TermLinks(FieldValue value, Localization.Words words)
    {
        var taxonomy = content.Schema.Taxonomies.FirstOrDefault(t => t.Field == value.Field.Key);
        string? Url(string key) => taxonomy is { Pages: true } ? taxonomy.TermUrl(key) : null;
        var names = taxonomy?.Data is { } data && _termNames.TryGetValue(data, out var own) ? own : [];
        return (value.Field.Key, value.Value) switch
        {
            ("themes", ImmutableArray<KeyRef> keys) => keys.Where(k => _themes.ContainsKey(k.Key)).Select(k => new TermLink(k.Key, _themes[k.Key].Name, Routes.Theme(k.Key))),
            ("member", KeyRef key) => _members.TryGetValue(key.Key, out var m) ? [new TermLink(key.Key, m.Name, Routes.Member(key.Key))] : [],
            ("sdgs", ImmutableArray<int> goals) => goals.Distinct().Order().Select(Goals.Get).Select(g => new TermLink(g.Number.ToString(CultureInfo.InvariantCulture), words[Localization.GeneratorWords.Goal(g.Number)], g.Url)),
            ("tags", ImmutableArray<string> tags) => tags.Select(TagLinkOf).Select(t => new TermLink(t.Slug, t.Name, t.Url)),
            (_, ImmutableArray<KeyRef> keys) => keys.Select(k => new TermLink(k.Key, names.GetValueOrDefault(k.Key, k.Key), Url(k.Key) ?? "")),
            (_, KeyRef key) => [new TermLink(key.Key, names.GetValueOrDefault(key.Key, key.Key), Url(key.Key) ?? "")],
            (_, ImmutableArray<string> texts) => texts.Select(w => (Slug: Slug.From(w), Name: w)).Where(w => w.Slug.Length > 0)
                .Select(w => new TermLink(w.Slug, w.Name, Url(w.Slug) ?? "")),
            (_, int number) => [new TermLink(number.ToString(CultureInfo.InvariantCulture), number.ToString(CultureInfo.InvariantCulture), Url(number.ToString(CultureInfo.InvariantCulture)) ?? "")],
            _ => [],
        };
    }

    public static TagLink TagLinkOf(string name)
    {
        var slug = Slug.From(name);
        return new TagLink(name, slug, Routes.Tag(slug));
    }

    /// <summary>A site-declared value as the facts panel shows it: terms link to their pages; amounts and dates are written by the templates, in the site's language.</summary>
    private Fact Describe(FieldValue value)
    {
        var field = value.Field;
        if (_siteTaxonomies.TryGetValue(field.Key, out var taxonomy))
        {
            var names = taxonomy.Data is { } data ? _termNames.GetValueOrDefault(data, []) : [];
            IEnumerable<(string Key, string Name)> terms = value.Value switch
            {
                ImmutableArray<KeyRef> keys => keys.Select(k => (k.Key, names.GetValueOrDefault(k.Key, k.Key))),
                ImmutableArray<string> words => words.Select(w => (Slug.From(w), w)),
                _ => [],
            };
            return new Fact(taxonomy.Title, [.. terms.DistinctBy(t => t.Key).Select(t => new FactItem(t.Name, taxonomy.Pages ? taxonomy.TermUrl(t.Key) : null))]);
        }
        ImmutableArray<FactItem> items = value.Value switch
        {
            int amount when field.Type == FieldType.Money => [new(amount.ToString(CultureInfo.InvariantCulture), null) { Amount = amount }],
            int number => [new(number.ToString(CultureInfo.InvariantCulture), null)],
            DateOnly date => [new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null) { Date = date }],
            TimeSpan length => [new(EntryVideo.Text(length), null)],
            Uri url => [new(url.Host, url.AbsoluteUri)],
            string text when field.Type == FieldType.Email => [new(text, "mailto:" + text)],
            ImmutableArray<string> list => [.. list.Select(x => new FactItem(x, null))],
            _ => [new(value.Value.ToString() ?? "", null)],
        };
        return new Fact(field.Title, items);
    }
}

/// <summary>An event a practice was presented at, as its stamp links it.</summary>
public sealed record EventLink(string Title, string Url, DateTimeOffset Start);

/// <summary>A line of an entry's facts panel for a field the site declared: its title and values (linked where they have a page).</summary>
public sealed record Fact(string Title, ImmutableArray<FactItem> Items);

/// <summary>A value of a fact: its text, or an amount of money or a date the page writes in its language.</summary>
public sealed record FactItem(string Text, string? Url)
{
    /// <summary>Czech crowns, for money fields ('Text' is the bare number).</summary>
    public long? Amount { get; init; }
    /// <summary>For date fields ('Text' is the ISO date).</summary>
    public DateOnly? Date { get; init; }
}
