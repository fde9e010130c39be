using System.Globalization;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Localization;

/// <summary>
/// The site's words in one language, and everything written in it: the theme's catalogue (texts, plural forms, values
/// filled in) and the language's dates, times, numbers and money. Templates reach it through their functions ('t',
/// 'date_text', 'event_when'), the generator's code through <see cref="GeneratorWords"/>; one per language per build.
/// </summary>
public sealed class Words
{
    private readonly WordCatalogue _catalogue;

    private Words(WordCatalogue catalogue) => _catalogue = catalogue;

    /// <summary>
    /// The words of <paramref name="file"/>, checked to hold every word the generator writes (<see cref="GeneratorWords"/>)
    /// in the shape it writes it; null after reporting every problem at its line.
    /// </summary>
    public static Words? Load(string file, string displayPath, LanguageRules language, DiagnosticBag diagnostics)
    {
        if (WordCatalogue.Load(file, displayPath, language, diagnostics) is not { } catalogue) return null;
        var errors = diagnostics.ErrorCount;
        foreach (var word in GeneratorWords.All())
        {
            if (!catalogue.Entries.TryGetValue(word.Key, out var entry))
            {
                diagnostics.Error(SourceLocation.File(displayPath), $"the generator writes the word '{word.Key}', which is missing{DidYouMean.Phrase(word.Key, catalogue.Entries.Keys)}",
                    $"Add it to {displayPath}{Needs(word)}; the default theme's i18n/cs.yml has every word the generator writes.");
                continue;
            }
            if (entry.IsPlural != word.Plural)
                diagnostics.Error(entry.Location, word.Plural
                        ? $"'{word.Key}' must have plural forms ({string.Join(", ", language.Categories.Select(c => c.Name()))}): the generator writes it with a number"
                        : $"'{word.Key}' must be one text: the generator writes it without a number to choose a form by",
                    word.Plural ? "Write one form a line under the key: 'one: …', 'other: …'." : $"Write '{word.Key.Split('.')[^1]}: text'.");
            foreach (var name in entry.Placeholders.Where(n => !word.Values.Contains(n) && !(word.Plural && n == "count")))
                diagnostics.Error(entry.Location, $"'{{{name}}}' in '{word.Key}' is not a value the generator fills in",
                    $"Remove it{Needs(word)}.");
        }
        return diagnostics.ErrorCount > errors ? null : new Words(catalogue);
    }

    private static string Needs(WordKey word)
    {
        var values = word.Values.Concat(word.Plural ? ["count"] : []).Select(v => $"{{{v}}}").ToList();
        return values.Count == 0 ? "" : $" (it may name {string.Join(", ", values)})";
    }

    public LanguageRules Language => _catalogue.Language;
    /// <summary>The language's code, as &lt;html lang&gt; and xml:lang write it: "cs".</summary>
    public string Code => Language.Code;
    /// <summary>The catalogue file as diagnostics name it.</summary>
    public string CataloguePath => _catalogue.Path;

    public WordEntry? Find(string key) => _catalogue.Entries.GetValueOrDefault(key);

    /// <summary>Every key, for suggestions and checks.</summary>
    public IEnumerable<string> Keys => _catalogue.Entries.Keys;

    /// <summary>The words whose keys start with "<paramref name="prefix"/>.", by the rest of their key.</summary>
    public IEnumerable<(string Name, WordEntry Entry)> Under(string prefix) =>
        _catalogue.Entries.Where(e => e.Key.StartsWith(prefix + ".", StringComparison.Ordinal))
            .OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key[(prefix.Length + 1)..], e.Value));

    public string this[WordKey word] => Text(word);

    /// <summary>A word of the generator's with its values filled in.</summary>
    public string Text(WordKey word, params ReadOnlySpan<(string Name, string Value)> values) =>
        Write(Entry(word), null, Lookup(values));

    /// <summary>A plural word of the generator's, in the form <paramref name="count"/> takes, its {count} written as a number.</summary>
    public string Count(WordKey word, decimal count, params ReadOnlySpan<(string Name, string Value)> values) =>
        Write(Entry(word), count, Lookup(values));

    /// <summary>
    /// <paramref name="entry"/>'s text, or the form <paramref name="count"/> takes, with its values filled in by
    /// <paramref name="value"/> ({count} is the number, written as the language writes numbers).
    /// </summary>
    /// <exception cref="MissingWordValueException">A value the text names was not given (or no count for a plural word).</exception>
    public string Write(WordEntry entry, decimal? count, Func<string, string?> value)
    {
        string text;
        if (entry.Forms is { } forms)
        {
            if (count is not { } n) throw new MissingWordValueException(entry, "count");
            text = forms.TryGetValue(Language.PluralOf(n), out var form) ? form : forms[PluralCategory.Other];
        }
        else text = entry.Text!;
        var filled = WordEntry.Fill(text, name => name == "count" && count is { } c ? Number(c) : value(name), out var missing);
        return missing is null ? filled : throw new MissingWordValueException(entry, missing);
    }

    private WordEntry Entry(WordKey word) =>
        Find(word.Key) ?? throw new InvalidOperationException($"'{word.Key}' is not in {CataloguePath}; Words.Load checks every word of GeneratorWords");

    private static Func<string, string?> Lookup(ReadOnlySpan<(string Name, string Value)> values)
    {
        var copy = values.ToArray();
        return name => Array.Find(copy, v => v.Name == name).Value;
    }

    /// <summary>A number as the language writes it: '1 250' in Czech (a no-break space), '1,250' in English.</summary>
    public string Number(decimal number) => number.ToString("#,0.##########", Language.Culture);

    /// <summary>An amount of Czech crowns: '1 250 000 Kč'.</summary>
    public string Money(long amount) => Text(GeneratorWords.Money, ("amount", Number(amount)));

    /// <summary>'17. února 2021'.</summary>
    public string Date(DateOnly date) => date.ToString(Language.DatePattern, Language.Culture);

    /// <summary>The day of a moment in Prague time.</summary>
    public string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(Czech.ToPrague(moment).DateTime));

    /// <summary>'středa 24. března 2021'.</summary>
    public string WeekdayDate(DateOnly date) => date.ToString(Language.WeekdayDatePattern, Language.Culture);

    /// <summary>'9:00'.</summary>
    public string Time(TimeOnly time) => time.ToString(Language.TimePattern, Language.Culture);

    /// <summary>'9:00–10:30'.</summary>
    public string TimeRange(TimeOnly start, TimeOnly end) => $"{Time(start)}–{Time(end)}";

    /// <summary>Days from <paramref name="start"/> to <paramref name="end"/>: '24. března 2021', '24.–26. března 2021', '31. března – 2. dubna 2021'.</summary>
    public string DateRange(DateOnly start, DateOnly end) =>
        start == end ? Date(start)
        : start.Month == end.Month && start.Year == end.Year ? $"{start.ToString(Language.RangeStartDayPattern, Language.Culture)}–{Date(end)}"
        : $"{Date(start)} – {Date(end)}";

    /// <summary>'středa 24. března 2021, 9:00–15:30' in Prague time; an event over several days names both ends.</summary>
    public string EventRange(DateTimeOffset start, DateTimeOffset end)
    {
        var (from, to) = (Czech.ToPrague(start), Czech.ToPrague(end));
        if (from.Date == to.Date)
            return $"{WeekdayDate(DateOnly.FromDateTime(from.DateTime))}, {Time(TimeOnly.FromDateTime(from.DateTime))}–{Time(TimeOnly.FromDateTime(to.DateTime))}";
        return $"{WeekdayDate(DateOnly.FromDateTime(from.DateTime))}, {Time(TimeOnly.FromDateTime(from.DateTime))} – {WeekdayDate(DateOnly.FromDateTime(to.DateTime))}, {Time(TimeOnly.FromDateTime(to.DateTime))}";
    }
}

/// <summary>A word was asked for without a value its text names (a template's 't' call, checked when it is not literal).</summary>
public sealed class MissingWordValueException(WordEntry entry, string value)
    : Exception(value == "count" && entry.IsPlural
        ? $"'{entry.Key}' has plural forms; give the number it is chosen by as count: …"
        : $"'{entry.Key}' needs a value for {{{value}}}")
{
    public WordEntry Entry { get; } = entry;
    public string Value { get; } = value;
}
