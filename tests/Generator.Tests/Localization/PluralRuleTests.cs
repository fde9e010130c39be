using System.Globalization;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Localization;

/// <summary>The CLDR plural rules of the supported languages, in C# and as the browser's Intl.PluralRules has them.</summary>
public class PluralRuleTests
{
    [Theory]
    [InlineData("1", PluralCategory.One)]
    [InlineData("2", PluralCategory.Few)]
    [InlineData("3", PluralCategory.Few)]
    [InlineData("4", PluralCategory.Few)]
    [InlineData("5", PluralCategory.Other)]
    [InlineData("0", PluralCategory.Other)]
    [InlineData("11", PluralCategory.Other)]
    [InlineData("22", PluralCategory.Other)]
    [InlineData("101", PluralCategory.Other)]
    [InlineData("1.5", PluralCategory.Many)]
    [InlineData("0.5", PluralCategory.Many)]
    [InlineData("1.0", PluralCategory.Many)]
    public void czech_has_one_few_many_and_other(string number, PluralCategory expected) =>
        Assert.Equal(expected, LanguageRules.Czech.PluralOf(decimal.Parse(number, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1", PluralCategory.One)]
    [InlineData("0", PluralCategory.Other)]
    [InlineData("2", PluralCategory.Other)]
    [InlineData("21", PluralCategory.Other)]
    [InlineData("1.5", PluralCategory.Other)]
    [InlineData("1.0", PluralCategory.Other)]
    public void english_has_one_and_other(string number, PluralCategory expected) =>
        Assert.Equal(expected, LanguageRules.English.PluralOf(decimal.Parse(number, CultureInfo.InvariantCulture)));

    [Fact]
    public void every_supported_language_has_its_culture_and_other_among_its_categories()
    {
        Assert.Equal(["cs", "en"], LanguageRules.Supported.Select(l => l.Code));
        foreach (var language in LanguageRules.Supported)
        {
            Assert.Contains(PluralCategory.Other, language.Categories);
            Assert.StartsWith(language.Code, language.Culture.Name, StringComparison.Ordinal);
        }
    }

    /// <summary>search.js chooses forms with Intl.PluralRules: node's ICU (the one Chromium ships) must agree with the table.</summary>
    [Fact]
    public void the_browser_s_plural_rules_choose_the_same_categories()
    {
        var numbers = Enumerable.Range(0, 130).Select(n => n.ToString(CultureInfo.InvariantCulture)).Concat(["0.5", "1.5", "2.25", "5.1"]).ToList();
        foreach (var language in LanguageRules.Supported)
        {
            var script = $"const r = new Intl.PluralRules('{language.Code}'); console.log(JSON.stringify({{ categories: r.resolvedOptions().pluralCategories, " +
                $"chosen: [{string.Join(",", numbers)}].map(n => r.select(n)) }}))";
            var (exit, output) = NodeTools.Run("node", "-e", script);
            Assert.True(exit == 0, output);
            using var json = System.Text.Json.JsonDocument.Parse(output);
            Assert.Equal(language.Categories.Select(c => c.Name()).Order(), json.RootElement.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).Order());
            var chosen = json.RootElement.GetProperty("chosen").EnumerateArray().Select(c => c.GetString()).ToList();
            for (var i = 0; i < numbers.Count; i++)
                Assert.True(language.PluralOf(decimal.Parse(numbers[i], CultureInfo.InvariantCulture)).Name() == chosen[i], $"{language.Code} {numbers[i]}: Intl says {chosen[i]}");
        }
    }
}
