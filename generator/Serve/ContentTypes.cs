namespace DobraPraxe.Generator.Serve;

/// <summary>
/// Content types of the files a site has: its pages and data, every type content/media/ may hold
/// (<see cref="Imaging.MediaTypes"/>), what a theme's assets usually are, and the web editor's files. Sent with
/// nosniff, so the browser takes the type as given: anything else is a download (octet-stream), never guessed.
/// </summary>
public static class ContentTypes
{
    public const string Unknown = "application/octet-stream";

    public static string Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" or ".map" => "application/json; charset=utf-8",
        ".jsonld" => "application/ld+json; charset=utf-8",
        ".geojson" => "application/geo+json; charset=utf-8",
        ".webmanifest" => "application/manifest+json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".ics" => "text/calendar; charset=utf-8",
        ".txt" or "" => "text/plain; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".tsv" => "text/tab-separated-values; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".ttf" => "font/ttf",
        ".otf" => "font/otf",
        ".pdf" => "application/pdf",
        ".rtf" => "application/rtf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ".odt" => "application/vnd.oasis.opendocument.text",
        ".ods" => "application/vnd.oasis.opendocument.spreadsheet",
        ".odp" => "application/vnd.oasis.opendocument.presentation",
        ".doc" => "application/msword",
        ".xls" => "application/vnd.ms-excel",
        ".ppt" => "application/vnd.ms-powerpoint",
        ".mp4" => "video/mp4",
        ".webm" => "video/webm",
        ".vtt" => "text/vtt; charset=utf-8",
        // The web editor: its config and Decap's WebAssembly (streamed compilation needs the exact type).
        ".yml" or ".yaml" => "text/yaml; charset=utf-8",
        ".wasm" => "application/wasm",
        _ => Unknown,
    };
}
