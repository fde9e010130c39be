using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// Encoded photos by content: the key is the SHA-256 of the source's bytes and of <see cref="ImageSettings.Fingerprint"/>,
/// so a photo that did not change is never encoded twice, whatever its name or date, and a change of settings
/// re-encodes everything. An entry is written to a temporary folder and renamed into place, so a build that is
/// stopped half-way leaves no half entry; entries are never changed, so parallel builds can share the folder.
/// A warm build does not even read the photos: a source's hash is remembered under its path, size and modification
/// time (<see cref="RememberedHash"/>), so a rebuild with 200 unchanged 4 MB photos reads a few bytes of each.
/// A file replaced by another of the same size and time to the nanosecond would be taken for the old one; editors,
/// git and the web editor all give a written file a new time.
/// </summary>
public sealed class ImageCache(string folder)
{
    /// <summary>The cache's folder beside content/ (git-ignored; CI restores it with actions/cache).</summary>
    public const string FolderName = ".image-cache";
    private const string Manifest = "manifest.json";

    public string Folder { get; } = folder;

    public static ImageCache Beside(string sourceRoot) => new(System.IO.Path.Combine(sourceRoot, FolderName));

    private const string StampFolder = "sources";
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <summary>The SHA-256 of a photo's bytes, in hex.</summary>
    public static string HashOf(byte[] source) => Convert.ToHexStringLower(SHA256.HashData(source));

    /// <summary>The entry of a photo whose bytes hash to <paramref name="contentHash"/>, encoded with <paramref name="settings"/>.</summary>
    public static string KeyOf(string contentHash, ImageSettings settings) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentHash + "\n" + settings.Fingerprint)))[..40];

    /// <summary>The hash remembered for the file <paramref name="source"/> as it is now (same size, same time), or null.</summary>
    public string? RememberedHash(FileInfo source)
    {
        var stamp = StampPath(source);
        try
        {
            var hash = File.Exists(stamp) ? File.ReadAllText(stamp) : null;
            return hash is { Length: 64 } && hash.All(char.IsAsciiHexDigitLower) ? hash : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Remembers <paramref name="contentHash"/> for the file as it was when <paramref name="source"/> was taken, at
    /// <paramref name="observed"/>, before its bytes were read. Not for a file written seconds before that (or dated in the
    /// future): file times tick in milliseconds, so another file of the same size written there within the tick would
    /// look the same (git's "racily clean" files). The next build remembers it.
    /// </summary>
    public void Remember(FileInfo source, DateTime observed, string contentHash)
    {
        if (source.LastWriteTimeUtc > observed - RacyWindow) return;
        var stamp = StampPath(source);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(stamp)!);
        var temporary = stamp + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(temporary, contentHash);
        File.Move(temporary, stamp, overwrite: true);
    }

    /// <summary>A stamp is named by the file's full path, size and modification time: any change gives another name.</summary>
    private string StampPath(FileInfo source)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{source.FullName}\n{source.Length}\n{source.LastWriteTimeUtc.Ticks}")))[..40];
        return System.IO.Path.Combine(Folder, StampFolder, name[..2], name);
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
