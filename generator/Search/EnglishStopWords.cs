using System.Collections.Frozen;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// The English stop words of lunr.js 2.3.9 (lunr.stopWordFilter), the same list, so that the index and a query drop the
/// same words as stock lunr does. Matched against the whole trimmed, lower-case word, before stemming.
/// </summary>
internal static class EnglishStopWords
{
    public static readonly FrozenSet<string> Set = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do", "does", "either", "else", "ever",
        "every", "for", "from", "get", "got", "had", "has", "have", "he", "her", "hers", "him", "his", "how", "however", "i",
        "if", "in", "into", "is", "it", "its", "just", "least", "let", "like", "likely", "may", "me", "might", "most", "must",
        "my", "neither", "no", "nor", "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather", "said",
        "say", "says", "she", "should", "since", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "yet", "you", "your",
    ]);
}
