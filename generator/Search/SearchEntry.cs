namespace DobraPraxe.Generator.Search;

/// <summary>What the search index takes from one practice: its document, its facet values, and (kept for serve) its record in the store.</summary>
internal sealed record SearchEntry(SearchDocument Document, IReadOnlyList<IReadOnlyList<string>> Values, byte[]? Record);
