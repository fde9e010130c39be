namespace DobraPraxe.Generator.Imaging;

/// <summary>A photo's encoded files in the cache: the manifest, and the folder holding the files it names.</summary>
public sealed record CachedImage(EncodedImage Image, string Folder)
{
    public string PathOf(EncodedFile file) => System.IO.Path.Combine(Folder, file.Name);
}
