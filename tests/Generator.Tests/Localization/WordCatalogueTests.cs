using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Localization;

/// <summary>A theme's catalogue as it loads: its shape, every problem at its line, and the words the generator needs.</summary>
public class WordCatalogueTests
{
    private const string Display = "themes/mine/i18n/cs.yml";

    private static (WordCatalogue? Catalogue, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml, LanguageRules? language = null)
    {
        using var folder = new TempFolder();
        var file = folder.Write("cs.yml", yaml);
        var diagnostics = new DiagnosticBag();
        var catalogue = WordCatalogue.Load(file, Display, language ?? LanguageRules.Czech, diagnostics);
        return (catalogue, diagnostics.Sorted());
    }

    private static string Errors(IReadOnlyList<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.Format().Split('\n')[0]));

    [Fact]
    public void groups_make_dotted_keys_and_a_mapping_of_plural_categories_is_one_word()
    {
        var (catalogue, diagnostics) = Load("search:\n  title: Hledat\n  found:\n    one: '{count} praxe'\n    few: '{count} praxe'\n    many: '{count} praxe'\n    other: '{count} praxí'\n");
        Assert.Empty(diagnostics);
        Assert.Equal("Hledat", catalogue!.Entries["search.title"].Text);
        var found = catalogue.Entries["search.found"];
        Assert.True(found.IsPlural);
        Assert.Equal("{count} praxí", found.Forms![PluralCategory.Other]);
        Assert.Equal(["count"], found.Placeholders);
        Assert.Equal(new SourceLocation(Display, 4, 5), found.Location);
    }

    [Theory]
    [InlineData("search:\n  title: [Hledat, Najít]\n", "themes/mine/i18n/cs.yml:2:10: error: 'search.title' is a list; a word is a text, or its plural forms (one, few, many, other)")]
    [InlineData("search:\n  title:\n", "themes/mine/i18n/cs.yml:2:9: error: 'search.title' has no text")]
    [InlineData("count:\n  practices:\n    one: praxe\n    other: praxí\n", "themes/mine/i18n/cs.yml:3:5: error: 'count.practices' lacks the plural forms few, many")]
    [InlineData("count:\n  practices:\n    one: a\n    two: b\n    few: c\n    many: d\n    other: e\n", "themes/mine/i18n/cs.yml:4:5: error: 'two' is not a plural form of the language 'cs' ('count.practices')")]
    [InlineData("count:\n  practices:\n    one: a\n    title: b\n", "themes/mine/i18n/cs.yml:3:5: error: 'count.practices' mixes plural forms (one) with other keys")]
    [InlineData("Search:\n  title: Hledat\n", "themes/mine/i18n/cs.yml:1:1: error: 'Search' is not a key of words: use lower-case letters, digits, '_' and '-'")]
    [InlineData("search:\n  title: Hledat\n  title: Najít\n", "themes/mine/i18n/cs.yml:3:3: error: invalid YAML: a field is written twice: 'title'")]
    [InlineData("search:\n  title: \"Hledat\n", "themes/mine/i18n/cs.yml:2:10: error: invalid YAML: a quote (\" or ') is not closed on this line")]
    public void a_malformed_catalogue_is_an_error_at_its_line(string yaml, string expected)
    {
        var (catalogue, diagnostics) = Load(yaml);
        Assert.Null(catalogue);
        Assert.Contains(expected, Errors(diagnostics));
    }

    [Fact]
    public void an_english_catalogue_has_english_forms_only()
    {
        var (catalogue, diagnostics) = Load("count:\n  practices:\n    one: '{count} practice'\n    other: '{count} practices'\n", LanguageRules.English);
        Assert.Empty(diagnostics);
        Assert.True(catalogue!.Entries["count.practices"].IsPlural);
        var (_, czech) = Load("count:\n  practices:\n    one: '{count} practice'\n    other: '{count} practices'\n");
        Assert.Contains("lacks the plural forms few, many", Errors(czech));
    }

    [Fact]
    public void a_word_the_generator_writes_is_checked_when_the_catalogue_loads()
    {
        using var folder = new TempFolder();
        var yaml = File.ReadAllText(TestWords.Catalogue("cs"))
            .Replace("  title: Hledat\n", "")                                            // search.title: missing
            .Replace("  events: \"{site} – akce\"", "  events: \"{web} – akce\"")         // calendar.events names a value nobody gives
            .Replace("  tile:\n    one: \"{code} {count}: {region}, {count} praxe\"\n    few: \"{code} {count}: {region}, {count} praxe\"\n    many: \"{code} {count}: {region}, {count} praxe\"\n    other: \"{code} {count}: {region}, {count} praxí\"",
                "  tile: \"{code} {count}: {region}\"");                                 // region_map.tile: one text, but it is counted
        var diagnostics = new DiagnosticBag();
        Assert.Null(Words.Load(folder.Write("cs.yml", yaml), Display, LanguageRules.Czech, diagnostics));
        var errors = Errors(diagnostics.Sorted());
        Assert.Contains("themes/mine/i18n/cs.yml:1:1: error: the generator writes the word 'search.title', which is missing", errors);
        Assert.Matches(@"cs\.yml:\d+:\d+: error: '\{web\}' in 'calendar\.events' is not a value the generator fills in", errors);
        Assert.Matches(@"cs\.yml:\d+:\d+: error: 'region_map\.tile' must have plural forms \(one, few, many, other\): the generator writes it with a number", errors);
        Assert.Contains("(it may name {site})", string.Join("\n", diagnostics.Sorted().Select(d => d.Hint)));
    }

    [Fact]
    public void the_default_theme_s_czech_words_load_without_a_problem()
    {
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(Words.Load(TestWords.Catalogue("cs"), "themes/default/i18n/cs.yml", LanguageRules.Czech, diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void values_are_filled_in_and_a_count_is_written_as_a_czech_number()
    {
        var words = TestWords.Czech;
        Assert.Equal("Odebírat nové praxe: Zdraví (kanál Atom)", words.Write(words.Find("term.feed")!, null, n => n == "term" ? "Zdraví" : null));
        Assert.Equal("1\u00a0250 praxí", words.Write(words.Find("count.practices")!, 1250, _ => null));
        var missing = Assert.Throws<MissingWordValueException>(() => words.Write(words.Find("term.feed")!, null, _ => null));
        Assert.Equal("term", missing.Value);
        Assert.Throws<MissingWordValueException>(() => words.Write(words.Find("count.practices")!, null, _ => null));
        // Braces around anything but a name are text.
        Assert.Equal("a B {not a name} {} {", WordEntry.Fill("a {b} {not a name} {} {", n => n == "b" ? "B" : null, out var none));
        Assert.Null(none);
        Assert.Equal("{c} d", WordEntry.Fill("{c} d", _ => null, out var missingC));
        Assert.Equal("c", missingC);
    }

    [Fact]
    public void a_catalogue_larger_than_a_megabyte_is_refused_unread()
    {
        var (catalogue, diagnostics) = Load("a: " + new string('x', (int)WordCatalogue.MaxBytes) + "\n");
        Assert.Null(catalogue);
        Assert.Contains("error: the catalogue is larger than 1024 KB", Errors(diagnostics));
    }

    [Fact]
    public void nesting_deeper_than_eight_levels_is_an_error_not_a_stack_overflow()
    {
        var yaml = string.Concat(Enumerable.Range(0, 12).Select(i => new string(' ', i * 2) + $"k{i}:\n")) + new string(' ', 24) + "w: text\n";
        var (catalogue, diagnostics) = Load(yaml);
        Assert.Null(catalogue);
        Assert.Contains("nests groups more than 8 levels deep", Errors(diagnostics));
    }
}
