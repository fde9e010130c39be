namespace DobraPraxe.Generator.Imaging;

/// <summary>A published photo as an entry shows it: its variants and the editor's description.</summary>
public sealed record Photo(ImageSet Set, string Alt);
