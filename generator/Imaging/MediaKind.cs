namespace DobraPraxe.Generator.Imaging;

/// <summary>What a file in content/media/ is, which decides what the build does with it.</summary>
public enum MediaKind
{
    /// <summary>A photo or bitmap: published only as re-encoded, metadata-free variants.</summary>
    Raster,
    /// <summary>An SVG drawing: published as it is once it is proved to hold nothing that runs or loads.</summary>
    Vector,
    /// <summary>PDF and office documents: copied as they are.</summary>
    Document,
    /// <summary>Plain data (CSV, JSON, text): copied as they are.</summary>
    Data,
    /// <summary>A video (MP4, WebM) a page plays itself: copied as it is.</summary>
    Video,
    /// <summary>Captions of a video (WebVTT): text, checked whole, copied as it is.</summary>
    Captions,
}
