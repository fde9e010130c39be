using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Site;

/// <summary>Czech as readers see it: the default theme's Czech words write dates and times; slugs fold diacritics.</summary>
public class CzechTests
{
    [Theory]
    [InlineData(2021, 2, 17, "17. února 2021")]
    [InlineData(2020, 7, 1, "1. července 2020")]
    [InlineData(2019, 12, 24, "24. prosince 2019")]
    public void dates_use_the_genitive_month(int y, int m, int d, string expected) =>
        Assert.Equal(expected, TestWords.Czech.Date(new DateOnly(y, m, d)));

    [Fact]
    public void an_event_on_one_day_shows_weekday_date_and_time_range_in_prague_time()
    {
        var start = new DateTimeOffset(2021, 3, 24, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal("středa 24. března 2021, 9:00–15:30", TestWords.Czech.EventRange(start, start.AddHours(6.5)));
    }

    [Fact]
    public void an_event_over_several_days_names_both_ends()
    {
        var start = new DateTimeOffset(2021, 3, 24, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal("středa 24. března 2021, 9:00 – čtvrtek 25. března 2021, 15:30", TestWords.Czech.EventRange(start, start.AddHours(30.5)));
    }

    [Theory]
    [InlineData("2021-03-24", "2021-03-24", "24. března 2021")]
    [InlineData("2021-03-24", "2021-03-26", "24.–26. března 2021")]
    [InlineData("2021-03-31", "2021-04-02", "31. března 2021 – 2. dubna 2021")]
    public void a_conference_s_days_read_as_one_range(string start, string end, string expected) =>
        Assert.Equal(expected, TestWords.Czech.DateRange(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void money_and_large_numbers_are_grouped_with_a_no_break_space() =>
        Assert.Equal("1\u00a0250\u00a0000 Kč", TestWords.Czech.Money(1_250_000));

    [Theory]
    [InlineData("Doprava a mobilita", "doprava-a-mobilita")]
    [InlineData("Žďár nad Sázavou", "zdar-nad-sazavou")]
    [InlineData("  Participativní rozpočet!  ", "participativni-rozpocet")]
    [InlineData("Šťastné -- čtvrtě", "stastne-ctvrte")]
    public void slugs_fold_czech_diacritics(string text, string expected) => Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData(1, "1 praxe")]
    [InlineData(3, "3 praxe")]
    [InlineData(5, "5 praxí")]
    [InlineData(0, "0 praxí")]
    [InlineData(22, "22 praxí")]
    public void counted_words_take_the_czech_form_of_their_number(int count, string expected) =>
        Assert.Equal(expected, TestWords.Czech.Write(TestWords.Czech.Find("count.practices")!, count, _ => null));
}
