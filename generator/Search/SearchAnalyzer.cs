namespace DobraPraxe.Generator.Search;

/// <summary>Turns a field's text into index terms, appending them to a list; one serves one thread.</summary>
internal interface ITermCollector
{
    void Collect(string? text, List<string> into);
}

/// <summary>
/// The text analysis a search index is written with, and the browser's twin the search page queries it with: Czech
/// (<see cref="CzechAnalyzer"/>, czech-lunr.js) for the default site, English (<see cref="EnglishAnalyzer"/>, stock lunr's
/// English pipeline through english-lunr.js) for the English site. The index format and its writer are the same.
/// </summary>
public sealed class SearchAnalyzer
{
    private readonly Func<ITermCollector> _collector;

    private SearchAnalyzer(string language, Func<ITermCollector> collector) => (Language, _collector) = (language, collector);

    public static readonly SearchAnalyzer Czech = new("cs", () => new TermCollector(cache: true));
    public static readonly SearchAnalyzer English = new(Schema.ContentSchema.English, () => new EnglishTermCollector());

    /// <summary>The language whose text it analyses.</summary>
    public string Language { get; }

    /// <summary>The analysis of a site written in <paramref name="language"/>: English for English, Czech for any other.</summary>
    public static SearchAnalyzer For(string language) => language == English.Language ? English : Czech;

    internal ITermCollector NewCollector() => _collector();
}

/// <summary>
/// <see cref="EnglishAnalyzer"/>'s terms, as stock lunr indexes them: a token the trimmer empties ('–') stays as an empty
/// term, which counts in its field's length (the BM25 scores lunr would compute need it); no query asks for it (search.js
/// leaves empty query terms out). ShardedIndexOracleTests hold the index to stock lunr's.
/// </summary>
internal sealed class EnglishTermCollector : ITermCollector
{
    public void Collect(string? text, List<string> into) => into.AddRange(EnglishAnalyzer.Terms(text));
}
