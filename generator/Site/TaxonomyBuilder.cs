using System.Collections.Immutable;
using System.Globalization;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Site;

/// <summary>
/// Files every practice under the terms of each declared taxonomy, the built-in ones and the site's own alike:
/// a taxonomy's field path says which values of a practice are its terms, its data file (if any) lists them.
/// </summary>
public static class TaxonomyBuilder
{
    private const string VerifiedKey = "ano";

    public static ImmutableArray<Taxonomy> Build(ImmutableArray<PracticeEntry> practices, ContentSet content, Localization.Words words, ImmutableArray<ItemEntry> items = default) =>
        [.. content.Schema.Taxonomies.Concat(FieldFacets(content.Schema)).Select(spec => new Taxonomy(spec, [.. WithItems(spec, Terms(spec, practices, content, words, ItemWords(spec, items)), items)]))];

    /// <summary>The free words (tags, a site's word list) entries of the site's kinds give a taxonomy: they make terms too.</summary>
    private static IEnumerable<(string Slug, string Name)> ItemWords(TaxonomySpec spec, ImmutableArray<ItemEntry> items) =>
        items.IsDefaultOrEmpty ? [] : items.SelectMany(i => i.Source.Field(spec.Field)?.Value is ImmutableArray<string> words ? words : [])
            .Select(w => (Slug.From(w), w));

    /// <summary>Each term with the entries of the site's kinds filed under it (newest first, whatever their kind).</summary>
    private static IEnumerable<Term> WithItems(TaxonomySpec spec, IEnumerable<Term> terms, ImmutableArray<ItemEntry> items)
    {
        if (items.IsDefaultOrEmpty) return terms;
        var filed = items.SelectMany(i => i.TermKeys(spec.Field).Select(key => (Key: key, Item: i)))
            .OrderByDescending(x => x.Item.Date).ThenBy(x => x.Item.Url, StringComparer.Ordinal)
            .ToLookup(x => x.Key, x => x.Item);
        return terms.Select(t => filed.Contains(t.Key) ? t with { Items = [.. filed[t.Key]] } : t);
    }

    /// <summary>A declared field with 'facet: true' is a search filter over its values: a taxonomy without pages.</summary>
    private static IEnumerable<TaxonomySpec> FieldFacets(Schema.ContentSchema schema) =>
        schema.ExtraFields.Where(f => f.Facet && schema.TaxonomyOwning(f.Key) is null && !schema.Taxonomies.Any(t => t.Field == f.Key))
            .Select(f => new TaxonomySpec { Key = f.Key, Title = f.Title, Field = f.Key, Facet = true, Pages = false });

    /// <summary>The term keys a practice has in the taxonomy declared with <paramref name="field"/>.</summary>
    public static IEnumerable<string> KeysOf(PracticeEntry p, string field) => field switch
    {
        "themes" => p.Themes.Select(t => t.Key),
        "member" => [p.Member.Key],
        "member.region" => [p.Region.Key],
        "member.type" => [p.Member.Type.Key],
        "sdgs" => p.Goals.Select(g => g.Number.ToString(CultureInfo.InvariantCulture)),
        "year" => [p.Year.ToString(CultureInfo.InvariantCulture)],
        "tags" => p.Tags.Select(t => t.Slug),
        "kind" => [p.Source.Kind],
        "nejpraxe.year" => p.Source.Contest is { } c ? [c.Year.ToString(CultureInfo.InvariantCulture)] : [],
        "presented_at.any" => p.Verified ? [VerifiedKey] : [],
        _ => Values(p, field, words: null).Select(v => v.Key).Distinct(),
    };

    /// <summary>The values of a declared field as terms: keys as they are, texts by their slug, numbers as written, dates as the language writes them.</summary>
    /// <param name="words">Null when only the keys are wanted.</param>
    private static IEnumerable<(string Key, string Name)> Values(PracticeEntry p, string field, Localization.Words? words) =>
        p.Source.Extra.FirstOrDefault(v => v.Field.Key == field)?.Value switch
        {
            ImmutableArray<KeyRef> keys => keys.Select(k => (k.Key, k.Key)),
            ImmutableArray<string> list => list.Select(w => (Slug.From(w), w)).Where(w => w.Item1.Length > 0),
            string text => Slug.From(text) is { Length: > 0 } slug ? [(slug, text)] : [],
            int number => [(number.ToString(CultureInfo.InvariantCulture), number.ToString(CultureInfo.InvariantCulture))],
            DateOnly date => [(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), words?.Date(date) ?? "")],
            _ => [],
        };

    private static IEnumerable<Term> Terms(TaxonomySpec spec, ImmutableArray<PracticeEntry> practices, ContentSet content, Localization.Words words, IEnumerable<(string Slug, string Name)> itemWords)
    {
        var czech = StringComparer.Create(Czech.Culture, false);
        var filed = practices
            .SelectMany(p => KeysOf(p, spec.Field).Select(key => (Key: key, Practice: p)))
            .ToLookup(x => x.Key, x => x.Practice);
        Term Make(string key, string name, string? color = null, string? description = null) => new()
        {
            Key = key, Name = name, Url = spec.TermUrl(key), Color = color, Description = description, Practices = [.. filed[key]],
        };

        return spec.Field switch
        {
            "themes" => content.Themes.Select(t => Make(t.Key, t.Name, t.Color, t.Description)),
            "member.region" => content.Regions.OrderBy(r => r.Name, czech).Select(r => Make(r.Key, r.Name)),
            "member" => content.Members.OrderBy(m => m.Name, czech).Select(m => Make(m.Key, m.Name)),
            "member.type" => MemberType.All.Select(t => Make(t.Key, English(words) ? t.LabelEn : t.Label)),
            "sdgs" => Enumerable.Range(1, Localization.GeneratorWords.GoalCount).Select(n => Make(n.ToString(CultureInfo.InvariantCulture), words[Localization.GeneratorWords.Goal(n)])),
            "year" => practices.Select(p => p.Year).Distinct().OrderDescending()
                .Select(y => Make(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))),
            "presented_at.any" => [Make(VerifiedKey, words[Localization.GeneratorWords.VerifiedTerm])],
            // Practices are full examples or střípky; a site kind in search is a value of its own.
            "kind" => ContentSchema.PracticeKinds.Select(k => Make(k.Key, English(words) ? k.LabelEn ?? k.Label : k.Label))
                .Concat(content.Schema.ItemKinds.Where(k => k.Search).Select(k => Make(k.Key, k.Name))),
            // A contest year lists its winners by place, then the other participants by title.
            "nejpraxe.year" => practices.Where(p => p.Source.Contest is not null).Select(p => p.Source.Contest!.Year).Distinct().OrderDescending()
                .Select(y => Make(y.ToString(CultureInfo.InvariantCulture), words.Text(Localization.GeneratorWords.ContestYear, ("year", y.ToString(CultureInfo.InvariantCulture)))) with
                {
                    Practices = [.. filed[y.ToString(CultureInfo.InvariantCulture)].OrderBy(p => p.Source.Contest!.Place ?? int.MaxValue).ThenBy(p => p.Title, czech)],
                }),
            "tags" => FreeWords(practices.SelectMany(p => p.Tags.Select(t => (t.Slug, t.Name))).Concat(itemWords), Make).OrderBy(t => t.Name, czech),
            _ when spec.Data is { } data => content.Terms.GetValueOrDefault(data, []).Select(t => Make(t.Key, t.Name, description: t.Description)),
            _ => FreeWords(practices.SelectMany(p => Values(p, spec.Field, words)).Concat(itemWords), Make).OrderBy(t => t.Name, czech),
        };
    }

    /// <summary>Whether the terms are named for the English site: the declarations' English labels then.</summary>
    private static bool English(Localization.Words words) => words.Code == ContentSchema.English;

    /// <summary>Terms from free words (tags): the most frequent spelling names a term; ties go to the alphabetically first.</summary>
    private static IEnumerable<Term> FreeWords(IEnumerable<(string Slug, string Name)> words, Func<string, string, string?, string?, Term> make) =>
        words.Where(w => w.Slug.Length > 0).GroupBy(w => w.Slug).Select(g => make(g.Key,
            g.GroupBy(w => w.Name).OrderByDescending(n => n.Count()).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key, null, null));
}
