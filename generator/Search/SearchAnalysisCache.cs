using System.Collections.Concurrent;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// The Czech analysis of every indexed text of the last index built, by the text itself, so that serve's incremental
/// rebuild analyses only the texts an edit changed (analysis is most of the index's work). The same text always gives
/// the same terms. Holds the texts of one build: each build keeps only the ones it used. One build at a time.
/// </summary>
public sealed class SearchAnalysisCache
{
    private IReadOnlyDictionary<string, LunrScoring.FieldTerms> _previous = new Dictionary<string, LunrScoring.FieldTerms>(StringComparer.Ordinal);
    private ConcurrentDictionary<string, LunrScoring.FieldTerms>? _next;

    internal void Begin() => _next = new ConcurrentDictionary<string, LunrScoring.FieldTerms>(StringComparer.Ordinal);

    internal LunrScoring.FieldTerms GetOrAnalyse(string text, Func<LunrScoring.FieldTerms> analyse)
    {
        if (!_previous.TryGetValue(text, out var terms)) terms = analyse();
        _next!.TryAdd(text, terms);
        return terms;
    }

    internal void End()
    {
        _previous = _next!;
        _next = null;
    }
}
