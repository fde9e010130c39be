using System.Collections.Immutable;
using System.Globalization;

namespace DobraPraxe.Generator.Localization;

/// <summary>
/// What the generator knows of a language a site may be written in: its culture (month and day names, numbers), its
/// CLDR plural rule and how it writes dates and times. A language is supported when it is in <see cref="Supported"/>;
/// its words are the theme's (themes/&lt;theme&gt;/i18n/&lt;code&gt;.yml).
/// </summary>
public sealed class LanguageRules
{
    /// <param name="rangeStartDay">How a range within one month writes its first day before "–" and the last date ("24.–26. března 2021").</param>
    private LanguageRules(string code, string culture, ImmutableArray<PluralCategory> categories, Func<decimal, PluralCategory> rule,
        string date, string weekdayDate, string time, string rangeStartDay)
    {
        Code = code;
        Culture = CultureInfo.GetCultureInfo(culture);
        Categories = categories;
        _rule = rule;
        DatePattern = date;
        WeekdayDatePattern = weekdayDate;
        TimePattern = time;
        RangeStartDayPattern = rangeStartDay;
    }

    public static readonly LanguageRules Czech = new("cs", "cs-CZ", [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        CzechPlural, date: "d. MMMM yyyy", weekdayDate: "dddd d. MMMM yyyy", time: "H:mm", rangeStartDay: "d.");

    public static readonly LanguageRules English = new("en", "en-GB", [PluralCategory.One, PluralCategory.Other],
        EnglishPlural, date: "d MMMM yyyy", weekdayDate: "dddd d MMMM yyyy", time: "HH:mm", rangeStartDay: "%d");

    public static readonly ImmutableArray<LanguageRules> Supported = [Czech, English];

    public static LanguageRules? Find(string code) => Supported.FirstOrDefault(l => l.Code == code);

    /// <summary>The code site.yml's 'language:' names it by: "cs".</summary>
    public string Code { get; }
    public CultureInfo Culture { get; }
    /// <summary>The categories the language has; a plural word of a catalogue has a form for each.</summary>
    public ImmutableArray<PluralCategory> Categories { get; }
    /// <summary>'17. února 2021'.</summary>
    public string DatePattern { get; }
    /// <summary>'středa 24. března 2021'.</summary>
    public string WeekdayDatePattern { get; }
    /// <summary>'9:00'.</summary>
    public string TimePattern { get; }
    public string RangeStartDayPattern { get; }

    private readonly Func<decimal, PluralCategory> _rule;

    /// <summary>The category of <paramref name="number"/>: its visible decimals count (1.0 is not 1), as CLDR's operand v.</summary>
    public PluralCategory PluralOf(decimal number) => _rule(number);

    // CLDR's operands: i is the integer part, v the number of visible fraction digits (decimal keeps them as its scale).
    private static (decimal I, int V) Operands(decimal n) => (decimal.Truncate(Math.Abs(n)), n.Scale);

    private static PluralCategory CzechPlural(decimal n) => Operands(n) switch
    {
        (1, 0) => PluralCategory.One,
        ( >= 2 and <= 4, 0) => PluralCategory.Few,
        (_, > 0) => PluralCategory.Many,
        _ => PluralCategory.Other,
    };

    private static PluralCategory EnglishPlural(decimal n) => Operands(n) is (1, 0) ? PluralCategory.One : PluralCategory.Other;

    public override string ToString() => Code;
}
