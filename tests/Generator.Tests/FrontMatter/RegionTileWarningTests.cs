using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.FrontMatter;

/// <summary>The region map is drawn from the tiles of regions.yml alone: a missing tile is said at the data file, not left to be noticed.</summary>
public class RegionTileWarningTests
{
    private static List<string> TileWarnings(DobraPraxe.Generator.Pipeline.BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Message.Contains("'tile'", StringComparison.Ordinal)).Select(d => d.Format())];

    [Fact]
    public void without_any_tile_the_missing_map_is_a_warning_at_the_data_file()
    {
        using var tree = new ContentTree("basic");
        tree.Write("content/data/regions.yml", "# Kraje bez mapy.\njihomoravsky: { name: Jihomoravský kraj }\nvysocina: { name: Kraj Vysočina }\n");
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Equal(["""
            content/data/regions.yml:2:15: warning: no region has a 'tile', so no page shows the region map
                Give each region its place on the map, [column, row], e.g. 'tile: [3, 2]'; the home page and the regions' list draw the map from them.
            """], TileWarnings(result));
        Assert.DoesNotContain("region-map", Builds.Page(result, "index.html"));
    }

    [Fact]
    public void a_region_without_a_tile_beside_others_is_a_warning_at_its_entry()
    {
        using var tree = new ContentTree("basic");
        tree.Write("content/data/regions.yml", "jihomoravsky: { name: Jihomoravský kraj, tile: [1, 0] }\nvysocina:\n  name: Kraj Vysočina\n");
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Equal(["""
            content/data/regions.yml:3:3: warning: region 'vysocina' has no 'tile', so the region map leaves it out
                Give each region its place on the map, [column, row], e.g. 'tile: [3, 2]'; the home page and the regions' list draw the map from them.
            """], TileWarnings(result));
    }

    [Fact]
    public void with_every_tile_there_is_no_warning_and_the_map_is_drawn()
    {
        var result = Builds.Generate(TestPaths.Fixture("basic"));
        Assert.Empty(TileWarnings(result));
        Assert.Contains("region-map", Builds.Page(result, "index.html"));
    }
}
