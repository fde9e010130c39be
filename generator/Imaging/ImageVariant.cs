namespace DobraPraxe.Generator.Imaging;

/// <summary>One encoded file of a photo: where it is published (site path), its format and pixel size.</summary>
public sealed record ImageVariant(string Path, ImageFormat Format, int Width, int Height);
