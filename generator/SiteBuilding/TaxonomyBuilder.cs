using System.Collections.Immutable;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.SiteBuilding;

/// <summary>Files every practice under its themes, region, member, goals, year and tags, in one pass each.</summary>
public static class TaxonomyBuilder
{
    public static ImmutableArray<Taxonomy> Build(ImmutableArray<PracticeEntry> practices, ContentSet content)
    {
        var czech = StringComparer.Create(Czech.Culture, false);

        var themes = content.Themes.Select(t => new Term
        {
            Key = t.Key, Name = t.Name, Url = Routes.Theme(t.Key), Color = t.Color, Description = t.Description,
            Practices = [.. practices.Where(p => p.Themes.Any(x => x.Key == t.Key))],
        });
        var regions = content.Regions.OrderBy(r => r.Name, czech).Select(r => new Term
        {
            Key = r.Key, Name = r.Name, Url = Routes.Region(r.Key),
            Practices = [.. practices.Where(p => p.Region.Key == r.Key)],
        });
        var byMember = practices.ToLookup(p => p.Member.Key);
        var members = content.Members.OrderBy(m => m.Name, czech).Select(m => new Term
        {
            Key = m.Key, Name = m.Name, Url = Routes.Member(m.Key), Practices = [.. byMember[m.Key]],
        });
        var goals = Enumerable.Range(1, 17).Select(Goals.Get).Select(g => new Term
        {
            Key = g.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = g.Name, Url = g.Url,
            Practices = [.. practices.Where(p => p.Goals.Any(x => x.Number == g.Number))],
        });
        var years = practices.GroupBy(p => p.Year).OrderByDescending(g => g.Key).Select(g => new Term
        {
            Key = g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Url = Routes.Year(g.Key), Practices = [.. g],
        });
        var tags = practices
            .SelectMany(p => p.Tags.Select(t => (Tag: t, Practice: p)))
            .GroupBy(x => x.Tag.Slug)
            .Select(g => new Term
            {
                // The most frequent spelling names the tag; ties go to the alphabetically first.
                Key = g.Key, Url = g.First().Tag.Url,
                Name = g.GroupBy(x => x.Tag.Name).OrderByDescending(n => n.Count()).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key,
                Practices = [.. g.Select(x => x.Practice).Distinct()],
            })
            .OrderBy(t => t.Name, czech);

        return
        [
            new Taxonomy("temata", "Témata", Routes.Themes, [.. themes]),
            new Taxonomy("kraje", "Kraje", Routes.Regions, [.. regions]),
            new Taxonomy("clenove", "Členové", Routes.Members, [.. members]),
            new Taxonomy("cile", "Cíle udržitelného rozvoje", Routes.Goals, [.. goals]),
            new Taxonomy("roky", "Roky", Routes.Years, [.. years]),
            new Taxonomy("stitky", "Štítky", Routes.Tags, [.. tags]),
        ];
    }
}
