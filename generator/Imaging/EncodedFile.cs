namespace DobraPraxe.Generator.Imaging;

/// <summary>One file the encoder made for a photo, as the cache's manifest lists it: its name in the cache entry, role, format and size.</summary>
/// <param name="Role">"entry" (a width of the photo), "card" (a cropped thumbnail), "og" (Open Graph) or "original" (published at the source's path).</param>
public sealed record EncodedFile(string Name, string Role, string Format, int Width, int Height);
