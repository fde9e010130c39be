using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Diagnostics;

namespace DobraPraxe.Generator.Localization;

/// <summary>
/// One word of a catalogue, under its dotted key ("search.title"): a text, or its forms by plural category. A text
/// may name values to fill in as {name}; {count} is the number a plural form is chosen by.
/// </summary>
public sealed partial record WordEntry(string Key, SourceLocation Location, string? Text, ImmutableSortedDictionary<PluralCategory, string>? Forms)
{
    public bool IsPlural => Forms is not null;

    /// <summary>Every text of the word: its one text, or each of its forms.</summary>
    public IEnumerable<string> Texts => Forms is { } forms ? forms.Values : [Text!];

    /// <summary>The values its texts name ({site}, {count} …).</summary>
    public ImmutableSortedSet<string> Placeholders => [.. Texts.SelectMany(PlaceholdersOf)];

    public static IEnumerable<string> PlaceholdersOf(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>The text with each {name} replaced by its value; <paramref name="missing"/> names the first value not given.</summary>
    public static string Fill(string text, Func<string, string?> value, out string? missing)
    {
        missing = null;
        if (!text.Contains('{')) return text;
        string? absent = null;
        var filled = Placeholder().Replace(text, m =>
        {
            if (value(m.Groups[1].Value) is { } given) return given;
            absent ??= m.Groups[1].Value;
            return m.Value;
        });
        missing = absent;
        return filled;
    }

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
