namespace DobraPraxe.Generator.Search;

/// <summary>A document to index: the reference search results return, and the text of each field by field name.</summary>
/// <param name="Ref">What lunr returns for a hit, e.g. the practice's slug; unique among the documents.</param>
/// <param name="Fields">Text by field name; a field left out counts as empty.</param>
public sealed record SearchDocument(string Ref, IReadOnlyDictionary<string, string> Fields);
