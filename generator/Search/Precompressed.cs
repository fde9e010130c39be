using System.IO.Compression;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Beside each file a <c>.gz</c> sibling with the same bytes gzip-compressed, for static hosts that serve a
/// precompressed file with Content-Encoding: gzip. The same bytes always give the same .gz (no timestamp, a fixed level: zlib's default, quick enough for every build).
/// </summary>
public static class Precompressed
{
    public const string GzipSuffix = ".gz";

    /// <summary>The files, each followed by its .gz sibling; compressed in parallel, returned in the files' order.</summary>
    /// <param name="known">The .gz of a file whose bytes were compressed before (serve's incremental rebuild), or null to compress it.</param>
    public static IReadOnlyList<OutputFile> WithGzipSiblings(IReadOnlyList<OutputFile> files, Func<OutputFile, byte[]?>? known = null)
    {
        var compressed = new byte[files.Count][];
        Parallel.For(0, files.Count, i => compressed[i] = known?.Invoke(files[i])
            ?? Gzip(files[i].Content ?? throw new ArgumentException($"{files[i].Path} has no content to compress")));
        var result = new List<OutputFile>(files.Count * 2);
        for (var i = 0; i < files.Count; i++)
        {
            result.Add(files[i]);
            result.Add(new OutputFile(files[i].Path + GzipSuffix, compressed[i]));
        }
        return result;
    }

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
        return output.ToArray();
    }
}
