namespace DobraPraxe.Generator.Schema;

/// <summary>What the web editor lets an editor upload into content/media/ for a field, and which files of the media allow-list the field takes.</summary>
public enum UploadKind
{
    None,
    /// <summary>A photo or a drawing.</summary>
    Image,
    /// <summary>Any allowed file (an attachment).</summary>
    File,
    /// <summary>A photo only: it goes through the image pipeline (a poster, an entry's picture).</summary>
    Photo,
    /// <summary>A self-hosted video (MP4, WebM), or the address of one on a video host the site plays from.</summary>
    Video,
    /// <summary>Captions in WebVTT.</summary>
    Captions,
}
