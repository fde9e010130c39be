namespace DobraPraxe.Generator.Schema;

/// <summary>What the web editor lets an editor upload into content/media/ for a field.</summary>
public enum UploadKind
{
    None,
    Image,
    File,
}
