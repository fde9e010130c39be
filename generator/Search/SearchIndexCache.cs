using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// What serve's incremental rebuild keeps of the last search index, so that an edit costs what it changes: each
/// practice's search document, facet values and store record (while what they are made of is the same objects), its facet row, each
/// document's analysis, the vocabulary, and the values of the terms written (<see cref="WrittenIndex"/>): only the
/// terms of the fields that changed are written again. One build at a time.
/// </summary>
public sealed class SearchIndexCache
{
    private readonly BuildMemo<SearchDocument, LunrScoring.FieldTerms[]> _documents = new(ReferenceEqualityComparer.Instance);

    internal TermVocabulary Vocabulary { get; } = new();

    internal WrittenIndex? Written { get; set; }

    /// <summary>Per practice what the index takes from it.</summary>
    internal BuildMemo<(PracticeEntry Entry, string Body), SearchEntry> Entries { get; } = new(new SearchInputs());

    /// <summary>Each entry's facet row, kept while the facets' values are the same (<see cref="FacetKeys"/>).</summary>
    internal BuildMemo<SearchEntry, string> Rows { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The facets' value keys the memo of <see cref="Rows"/> was made with (a row codes a value by its place in the list).</summary>
    internal string[][] FacetKeys { get; set; } = [];

    internal LunrScoring.FieldTerms[] Document(SearchDocument document, Func<LunrScoring.FieldTerms[]> analyse) => _documents.Get(document, analyse);

    internal void EndBuild()
    {
        _documents.EndBuild();
        Entries.EndBuild();
        Rows.EndBuild();
    }
}
