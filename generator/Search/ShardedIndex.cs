namespace DobraPraxe.Generator.Search;

/// <summary>
/// The sharded postings (<see cref="ShardedIndexWriter"/>): the shards in term order, the first term of each (the first
/// shard's is "", so every term has a shard), and per field the sum of its lengths over all documents, from which the
/// page computes lunr's average field length (the sum divided by the document count, as lunr.Builder does), and per
/// term, in term order, the documents a one-word query of it shows first (<see cref="FirstResults"/>).
/// </summary>
public sealed record ShardedIndex(IReadOnlyList<string> FirstTerms, IReadOnlyList<byte[]> Shards, IReadOnlyList<long> LengthSums,
    IReadOnlyList<(string Term, int[] Documents)> FirstHits);

/// <summary>What <see cref="ShardedIndexWriter.Stream"/> knows of the index once every shard is out: <see cref="ShardedIndex"/> but its shards.</summary>
public sealed class ShardTable
{
    /// <summary>The first term of each shard ("" for the first).</summary>
    public List<string> FirstTerms { get; } = [];

    /// <summary>Per field, the sum of its lengths over all documents.</summary>
    public IReadOnlyList<long> LengthSums { get; internal set; } = [];

    /// <summary>Per term, in term order, the documents a one-word query of it shows first.</summary>
    public IReadOnlyList<(string Term, int[] Documents)> FirstHits { get; internal set; } = [];
}
