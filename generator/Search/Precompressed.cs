using System.IO.Compression;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Beside each file a <c>.gz</c> and a <c>.br</c> sibling with the same bytes compressed, for static hosts that serve
/// a precompressed file with Content-Encoding: gzip or br. The same bytes always give the same siblings (gzip writes
/// no timestamp; both run at a fixed level and window).
/// </summary>
public static class Precompressed
{
    public const string GzipSuffix = ".gz";

    public const string BrotliSuffix = ".br";

    /// <summary>
    /// Brotli's quality (0–11), chosen by measurement (docs/decisions/0017-brotli-quality-8.md): on the 10,000-entry search folder
    /// (2,869 files, 18.9 MiB) gzip takes 0.69 s of CPU for 6.26 MiB, Brotli 5 0.96 s for 6.10, 8 1.35 s for 5.97,
    /// 9 8.0 s, 11 41 s for 5.53; on the shard a first query fetches at 100,000 entries (84.1 KiB as gzip) 5 gives
    /// 86.7 KiB, 8 79.9, 11 72.5. 8 is the last level before the CPU jumps, and the search stage runs in every build.
    /// </summary>
    public const int BrotliQuality = 8;

    // Brotli's window: just large enough for the file (2^10 … 2^22 bytes, 22 the default). The encoder's memory grows
    // with it, and thousands of small chunks compressed at once with the default window raised the build's peak RSS
    // at 10,000 entries by up to 0.5 GB; a window that covers the whole file gives the same compression.
    private static int BrotliWindow(int length) => Math.Clamp(64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(length, 1)) + 1, 10, 22);

    /// <summary>Files compressed together: enough to keep every core busy, few enough that a build never holds its whole output.</summary>
    private static int Batch => 16 * Environment.ProcessorCount;

    /// <summary>
    /// The files, each followed by its .gz and .br siblings, in the files' order: read, compressed (in parallel) and
    /// handed on a batch at a time, so the files and their siblings are written as they are made, not held all at once
    /// (at 100,000 entries the search folder is some 400 MB with its siblings).
    /// </summary>
    public static IEnumerable<OutputFile> WithSiblings(IEnumerable<OutputFile> files)
    {
        foreach (var batch in files.Chunk(Batch))
        {
            var gzip = new byte[batch.Length][];
            var brotli = new byte[batch.Length][];
            // One thread per core at most: Brotli's encoders allocate natively, and each extra thread the pool adds under
            // load keeps its own malloc arena (measured at 10,000 entries: peak RSS 0.65 GB without Brotli, up to 1.26 GB
            // with it on an unbounded Parallel.For).
            Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var content = batch[i].Content ?? throw new ArgumentException($"{batch[i].Path} has no content to compress");
                gzip[i] = Gzip(content);
                brotli[i] = Brotli(content);
            });
            for (var i = 0; i < batch.Length; i++)
            {
                yield return batch[i];
                yield return new OutputFile(batch[i].Path + GzipSuffix, gzip[i]);
                yield return new OutputFile(batch[i].Path + BrotliSuffix, brotli[i]);
            }
        }
    }

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
        return output.ToArray();
    }

    /// <param name="quality">Brotli's quality, 0–11; the build uses <see cref="BrotliQuality"/>.</param>
    public static byte[] Brotli(byte[] content, int quality = BrotliQuality)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, output, out var written, quality, BrotliWindow(content.Length)))
            throw new InvalidOperationException("Brotli output larger than its bound");
        return output[..written];
    }
}
