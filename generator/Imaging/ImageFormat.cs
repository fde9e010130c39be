namespace DobraPraxe.Generator.Imaging;

/// <summary>A format the variants are written in, with its extension and MIME type.</summary>
public sealed record ImageFormat(string Name, string Extension, string MimeType)
{
    public static readonly ImageFormat Avif = new("avif", ".avif", "image/avif");
    public static readonly ImageFormat Webp = new("webp", ".webp", "image/webp");
    public static readonly ImageFormat Jpeg = new("jpeg", ".jpg", "image/jpeg");
    public static readonly ImageFormat Png = new("png", ".png", "image/png");
    public static readonly ImageFormat Gif = new("gif", ".gif", "image/gif");

    public static ImageFormat Named(string name) => new[] { Avif, Webp, Jpeg, Png, Gif }.Single(f => f.Name == name);
}
