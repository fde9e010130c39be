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
        var open = text.IndexOf('{');
        if (open < 0) return text;
        // By hand rather than Regex.Replace: pages ask for words tens of times each, most with a value or two.
        var filled = new System.Text.StringBuilder(text.Length + 16);
        var done = 0;
        for (; open >= 0; open = text.IndexOf('{', done))
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0) break;
            var name = text.AsSpan(open + 1, close - open - 1);
            if (!IsName(name))
            {
                filled.Append(text, done, open + 1 - done);
                done = open + 1;
                continue;
            }
            var given = value(name.ToString());
            if (given is null) missing ??= name.ToString();
            filled.Append(text, done, open - done).Append(given ?? text[open..(close + 1)]);
            done = close + 1;
        }
        return filled.Append(text, done, text.Length - done).ToString();
    }

    // The names of placeholders: [a-z][a-z0-9_]*, as Placeholder() matches them.
    private static bool IsName(ReadOnlySpan<char> name) =>
        name.Length > 0 && char.IsAsciiLetterLower(name[0]) && !name.ContainsAnyExcept(NameCharacters);

    private static readonly System.Buffers.SearchValues<char> NameCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
