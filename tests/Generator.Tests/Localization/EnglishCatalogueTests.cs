using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Templating;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Localization;

/// <summary>
/// The default theme's English words, themes/default/i18n/en.yml: loaded through the same checks as cs.yml (its shape,
/// the generator's words, every word the templates ask for) and held to cs.yml key for key (<see cref="CatalogueParity"/>),
/// with English plural forms, dates and money.
/// </summary>
public class EnglishCatalogueTests
{
    private const string Display = "themes/default/i18n/en.yml";

    private static readonly Lazy<Words> EnglishWords = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return Words.Load(TestWords.Catalogue("en"), Display, LanguageRules.English, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted().Select(d => d.Format())));
    });

    private static string Errors(DiagnosticBag diagnostics) => string.Join("\n", diagnostics.Sorted().Select(d => d.Format().Split('\n')[0]));

    [Fact]
    public void the_english_words_load_through_the_theme_s_checks_without_a_problem()
    {
        var diagnostics = new DiagnosticBag();
        var theme = TemplateSet.Load(Path.Combine(TestPaths.RepositoryRoot, "themes", "default"), "themes/default", diagnostics)!;
        Assert.NotNull(theme.LoadWords(LanguageRules.English, SourceLocation.File("content/site.yml"), diagnostics));
        Assert.NotNull(theme.LoadWords(LanguageRules.Czech, SourceLocation.File("content/site.yml"), diagnostics));
        Assert.True(CatalogueParity.Check(theme.WordsFor("cs"), theme.WordsFor("en"), diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void every_key_of_cs_yml_is_in_en_yml_and_no_other_with_the_same_values_and_shape()
    {
        var (czech, english) = (TestWords.Czech, EnglishWords.Value);
        Assert.Equal(czech.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var key in czech.Keys)
        {
            var (cs, en) = (czech.Find(key)!, english.Find(key)!);
            Assert.Equal(cs.IsPlural, en.IsPlural);
            Assert.Equal(cs.Placeholders, en.Placeholders);
            if (en.Forms is { } forms) Assert.Equal([PluralCategory.One, PluralCategory.Other], forms.Keys);
        }
    }

    [Fact]
    public void english_writes_plurals_dates_numbers_and_money_as_who_europe_does()
    {
        var words = EnglishWords.Value;
        Assert.Equal("en_GB", words.Find("meta.locale")!.Text);
        Assert.Equal("1 practice", words.Write(words.Find("count.practices")!, 1, _ => null));
        Assert.Equal("1,250 practices", words.Write(words.Find("count.practices")!, 1250, _ => null));
        Assert.Equal("0 practices", words.Write(words.Find("count.practices")!, 0, _ => null));
        Assert.Equal("CZK 1,250,000", words.Money(1_250_000));
        Assert.Equal("26 February 2020", words.Date(new DateOnly(2020, 2, 26)));
        Assert.Equal("24–26 March 2021", words.DateRange(new DateOnly(2021, 3, 24), new DateOnly(2021, 3, 26)));
        Assert.Equal("Wednesday 24 March 2021, 09:00–15:30",
            words.EventRange(new DateTimeOffset(2021, 3, 24, 9, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2021, 3, 24, 15, 30, 0, TimeSpan.FromHours(1))));
        Assert.Equal("Good health and well-being", words.Text(GeneratorWords.Goal(3)));
        Assert.Equal("NEJpraxe 2024 – place 1", words.Write(words.Find("contest.place")!, null, n => n == "year" ? "2024" : "1"));
    }

    /// <summary>cs.yml's words with <paramref name="english"/> as the second language, checked by <see cref="CatalogueParity"/>.</summary>
    private static DiagnosticBag Parity(string english)
    {
        using var folder = new TempFolder();
        var loading = new DiagnosticBag();
        var words = Words.Load(folder.Write("en.yml", english), "themes/mine/i18n/en.yml", LanguageRules.English, loading)!;
        Assert.Empty(loading.Sorted());
        var diagnostics = new DiagnosticBag();
        Assert.False(CatalogueParity.Check(TestWords.Czech, words, diagnostics));
        return diagnostics;
    }

    private static string EnglishYml => File.ReadAllText(TestWords.Catalogue("en"));

    /// <summary>"line:column" of <paramref name="needle"/>'s value in the English catalogue as changed.</summary>
    private static string At(string text, string needle)
    {
        var offset = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(offset >= 0, needle);
        var line = text[..offset].Count(c => c == '\n') + 1;
        return $"{line}:{offset - text.LastIndexOf('\n', offset - 1)}";
    }

    [Fact]
    public void a_missing_word_is_an_error_at_the_english_catalogue_naming_the_czech_word()
    {
        var errors = Parity(EnglishYml.Replace("  breadcrumbs: Breadcrumbs\n", ""));
        Assert.Contains("themes/mine/i18n/en.yml:1:1: error: the word 'chrome.breadcrumbs' of themes/default/i18n/cs.yml is missing", Errors(errors));
        Assert.Contains("Add it, translated: a text", errors.Sorted().Single().Hint);
    }

    [Fact]
    public void an_extra_word_is_an_error_at_its_line()
    {
        var text = EnglishYml.Replace("  breadcrumbs: Breadcrumbs\n", "  breadcrumbs: Breadcrumbs\n  crumbs: Crumbs\n");
        Assert.Equal($"themes/mine/i18n/en.yml:{At(text, "Crumbs\n")}: error: 'chrome.crumbs' is not a word of themes/default/i18n/cs.yml",
            Errors(Parity(text)));
    }

    [Fact]
    public void a_value_the_czech_word_does_not_name_or_a_form_it_lacks_is_an_error_at_the_word_s_line()
    {
        var text = EnglishYml.Replace("feed: \"Follow new practices: {term} (Atom feed)\"", "feed: \"Follow new practices: {name} (Atom feed)\"")
            .Replace("  calendar: All events in your calendar (.ics)", "  calendar:\n    one: One event\n    other: All events");
        var errors = Errors(Parity(text));
        Assert.Contains($"themes/mine/i18n/en.yml:{At(text, "\"Follow new practices: {name}")}: error: 'term.feed' names {{name}}, but themes/default/i18n/cs.yml names {{term}}", errors);
        Assert.Contains($"themes/mine/i18n/en.yml:{At(text, "one: One event")}: error: 'events.calendar' must be one text, as in themes/default/i18n/cs.yml", errors);
    }

    [Fact]
    public void a_site_in_czech_and_english_loads_and_checks_the_english_words_in_the_build()
    {
        using var tree = new ContentTree("english");
        var en = Path.Combine(PseudoTheme.Copy(tree.Root), "i18n", "en.yml");
        File.WriteAllText(en, File.ReadAllText(en).Replace("  breadcrumbs: Breadcrumbs\n", ""));
        var result = Builds.Generate(tree.Root);
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.Format().Split('\n')[0]).ToList();
        // The layouts ask for the word (the theme's check) and cs.yml has it (the parity check).
        Assert.Contains(errors, e => e.StartsWith("themes/default/partials/breadcrumbs.html:", StringComparison.Ordinal) && e.Contains("'chrome.breadcrumbs' is not in themes/default/i18n/en.yml", StringComparison.Ordinal));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void the_pseudo_theme_writes_markers_for_english_in_english_forms_and_tags_them_by_language()
    {
        var diagnostics = new DiagnosticBag();
        using var folder = new TempFolder();
        var words = Words.Load(folder.Write("en.yml", PseudoTheme.Catalogue(LanguageRules.English, tagged: true)), "en.yml", LanguageRules.English, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(PseudoTheme.Marker("chrome.skip_link", LanguageRules.English), words!.Find("chrome.skip_link")!.Text);
        Assert.Equal("⟦en:chrome.skip_link⟧", PseudoTheme.Marker("chrome.skip_link", LanguageRules.English));
        Assert.Equal("⟦chrome.skip_link⟧", PseudoTheme.Marker("chrome.skip_link"));
        Assert.Equal([PluralCategory.One, PluralCategory.Other], words.Find("count.practices")!.Forms!.Keys);
    }
}
