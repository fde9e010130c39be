using System.Text.RegularExpressions;

namespace DobraPraxe.Generator.Model;

/// <summary>A video host the site plays from, with the privacy-friendly player it embeds and the origin that player's frame has.</summary>
/// <param name="Name">How readers know it ("YouTube"): the play button says the video comes from there.</param>
/// <param name="FrameOrigin">The only origin a page with this player lets a frame come from (its CSP's frame-src).</param>
public sealed record VideoHost(string Key, string Name, string FrameOrigin)
{
    /// <summary>YouTube through youtube-nocookie.com, which writes no cookie until the reader plays.</summary>
    public static readonly VideoHost YouTube = new("youtube", "YouTube", "https://www.youtube-nocookie.com");
    /// <summary>Vimeo's player with dnt=1: no cookies, no tracking of the session.</summary>
    public static readonly VideoHost Vimeo = new("vimeo", "Vimeo", "https://player.vimeo.com");

    public static readonly IReadOnlyList<VideoHost> All = [YouTube, Vimeo];
}

/// <summary>
/// Where a video plays from: one video of a host (<see cref="VideoHost"/>) or a file of content/media/. The one home of
/// the addresses the site accepts and of the player, watch and embed addresses it makes of them; nothing is fetched.
/// </summary>
public sealed partial record VideoSource
{
    /// <summary>Null for a file of content/media/.</summary>
    public VideoHost? Host { get; init; }
    /// <summary>The host's ID of the video (YouTube's 11 characters, Vimeo's number); empty for a file.</summary>
    public string Id { get; init; } = "";
    /// <summary>An unlisted Vimeo video's privacy hash (vimeo.com/123/abcdef), else null.</summary>
    public string? Hash { get; init; }
    /// <summary>The file's path from content/ ("media/klip.webm") when self-hosted.</summary>
    public string? File { get; init; }

    public bool SelfHosted => Host is null;

    /// <summary>The player to put in a frame once the reader asks: no cookie (YouTube's nocookie host, Vimeo's dnt=1).</summary>
    public string? EmbedUrl => Host == VideoHost.YouTube ? $"https://www.youtube-nocookie.com/embed/{Id}"
        : Host == VideoHost.Vimeo ? $"https://player.vimeo.com/video/{Id}?dnt=1{(Hash is null ? "" : "&h=" + Hash)}"
        : null;

    /// <summary>The same player, started at once: the click that inserts it is the reader's request to play.</summary>
    public string? PlayerUrl => EmbedUrl is { } url ? url + (url.Contains('?') ? "&" : "?") + "autoplay=1" : null;

    /// <summary>The video's page on its host: where the poster links when the page runs no script.</summary>
    public string? WatchUrl => Host == VideoHost.YouTube ? $"https://www.youtube.com/watch?v={Id}"
        : Host == VideoHost.Vimeo ? $"https://vimeo.com/{Id}{(Hash is null ? "" : "/" + Hash)}"
        : null;

    /// <summary>A self-hosted file's media type (video/mp4, video/webm).</summary>
    public string? MimeType => File is null ? null : Path.GetExtension(File).ToLowerInvariant() switch
    {
        ".mp4" => "video/mp4",
        ".webm" => "video/webm",
        _ => null,
    };

    /// <summary>What a value of a video field names, or why it names nothing the site can play (message, hint).</summary>
    public static (VideoSource? Source, string? Message, string? Hint) Parse(string value)
    {
        if (!value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return (new VideoSource { File = value }, null, null);
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return (null, $"'{value}' is not a web address", "Copy the video's address from the browser's address bar.");
        var host = uri.Host.ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "m." })
            if (host.StartsWith(prefix, StringComparison.Ordinal)) host = host[prefix.Length..];
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return host switch
        {
            "youtube.com" or "youtube-nocookie.com" or "youtu.be" => YouTube(value, host, uri, segments),
            "vimeo.com" or "player.vimeo.com" => Vimeo(value, host, segments),
            _ => (null, $"videos are played from YouTube or Vimeo, or from content/media/; '{uri.Host}' is neither",
                $"Upload the video to {string.Join(" or ", VideoHost.All.Select(h => h.Name))} and copy its address, or put an MP4 or WebM file into content/media/ and write 'media/<file>'."),
        };
    }

    private static (VideoSource?, string?, string?) YouTube(string value, string host, Uri uri, string[] segments)
    {
        var id = host == "youtu.be" ? segments.FirstOrDefault()
            : segments.FirstOrDefault() == "watch" ? Query(uri, "v")
            : segments is [("embed" or "shorts" or "live" or "v"), var second, ..] ? second
            : null;
        if (id is null)
            return (null, $"'{value}' is not the address of one YouTube video",
                "Open the video on YouTube and copy its address, e.g. https://www.youtube.com/watch?v=AbCdEfGhIjK.");
        if (!YouTubeId().IsMatch(id))
            return (null, $"'{id}' is not a YouTube video ID: an ID has 11 letters, digits, '-' or '_'",
                "Copy the whole address from YouTube's Share button; a character may have been lost.");
        return (new VideoSource { Host = VideoHost.YouTube, Id = id }, null, null);
    }

    private static (VideoSource?, string?, string?) Vimeo(string value, string host, string[] segments)
    {
        // vimeo.com/123, vimeo.com/123/hash (unlisted), vimeo.com/channels/x/123, player.vimeo.com/video/123
        var numbered = segments.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.All(char.IsAsciiDigit));
        if (numbered.s is null || (host == "player.vimeo.com" && numbered.i != 1))
            return (null, $"'{value}' is not the address of one Vimeo video",
                "Open the video on Vimeo and copy its address, e.g. https://vimeo.com/123456789.");
        var hash = segments.Length > numbered.i + 1 && VimeoHash().IsMatch(segments[numbered.i + 1]) ? segments[numbered.i + 1] : null;
        return (new VideoSource { Host = VideoHost.Vimeo, Id = numbered.s, Hash = hash }, null, null);
    }

    private static string? Query(Uri uri, string name) => uri.Query.TrimStart('?').Split('&')
        .Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == name && p.Length == 2)?[1];

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9a-f]{6,20}$")]
    private static partial Regex VimeoHash();
}
