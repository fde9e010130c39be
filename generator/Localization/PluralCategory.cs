namespace DobraPraxe.Generator.Localization;

/// <summary>
/// The CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules): which form of a word a number
/// takes. Czech has one (1), few (2–4), many (1,5) and other (0, 5, 22…); English one and other.
/// </summary>
public enum PluralCategory { Zero, One, Two, Few, Many, Other }

public static class PluralCategories
{
    /// <summary>The name a catalogue writes a category by: "one", "few" …</summary>
    public static string Name(this PluralCategory category) => category switch
    {
        PluralCategory.Zero => "zero", PluralCategory.One => "one", PluralCategory.Two => "two",
        PluralCategory.Few => "few", PluralCategory.Many => "many", _ => "other",
    };

    public static PluralCategory? Parse(string name) => name switch
    {
        "zero" => PluralCategory.Zero, "one" => PluralCategory.One, "two" => PluralCategory.Two,
        "few" => PluralCategory.Few, "many" => PluralCategory.Many, "other" => PluralCategory.Other, _ => null,
    };
}
