using System.Globalization;

namespace DobraPraxe.Benchmarks.Corpus;

/// <summary>Slugs and YAML scalars, written the way the generator reads them.</summary>
public static class Text
{
    /// <summary>'Doprava a mobilita' → 'doprava-a-mobilita': the generator's own rule, so corpus keys are what it expects.</summary>
    public static string Slug(string text) => Generator.Shared.Slug.From(text);

    /// <summary>A double-quoted YAML scalar: safe for colons, quotes, '#' and leading symbols in Czech text.</summary>
    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>A YAML flow list of quoted strings: ["a", "b"].</summary>
    public static string QuotedList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    /// <summary>A YAML flow list of plain keys or numbers: [a, b].</summary>
    public static string PlainList(IEnumerable<string> values) => "[" + string.Join(", ", values) + "]";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Czech thousands grouping with a space, as the sample content writes it: 1 500 000.</summary>
    public static string Amount(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", " ");
}
