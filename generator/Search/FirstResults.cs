namespace DobraPraxe.Generator.Search;

/// <summary>
/// What a query shows first, fetched beside its terms' shards instead of after them (issue 32: at most two dependent
/// round trips after the page). For every term, the documents a one-word query of it ranks first — its first
/// <see cref="Count"/> hits in the order czech-search.js ranks them, which is lunr's — and the buckets these go into:
/// a term's bucket is a hash of its text (<see cref="Bucket"/>, FNV-1a over UTF-16 code units, as czech-search.js
/// hashes), so the page knows which bucket to fetch from the term alone, with no table. A bucket file holds the display
/// records of its terms' first hits (SearchIndexBuilder writes them); a query of several words usually finds its first
/// results among its terms' first hits too, and fetches document chunks only for those it does not.
/// </summary>
public static class FirstResults
{
    /// <summary>How many hits a query shows before the rest of its batch (search.js reads it from the manifest).</summary>
    public const int Count = 10;

    /// <summary>About how many bytes of records a bucket holds: the bytes a query fetches beside each term's shard.</summary>
    public const int BucketBytes = 16 * 1024;

    /// <summary>The bucket of a term among <paramref name="buckets"/>: FNV-1a (32 bits) over its UTF-16 code units, modulo the count.</summary>
    public static int Bucket(string term, int buckets)
    {
        var hash = 2166136261u;
        foreach (var c in term) hash = unchecked((hash ^ c) * 16777619u);
        return (int)(hash % (uint)buckets);
    }

    /// <summary>How many buckets hold records of <paramref name="bytes"/> in all (counted per term, before a bucket shares a document's record).</summary>
    public static int BucketCount(long bytes, int bucketBytes = BucketBytes) => (int)Math.Max(1, (bytes + bucketBytes - 1) / bucketBytes);

    /// <summary>
    /// Per term id, the numbers of the documents a one-word query of it shows first, best first; null for a term no
    /// document has. A one-word query's score of a document is the sum, over the fields in their order, of the term's
    /// field scores (lunr.Builder's, rounded to thousandths); equal scores keep the order in which lunr's query meets the
    /// documents: by the first field that has the term, then in that field's posting order (<paramref name="order"/>).
    /// </summary>
    /// <param name="order">Per document, its place in lunr's posting order; null for document order.</param>
    internal static int[]?[] Of(LunrScoring scoring, long[]? order)
    {
        var fieldCount = scoring.Fields.Count;
        var documents = scoring.Documents.Count;
        var terms = scoring.Vocabulary.Count;
        // Each thread ranks a range of documents; the ranges' lists are merged after. The order is total (no two
        // documents share a place in lunr's order), so the result does not depend on how the work was split.
        var parts = new List<Candidate[]?[]>();
        var ranges = Math.Clamp(documents / 2048, 1, Environment.ProcessorCount);
        Parallel.For(0, ranges, range =>
        {
            var best = new Candidate[]?[terms];
            var counts = new int[terms];
            var sums = new Dictionary<int, (double Score, int Field)>();
            for (var d = documents * range / ranges; d < documents * (range + 1) / ranges; d++)
            {
                sums.Clear();
                for (var f = 0; f < fieldCount; f++)
                {
                    var entry = d * fieldCount + f;
                    var ids = scoring.Analysed[entry].Ids;
                    for (var t = 0; t < ids.Length; t++)
                    {
                        var score = scoring.Score(entry, t);
                        sums[ids[t]] = sums.TryGetValue(ids[t], out var sum) ? (sum.Score + score, sum.Field) : (score, f);
                    }
                }
                foreach (var (id, (score, field)) in sums) Insert(ref best[id], ref counts[id], new Candidate(score, field, order?[d] ?? d, d));
            }
            for (var id = 0; id < terms; id++)
                if (best[id] is { } list && counts[id] < list.Length) best[id] = list[..counts[id]];
            lock (parts) parts.Add(best);
        });

        var result = new int[]?[terms];
        for (var id = 0; id < terms; id++)
        {
            var merged = new List<Candidate>();
            foreach (var part in parts)
                if (part[id] is { } list) merged.AddRange(list);
            if (merged.Count == 0) continue;
            merged.Sort(Compare);
            result[id] = [.. merged.Take(Count).Select(c => c.Document)];
        }
        return result;
    }

    // Keeps a term's best Count candidates, best first.
    private static void Insert(ref Candidate[]? list, ref int count, Candidate candidate)
    {
        list ??= new Candidate[Count];
        if (count == Count && Compare(candidate, list[Count - 1]) >= 0) return;
        var at = count < Count ? count++ : Count - 1;
        while (at > 0 && Compare(candidate, list[at - 1]) < 0)
        {
            list[at] = list[at - 1];
            at--;
        }
        list[at] = candidate;
    }

    // Higher score first; equal scores in the order lunr's query meets the documents (first field, then posting order).
    private static int Compare(Candidate a, Candidate b) =>
        a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Field != b.Field ? a.Field.CompareTo(b.Field) : a.Order.CompareTo(b.Order);

    private readonly record struct Candidate(double Score, int Field, long Order, int Document);
}
