using NetVips;

namespace DobraPraxe.Benchmarks.Photos;

/// <summary>
/// Deterministic stand-ins for the photos town officials take on their phones: a landscape of sky, hills and
/// houses with sensor noise, stored sideways with EXIF orientation 6 (as phones held upright do), camera
/// make and model, and GPS. The same seed and size give the same bytes.
/// </summary>
public static class PhotoMaker
{
    /// <summary>A JPEG whose picture, once its orientation tag is applied, is <paramref name="width"/> × <paramref name="height"/> with the sky at the top.</summary>
    public static byte[] Jpeg(int seed, int width = 4032, int height = 3024, int orientation = 6, double latitude = 49.2167, double longitude = 15.8833)
    {
        var random = new Random(seed);
        using var picture = Landscape(random, width, height);
        // Orientation 6: the viewer turns the stored pixels 90° clockwise, so they are stored turned 90° counter-clockwise.
        using var stored = orientation == 6 ? picture.Rot270() : picture.Copy();
        var jpeg = stored.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
        return ExifSegment.Insert(jpeg, ExifSegment.Create("DobraPraxe", $"Fotoaparát {seed}", orientation, latitude, longitude));
    }

    private static Image Landscape(Random random, int width, int height)
    {
        var horizon = height * (0.45 + random.NextDouble() * 0.15);
        // Sky: light blue at the top, paler towards the horizon; hills: greens, darker to the front.
        using var xy = Image.Xyz(width, height);
        using var y = xy[1];
        using var sky = (y * (-60.0 / height) + new double[] { 150, 190, 245 }).Cast(Enums.BandFormat.Uchar);
        var hue = random.Next(20, 60);
        using var land = (y * (-40.0 / height) + new double[] { 40 + hue, 130, 50 }).Cast(Enums.BandFormat.Uchar);
        using var isSky = y < horizon;
        var scene = isSky.Ifthenelse(sky, land);
        // A row of houses on the horizon: walls and roofs in a few colours.
        for (var i = 0; i < 6; i++)
        {
            var w = width / 14 + random.Next(width / 20);
            var h = height / 10 + random.Next(height / 12);
            var left = random.Next(width - w);
            var top = (int)horizon - h / 2;
            var wall = new double[] { 200 + random.Next(50), 180 + random.Next(60), 140 + random.Next(60) };
            var roof = new double[] { 170, 60 + random.Next(40), 40 };
            var drawn = scene.Mutate(m =>
            {
                m.DrawRect(wall, left, top, w, h, fill: true);
                m.DrawRect(roof, left, top - h / 4, w, h / 4, fill: true);
            });
            scene.Dispose();
            scene = drawn;
        }
        using (scene)
        using (var noise = Image.Gaussnoise(width, height, sigma: 6, mean: 0, seed: random.Next()))
            return (scene + noise).Cast(Enums.BandFormat.Uchar);
    }
}
