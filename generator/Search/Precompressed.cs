using System.IO.Compression;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Beside each search file a <c>.gz</c> sibling with the same bytes compressed, for static hosts that serve a
/// precompressed file with Content-Encoding: gzip. The same bytes always give the same sibling (gzip writes no
/// timestamp and runs at a fixed level). No Brotli sibling: it cost more CPU than the rest of the search stage for
/// 2 % fewer bytes a query fetches, and hosts that speak Brotli compress on the fly (docs/decisions/0025-gzip-siblings-only.md).
/// </summary>
public static class Precompressed
{
    public const string GzipSuffix = ".gz";

    /// <summary>Files compressed together: enough to keep every core busy, few enough that a build never holds its whole output.</summary>
    private static int Batch => 16 * Environment.ProcessorCount;

    /// <summary>
    /// The files, each followed by its .gz sibling, in the files' order: compressed in parallel and handed on a batch at
    /// a time, so the files and their siblings are written as they are made, not held all at once (at 100,000 entries
    /// the search folder is some 250 MB with its siblings).
    /// </summary>
    public static IEnumerable<OutputFile> WithSiblings(IEnumerable<OutputFile> files)
    {
        foreach (var batch in files.Chunk(Batch))
        {
            var gzip = new byte[batch.Length][];
            Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                gzip[i] = Gzip(batch[i].Content ?? throw new ArgumentException($"{batch[i].Path} has no content to compress")));
            for (var i = 0; i < batch.Length; i++)
            {
                yield return batch[i];
                yield return new OutputFile(batch[i].Path + GzipSuffix, gzip[i]);
            }
        }
    }

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
        return output.ToArray();
    }
}
