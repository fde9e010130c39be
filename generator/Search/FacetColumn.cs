using System.Text;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// Every document's values in one facet as one string, so the search page counts and filters thousands of entries
/// from a few kilobytes: documents in store order, separated by ','; a document's values as codes of a fixed width
/// in base 62 (0-9, a-z, A-Z), each the value's position in the facet's value list. czech-search.js decodes it.
/// </summary>
public static class FacetColumn
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>How many base-62 digits a facet with this many values needs per code (at least one).</summary>
    public static int Width(int valueCount)
    {
        var width = 1;
        for (var capacity = Digits.Length; capacity < valueCount; capacity *= Digits.Length) width++;
        return width;
    }

    /// <param name="values">The facet's value keys, in the order the manifest lists them.</param>
    /// <param name="documents">Per document, in store order, its value keys in this facet; each is among <paramref name="values"/>.</param>
    public static string Encode(IReadOnlyList<string> values, IEnumerable<IEnumerable<string>> documents)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++) position.TryAdd(values[i], i);
        var width = Width(values.Count);
        var text = new StringBuilder();
        var first = true;
        foreach (var document in documents)
        {
            if (!first) text.Append(',');
            first = false;
            foreach (var key in document)
            {
                if (!position.TryGetValue(key, out var code)) throw new ArgumentException($"facet value '{key}' is not among the facet's values", nameof(documents));
                var digits = new char[width];
                for (var d = width - 1; d >= 0; d--, code /= Digits.Length) digits[d] = Digits[code % Digits.Length];
                text.Append(digits);
            }
        }
        return text.ToString();
    }
}
