namespace DobraPraxe.Generator.Serve;

/// <summary>Content types of the files a site has.</summary>
public static class ContentTypes
{
    public static string Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".ics" => "text/calendar; charset=utf-8",
        ".txt" or "" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".pdf" => "application/pdf",
        // The web editor: its config and Decap's WebAssembly (streamed compilation needs the exact type).
        ".yml" or ".yaml" => "text/yaml; charset=utf-8",
        ".wasm" => "application/wasm",
        _ => "application/octet-stream",
    };
}
