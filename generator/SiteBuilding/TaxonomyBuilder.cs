using System.Collections.Immutable;
using System.Globalization;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.SiteBuilding;

/// <summary>
/// Files every practice under the terms of each declared taxonomy, the built-in ones and the site's own alike:
/// a taxonomy's field path says which values of a practice are its terms, its data file (if any) lists them.
/// </summary>
public static class TaxonomyBuilder
{
    private const string VerifiedKey = "ano";

    public static ImmutableArray<Taxonomy> Build(ImmutableArray<PracticeEntry> practices, ContentSet content, Words words) =>
        [.. content.Schema.Taxonomies.Concat(FieldFacets(content.Schema)).Select(spec => new Taxonomy(spec, [.. Terms(spec, practices, content, words)]))];

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
    private static IEnumerable<(string Key, string Name)> Values(PracticeEntry p, string field, Words? words) =>
        p.Source.Extra.FirstOrDefault(v => v.Field.Key == field)?.Value switch
        {
            ImmutableArray<KeyRef> keys => keys.Select(k => (k.Key, k.Key)),
            ImmutableArray<string> list => list.Select(w => (Slug.From(w), w)).Where(w => w.Item1.Length > 0),
            string text => Slug.From(text) is { Length: > 0 } slug ? [(slug, text)] : [],
            int number => [(number.ToString(CultureInfo.InvariantCulture), number.ToString(CultureInfo.InvariantCulture))],
            DateOnly date => [(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), words?.Date(date) ?? "")],
            _ => [],
        };

    private static IEnumerable<Term> Terms(TaxonomySpec spec, ImmutableArray<PracticeEntry> practices, ContentSet content, Words words)
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
            "member.type" => MemberType.All.Select(t => Make(t.Key, t.Label)),
            "sdgs" => Enumerable.Range(1, GeneratorWords.GoalCount).Select(n => Make(n.ToString(CultureInfo.InvariantCulture), words[GeneratorWords.Goal(n)])),
            "year" => practices.Select(p => p.Year).Distinct().OrderDescending()
                .Select(y => Make(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))),
            "presented_at.any" => [Make(VerifiedKey, words[GeneratorWords.VerifiedTerm])],
            "kind" => ContentSchema.PracticeKinds.Select(k => Make(k.Key, k.Label)),
            // A contest year lists its winners by place, then the other participants by title.
            "nejpraxe.year" => practices.Where(p => p.Source.Contest is not null).Select(p => p.Source.Contest!.Year).Distinct().OrderDescending()
                .Select(y => Make(y.ToString(CultureInfo.InvariantCulture), words.Text(GeneratorWords.ContestYear, ("year", y.ToString(CultureInfo.InvariantCulture)))) with
                {
                    Practices = [.. filed[y.ToString(CultureInfo.InvariantCulture)].OrderBy(p => p.Source.Contest!.Place ?? int.MaxValue).ThenBy(p => p.Title, czech)],
                }),
            "tags" => FreeWords(practices.SelectMany(p => p.Tags.Select(t => (t.Slug, t.Name))), Make).OrderBy(t => t.Name, czech),
            _ when spec.Data is { } data => content.Terms.GetValueOrDefault(data, []).Select(t => Make(t.Key, t.Name, description: t.Description)),
            _ => FreeWords(practices.SelectMany(p => Values(p, spec.Field, words)), Make).OrderBy(t => t.Name, czech),
        };
    }

    /// <summary>Terms from free words (tags): the most frequent spelling names a term; ties go to the alphabetically first.</summary>
    private static IEnumerable<Term> FreeWords(IEnumerable<(string Slug, string Name)> words, Func<string, string, string?, string?, Term> make) =>
        words.Where(w => w.Slug.Length > 0).GroupBy(w => w.Slug).Select(g => make(g.Key,
            g.GroupBy(w => w.Name).OrderByDescending(n => n.Count()).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key, null, null));
}
