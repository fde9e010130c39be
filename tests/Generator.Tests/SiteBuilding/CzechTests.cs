using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.SiteBuilding;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Tests.SiteBuilding;

public class CzechTests
{
    [Theory]
    [InlineData(2021, 2, 17, "17. února 2021")]
    [InlineData(2020, 7, 1, "1. července 2020")]
    [InlineData(2019, 12, 24, "24. prosince 2019")]
    public void dates_use_the_genitive_month(int y, int m, int d, string expected) =>
        Assert.Equal(expected, Czech.Date(new DateOnly(y, m, d)));

    [Fact]
    public void an_event_on_one_day_shows_weekday_date_and_time_range_in_prague_time()
    {
        var start = new DateTimeOffset(2021, 3, 24, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal("středa 24. března 2021, 9:00–15:30", Czech.EventRange(start, start.AddHours(6.5)));
    }

    [Theory]
    [InlineData("Doprava a mobilita", "doprava-a-mobilita")]
    [InlineData("Žďár nad Sázavou", "zdar-nad-sazavou")]
    [InlineData("  Participativní rozpočet!  ", "participativni-rozpocet")]
    [InlineData("Šťastné -- čtvrtě", "stastne-ctvrte")]
    public void slugs_fold_czech_diacritics(string text, string expected) => Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData(1, "praxe")]
    [InlineData(3, "praxe")]
    [InlineData(5, "praxí")]
    [InlineData(0, "praxí")]
    public void plurals_follow_czech_rules(int count, string expected) => Assert.Equal(expected, Czech.Plural(count, "praxe", "praxe", "praxí"));
}
