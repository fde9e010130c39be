using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DobraPraxe.Generator.ExternalLinks;

/// <summary>
/// The verdicts of earlier runs (<c>.link-cache/external-links.json</c>): an address that worked, or moved for good,
/// is not asked again until its answer is older than its age limit. Broken ones are not kept: they are asked every
/// run, so a server that was down for a day is forgiven the next week. A file that cannot be read is a cold start.
/// </summary>
internal sealed class LinkCache
{
    private const int Version = 1;
    private readonly Dictionary<string, CachedVerdict> _entries;

    private LinkCache(Dictionary<string, CachedVerdict> entries) => _entries = entries;

    public static LinkCache Load(string? file)
    {
        try
        {
            if (file is not null && File.Exists(file)
                && JsonSerializer.Deserialize<CacheFile>(File.ReadAllText(file), Options) is { Version: Version, Links: { } links })
                return new LinkCache(new Dictionary<string, CachedVerdict>(links, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // Only a cache: start cold.
        }
        return new LinkCache(new Dictionary<string, CachedVerdict>(StringComparer.Ordinal));
    }

    /// <summary>The remembered verdict on <paramref name="address"/> when it is young enough.</summary>
    public Verdict? Fresh(string address, DateTimeOffset now, TimeSpan maxAge) =>
        _entries.TryGetValue(address, out var entry) && now - entry.Checked < AgeLimit(address, maxAge) && now >= entry.Checked
            ? entry.MovedTo is null ? Verdict.Ok : new Verdict(VerdictKind.Moved, MovedTo: entry.MovedTo)
            : null;

    public void Remember(string address, Verdict verdict, DateTimeOffset now)
    {
        if (verdict.Kind is VerdictKind.Ok or VerdictKind.Moved) _entries[address] = new CachedVerdict(now, verdict.MovedTo);
        else _entries.Remove(address);
    }

    /// <summary>Writes the verdicts on <paramref name="inUse"/> (addresses no longer in the content are forgotten), atomically.</summary>
    public void Save(string? file, IReadOnlySet<string> inUse)
    {
        if (file is null) return;
        var kept = _entries.Where(e => inUse.Contains(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            var temporary = $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(new CacheFile(Version, kept), Options), new UTF8Encoding(false));
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next run asks again.
        }
    }

    /// <summary><paramref name="maxAge"/> × 0.75–1.25, the same for an address every run.</summary>
    private static TimeSpan AgeLimit(string address, TimeSpan maxAge)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(address));
        var spread = BitConverter.ToUInt16(hash, 0) / (double)ushort.MaxValue;
        return maxAge * (0.75 + 0.5 * spread);
    }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record CacheFile(int Version, Dictionary<string, CachedVerdict> Links);

    private sealed record CachedVerdict(DateTimeOffset Checked, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MovedTo);
}
