using System.Text;

namespace DobraPraxe.Generator.Search;

/// <summary>
/// A document's values in every declared facet as one short string, its row, so the search page counts and filters
/// from a few bytes per result: per facet, in the manifest's order, the document's values as base-62 codes
/// (0-9, a-z, A-Z) of the facet's fixed width, each code the value's position in the facet's value list; facets
/// separated by '.', trailing empty facets left out. A row never holds ',', so rows join with ','. czech-search.js decodes them.
/// </summary>
public sealed class FacetRows
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly Dictionary<string, int>[] _positions;
    private readonly int[] _widths;

    /// <param name="facets">Per facet, its value keys in the order the manifest lists them.</param>
    public FacetRows(IReadOnlyList<IReadOnlyList<string>> facets)
    {
        _positions = new Dictionary<string, int>[facets.Count];
        _widths = new int[facets.Count];
        for (var f = 0; f < facets.Count; f++)
        {
            _positions[f] = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < facets[f].Count; i++) _positions[f].TryAdd(facets[f][i], i);
            _widths[f] = Width(facets[f].Count);
        }
    }

    /// <summary>How many base-62 digits a facet with this many values needs per code (at least one).</summary>
    public static int Width(int valueCount)
    {
        var width = 1;
        for (var capacity = Digits.Length; capacity < valueCount; capacity *= Digits.Length) width++;
        return width;
    }

    /// <param name="values">Per facet, in the constructor's order, the document's value keys; each among that facet's values.</param>
    /// <exception cref="ArgumentException">A value is not among its facet's values, or the facet count differs.</exception>
    public string Row(IReadOnlyList<IEnumerable<string>> values)
    {
        if (values.Count != _positions.Length) throw new ArgumentException($"{values.Count} facets given, {_positions.Length} declared", nameof(values));
        var text = new StringBuilder();
        var kept = 0;
        for (var f = 0; f < values.Count; f++)
        {
            if (f > 0) text.Append('.');
            foreach (var key in values[f])
            {
                if (!_positions[f].TryGetValue(key, out var code)) throw new ArgumentException($"facet value '{key}' is not among the facet's values", nameof(values));
                var start = text.Length;
                for (var d = 0; d < _widths[f]; d++, code /= Digits.Length) text.Insert(start, Digits[code % Digits.Length]);
                kept = text.Length;
            }
        }
        text.Length = kept;
        return text.ToString();
    }
}
