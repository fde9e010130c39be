using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Search;

namespace DobraPraxe.Generator.Tests.Search;

public class CzechAnalyzerTests
{
    [Theory]
    [InlineData("mobilita", "mobility", "mobilitou", "mobilitě", "mobilitu")]
    [InlineData("zdraví", "zdravi", "zdravím", "Zdraví")]
    [InlineData("cyklostezky", "cyklostezka", "cyklostezkami", "cyklostezce", "cyklostezkách", "cyklostezek")]
    [InlineData("škola", "školy", "škole", "školou", "školách", "skola", "skoly")]
    [InlineData("město", "města", "městem", "městech", "mesto", "mesta")]
    [InlineData("zdravých", "zdravými", "zdravé", "zdravych", "zdravymi")]
    [InlineData("centrum", "centra", "centru", "centrem")]
    public void the_forms_of_a_word_meet_in_one_term(params string[] forms)
    {
        var first = Assert.Single(CzechAnalyzer.Terms(forms[0]));
        foreach (var form in forms.Skip(1)) Assert.True(first == Assert.Single(CzechAnalyzer.Terms(form)), $"{forms[0]} → {first}, {form} → {CzechAnalyzer.Terms(form)[0]}");
    }

    [Theory]
    [InlineData("mobility", "mobilit")]
    [InlineData("cyklostezkami", "cyklostezk")]
    [InlineData("domek", "domk")]
    [InlineData("dům", "dom")]
    [InlineData("ruce", "ruk")]
    public void the_stemmer_removes_endings_and_undoes_palatalisation(string word, string stem) =>
        Assert.Equal(stem, CzechAnalyzer.Stem(word));

    [Fact]
    public void terms_have_no_diacritics_and_no_capitals()
    {
        var terms = CzechAnalyzer.Terms("Příliš ŽLUŤOUČKÝ kůň úpěl ďábelské ódy; Žďár nad Sázavou");
        Assert.Equal(8, terms.Count);
        Assert.All(terms, t => Assert.True(t.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)), t));
        Assert.Equal(CzechAnalyzer.Terms("zdar nad sazavou, zdrave mesto"), CzechAnalyzer.Terms("Žďár nad Sázavou, zdravé město"));
    }

    [Fact]
    public void decomposed_text_gives_the_same_terms_as_composed_text() =>
        Assert.Equal(CzechAnalyzer.Terms("zdraví město"), CzechAnalyzer.Terms("zdravi\u0301 me\u030Csto"));

    [Fact]
    public void words_split_on_everything_that_is_not_a_letter_or_digit()
    {
        Assert.Equal(2, CzechAnalyzer.Terms("Frýdek-Místek").Count);
        Assert.Equal(CzechAnalyzer.Terms("znojmo cyklostezky 2021"), CzechAnalyzer.Terms("„Znojmo“: cyklostezky (2021)!"));
        Assert.Contains("2021", CzechAnalyzer.Terms("rok 2021"));
        Assert.Equal(CzechAnalyzer.Terms("x y"), CzechAnalyzer.Terms("x_y"));
    }

    [Fact]
    public void stop_words_are_dropped_with_or_without_diacritics()
    {
        Assert.Empty(CzechAnalyzer.Terms("a že se to, který by byl, ze kterych jsou"));
        Assert.Empty(CzechAnalyzer.Terms("A ŽE KTERÝ"));
        foreach (var word in new[] { "že", "ze", "který", "ktery", "při", "pri", "však", "vsak", "již", "jiz" })
            Assert.Contains(word, CzechAnalyzer.StopWords);
        Assert.Equal(CzechAnalyzer.Terms("zdraví"), CzechAnalyzer.Terms("zdraví a že"));
    }

    [Fact]
    public void every_stop_word_also_counts_without_its_diacritics_except_two_content_words()
    {
        var exceptions = new[] { "byt", "jez" };
        foreach (var word in CzechAnalyzer.StopWords)
            Assert.True(CzechAnalyzer.StopWords.Contains(TextFolding.Fold(word)) || exceptions.Contains(TextFolding.Fold(word)), word);
        // 'byt' (a flat) and 'jez' (a weir) stay searchable although 'být' and 'jež' are stop words.
        Assert.NotEmpty(CzechAnalyzer.Terms("byt"));
        Assert.NotEmpty(CzechAnalyzer.Terms("jez"));
        Assert.Empty(CzechAnalyzer.Terms("být jež"));
        Assert.InRange(CzechAnalyzer.StopWords.Count, 150, 400);
    }

    [Fact]
    public void odd_input_gives_terms_or_nothing_never_an_exception()
    {
        Assert.Empty(CzechAnalyzer.Terms(null));
        Assert.Empty(CzechAnalyzer.Terms(""));
        Assert.Empty(CzechAnalyzer.Terms(" \n\t–…"));
        Assert.Equal(["x", "y"], CzechAnalyzer.Terms("x\uD800y"));
        Assert.Equal(["istanbul"], CzechAnalyzer.Terms("İstanbul"));
        Assert.Equal("", CzechAnalyzer.Stem(""));
        Assert.Equal("x", TextFolding.Fold("x"));
        Assert.NotEmpty(CzechAnalyzer.Terms(new string('ž', 10_000)));
    }
}
