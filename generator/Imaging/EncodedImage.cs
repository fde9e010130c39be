using System.Collections.Immutable;

namespace DobraPraxe.Generator.Imaging;

/// <summary>What encoding one photo gave: the manifest of a cache entry (the files' bytes are beside it).</summary>
public sealed record EncodedImage(int Width, int Height, string Fallback, bool Animated, ImmutableArray<EncodedFile> Files);
