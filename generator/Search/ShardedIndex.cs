namespace DobraPraxe.Generator.Search;

/// <summary>
/// The sharded postings (<see cref="ShardedIndexWriter"/>): the shards in term order, the first term of each (the first
/// shard's is "", so every term has a shard), and per field the sum of its lengths over all documents, from which the
/// page computes lunr's average field length (the sum divided by the document count, as lunr.Builder does), and per
/// term, in term order, the documents a one-word query of it shows first (<see cref="FirstResults"/>).
/// </summary>
public sealed record ShardedIndex(IReadOnlyList<string> FirstTerms, IReadOnlyList<byte[]> Shards, IReadOnlyList<long> LengthSums,
    IReadOnlyList<(string Term, int[] Documents)> FirstHits);
