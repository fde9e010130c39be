namespace DobraPraxe.Generator.Search;

/// <summary>
/// What <see cref="ShardedIndexWriter"/> wrote last (serve keeps it in <see cref="SearchIndexCache"/>): the documents'
/// refs, analyses and facet rows, by term id each term's value without its '_index', and the terms' order by text.
/// </summary>
internal sealed record WrittenIndex(string[] Refs, int FieldCount, LunrScoring.FieldTerms[] Analysed, IReadOnlyList<string>? Rows, byte[]?[] Tails, int[] Sorted);
