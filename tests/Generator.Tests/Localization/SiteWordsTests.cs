using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Templating;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Localization;

/// <summary>
/// The site's words in a build: a word a layout asks for that the catalogue lacks is an error at the layout's line, a
/// language the generator or the theme lacks is an error at 'language:', and the default theme's words are all used.
/// </summary>
public class SiteWordsTests
{
    /// <summary>The basic fixture site with its own copy of the default theme, one layout changed by <paramref name="change"/>.</summary>
    private static (BuildResult Result, string Layout) BuildWithLayout(string layout, Func<string, string> change)
    {
        using var tree = new ContentTree();
        var path = Path.Combine(PseudoTheme.Copy(tree.Root), "layouts", layout);
        var text = change(File.ReadAllText(path));
        File.WriteAllText(path, text);
        return (Builds.Generate(tree.Root), text);
    }

    /// <summary>"path:line:column" of the first <paramref name="needle"/> in <paramref name="text"/>.</summary>
    private static string At(string path, string text, string needle)
    {
        var offset = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(offset >= 0, needle);
        var line = text[..offset].Count(c => c == '\n') + 1;
        var column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
        return $"{path}:{line}:{column}";
    }

    [Fact]
    public void a_word_missing_from_the_catalogue_is_an_error_at_the_layout_s_line_naming_the_key()
    {
        var (result, layout) = BuildWithLayout("search.html", t => t.Replace("{{ t \"search.title\" }}", "{{ t \"search.titel\" }}"));
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal($"{At("themes/default/layouts/search.html", layout, "\"search.titel\"")}: error: the word 'search.titel' is not in themes/default/i18n/cs.yml; did you mean 'search.title'?",
            error.Format().Split('\n')[0]);
        Assert.Contains("Add 'search.titel' to themes/default/i18n/cs.yml", error.Hint);
    }

    [Fact]
    public void a_plural_word_without_its_count_and_a_value_the_call_does_not_give_are_errors_at_their_lines()
    {
        var (result, layout) = BuildWithLayout("term.html", t => t
            .Replace("{{ t \"term.feed\" term: term.name }}", "{{ t \"term.feed\" }}")
            .Replace("{{ t \"term.member_events\" }}", "{{ t \"count.practices\" }}"));
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.Format().Split('\n')[0]).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains($"{At("themes/default/layouts/term.html", layout, "\"term.feed\"")}: error: 'term.feed' in themes/default/i18n/cs.yml names {{term}}, which the call does not give", errors);
        Assert.Contains($"{At("themes/default/layouts/term.html", layout, "\"count.practices\"")}: error: 'count.practices' has plural forms in themes/default/i18n/cs.yml; the call must give the number they are chosen by", errors);
    }

    [Fact]
    public void a_key_made_while_rendering_is_checked_when_it_is_asked_for()
    {
        var (result, layout) = BuildWithLayout("practice.html", t => t.Replace("t (\"goals.\" + goal.number)", "t (\"goal.\" + goal.number)"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        var line = error.Format().Split('\n')[0];
        Assert.StartsWith(At("themes/default/layouts/practice.html", layout, "t (\"goal.\""), line);
        Assert.Matches(@"error: template error: the word 'goal\.\d+' is not in themes/default/i18n/cs\.yml; did you mean 'goals\.\d+'\? \(rendering", line);
    }

    [Fact]
    public void a_language_the_generator_does_not_write_is_an_error_at_its_line()
    {
        using var tree = new ContentTree();
        var site = File.ReadAllText(Path.Combine(tree.Root, "content/site.yml"));
        tree.Write("content/site.yml", site.Replace("language: cs", "language: sk"));
        var result = Builds.Generate(tree.Root);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("content/site.yml:3:11: error: 'language: sk' is not a language the generator writes", error.Format().Split('\n')[0]);
        Assert.Contains("Use one of: cs, en", error.Hint);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void a_language_the_theme_has_no_words_in_is_an_error_at_the_microsite_s_language()
    {
        using var tree = new ContentTree();
        // A theme of its own that has Czech words only (the default theme has English too).
        File.Delete(Path.Combine(PseudoTheme.Copy(tree.Root), "i18n", "en.yml"));
        const string siteYml = "content/conferences/konference-a/site.yml";
        var text = File.ReadAllText(Path.Combine(tree.Root, siteYml)) + "language: en\n";
        tree.Write(siteYml, text);
        var result = Builds.Generate(tree.Root);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal($"{siteYml}:{text.Count(c => c == '\n')}:11: error: the theme 'default' has no words in 'en': themes/default/i18n/en.yml is missing", error.Format().Split('\n')[0]);
        Assert.Contains("The theme has words in: cs.", error.Hint);
    }

    [Fact]
    public void every_word_of_the_default_theme_is_used_by_a_template_or_by_the_generator()
    {
        var diagnostics = new DiagnosticBag();
        var theme = TemplateSet.Load(Path.Combine(TestPaths.RepositoryRoot, "themes", "default"), "themes/default", diagnostics)!;
        var used = theme.WordUses.Keys.Concat(GeneratorWords.All().Select(w => w.Key)).ToHashSet(StringComparer.Ordinal);
        var unused = TestWords.Czech.Keys
            .Where(k => !used.Contains(k) && !theme.WordUses.Groups.Any(g => k.StartsWith(g + ".", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(unused.Count == 0, $"words nothing uses: {string.Join(", ", unused)}");
    }

    [Fact]
    public void the_statement_s_checks_are_the_words_the_generator_names()
    {
        Assert.Equal(GeneratorWords.Checks, AutomatedChecks.All.Select(c => c.Name));
    }

    [Fact]
    public void every_message_search_js_says_is_in_the_page_s_words()
    {
        var script = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "themes", "default", "assets", "js", "search.js"));
        var said = Regex.Matches(script, @"say\(""([a-z_]+)""").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "loading", "failed", "more", "none", "found", "whole" }, said);
        var result = Builds.Generate(TestPaths.Fixture("basic"));
        var block = new HtmlParser().ParseDocument(Builds.Page(result, "hledat/index.html")).QuerySelector("script#hledani-slova[type='application/json']")!;
        using var json = JsonDocument.Parse(block.TextContent);
        Assert.Equal("cs", json.RootElement.GetProperty("language").GetString());
        var words = json.RootElement.GetProperty("words");
        foreach (var key in said) Assert.True(words.TryGetProperty(key, out _), $"search.js says '{key}', which is not in the page's words");
        Assert.Equal(["few", "many", "one", "other"], words.GetProperty("found").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Nalezeno {count} praxí.", words.GetProperty("found").GetProperty("other").GetString());
    }

    [Fact]
    public void every_page_says_its_language_and_locale()
    {
        var result = Builds.Generate(TestPaths.Fixture("basic"));
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal)))
        {
            var page = new HtmlParser().ParseDocument(Builds.Page(result, file.Path));
            Assert.Equal("cs", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("cs_CZ", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        }
    }
}
