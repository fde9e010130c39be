using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// Encoded photos by content: the key is the SHA-256 of the source's bytes and of <see cref="ImageSettings.Fingerprint"/>,
/// so a photo that did not change is never encoded twice, whatever its name or date, and a change of settings
/// re-encodes everything. An entry is written to a temporary folder and renamed into place, so a build that is
/// stopped half-way leaves no half entry; entries are never changed, so parallel builds can share the folder.
/// </summary>
public sealed class ImageCache(string folder)
{
    /// <summary>The cache's folder beside content/ (git-ignored; CI restores it with actions/cache).</summary>
    public const string FolderName = ".image-cache";
    private const string Manifest = "manifest.json";

    public string Folder { get; } = folder;

    public static ImageCache Beside(string sourceRoot) => new(System.IO.Path.Combine(sourceRoot, FolderName));

    public static string KeyOf(byte[] source, ImageSettings settings)
    {
        var content = SHA256.HashData(source);
        var recipe = Encoding.UTF8.GetBytes(settings.Fingerprint);
        return Convert.ToHexStringLower(SHA256.HashData([.. content, .. recipe]))[..40];
    }

    public CachedImage? TryGet(string key)
    {
        var entry = EntryFolder(key);
        var manifest = System.IO.Path.Combine(entry, Manifest);
        if (!File.Exists(manifest)) return null;
        try
        {
            var image = JsonSerializer.Deserialize<EncodedImage>(File.ReadAllBytes(manifest));
            return image is not null && image.Files.All(f => File.Exists(System.IO.Path.Combine(entry, f.Name))) ? new CachedImage(image, entry) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public CachedImage Put(string key, EncodedImage image, IReadOnlyList<byte[]> bytes)
    {
        var entry = EntryFolder(key);
        var temporary = entry + ".tmp-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(temporary);
        for (var i = 0; i < image.Files.Length; i++) File.WriteAllBytes(System.IO.Path.Combine(temporary, image.Files[i].Name), bytes[i]);
        File.WriteAllBytes(System.IO.Path.Combine(temporary, Manifest), JsonSerializer.SerializeToUtf8Bytes(image));
        try
        {
            if (Directory.Exists(entry)) Directory.Delete(entry, true);
            Directory.Move(temporary, entry);
        }
        catch (IOException) when (Directory.Exists(entry))
        {
            // Another build put the same entry first: same key, same bytes.
            Directory.Delete(temporary, true);
        }
        return new CachedImage(image, entry);
    }

    private string EntryFolder(string key) => System.IO.Path.Combine(Folder, key[..2], key);
}
