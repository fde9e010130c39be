using System.Collections.Immutable;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>
/// The tile map of the kraje: one tile per region at its 'tile' from regions.yml, a link to the region's page,
/// shaded by its number of practices. Drawn as SVG by the theme (partials/region-map.html) beside a table of
/// the same counts, which is its text alternative. No script, no map service.
/// </summary>
public sealed record RegionMap(int Width, int Height, ImmutableArray<MapTile> Tiles, ImmutableArray<MapStep> Scale)
{
    public const int TileWidth = 92, TileHeight = 64, Gap = 6;

    /// <summary>The tiles in Czech alphabetical order, for the table.</summary>
    public ImmutableArray<MapTile> ByName => [.. Tiles.OrderBy(t => t.Name, StringComparer.Create(Shared.Czech.Culture, false))];

    /// <summary>The map of the site's regions, or null when none has a tile.</summary>
    public static RegionMap? Of(SiteModel site)
    {
        var terms = site.Taxonomy("member.region").Terms.ToDictionary(t => t.Key);
        var placed = site.Regions.Where(r => r.Tile is not null && terms.ContainsKey(r.Key)).ToList();
        if (placed.Count == 0) return null;
        var most = Math.Max(1, placed.Max(r => terms[r.Key].Count));
        // Three shades above zero, each a third of the largest count: readable at a glance, stated in the legend.
        int Step(int count) => count == 0 ? 0 : 1 + Math.Min(2, (count - 1) * 3 / most);
        var tiles = placed
            .OrderBy(r => r.Tile!.Value.Row).ThenBy(r => r.Tile!.Value.Column)
            .Select(r =>
            {
                var term = terms[r.Key];
                var (column, row) = r.Tile!.Value;
                var code = r.Code ?? r.Name[..Math.Min(3, r.Name.Length)].ToUpperInvariant();
                return new MapTile(r.Key, r.Name, code, term.Url, term.Count,
                    column * (TileWidth + Gap), row * (TileHeight + Gap), Step(term.Count),
                    // The name starts with what the tile shows (WCAG 2.5.3: a speech user says what they see), then says it in full.
                    site.Words.Count(Localization.GeneratorWords.RegionTile, term.Count, ("code", code), ("region", r.Name)));
            }).ToImmutableArray();
        var scale = Enumerable.Range(0, 4).Select(step =>
        {
            var counts = Enumerable.Range(0, most + 1).Where(c => Step(c) == step).ToList();
            return counts.Count == 0 ? null : new MapStep(step, counts[0] == counts[^1] ? $"{counts[0]}" : $"{counts[0]}–{counts[^1]}");
        }).OfType<MapStep>().ToImmutableArray();
        return new RegionMap(
            tiles.Max(t => t.X) + TileWidth, tiles.Max(t => t.Y) + TileHeight, tiles, scale);
    }
}

/// <summary>One region's tile: where it is drawn, its link, count and shade (0 = none … 3 = most).</summary>
public sealed record MapTile(string Key, string Name, string Code, string Url, int Count, int X, int Y, int Step, string Label)
{
    public int Width => RegionMap.TileWidth;
    public int Height => RegionMap.TileHeight;
    public int CenterX => X + RegionMap.TileWidth / 2;
    public int CodeY => Y + 29;
    public int CountY => Y + 54;
}

/// <summary>A shade of the map and the counts it stands for ("1–2").</summary>
public sealed record MapStep(int Step, string Range);
