using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Spelling;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Spelling;

/// <summary>
/// The field's words the generator ships (generator/Spelling/field-words.txt): a fresh site — the bundled catalogue
/// without its content/slovnik.txt — gets few warnings, all of them its own names; every group of the list says where
/// its words come from, and every line holds a word the Czech dictionary lacks (else it does not belong there).
/// </summary>
public class FieldWordsTests
{
    private static readonly string[] Groups = [.. KnownWords.FieldWordList.Split("\n#\n")];

    [Fact]
    public void a_fresh_site_with_the_catalogues_practices_gets_at_most_five_warnings_per_twelve_entries()
    {
        using var source = new TempFolder();
        source.CopyFrom(TestPaths.RepositoryRoot + "/content");
        using var site = new TempFolder();
        Directory.Move(source.Path, site.Combine("content"));
        File.Delete(site.Combine("content", "slovnik.txt"));

        var result = new SiteGenerator(new BuildOptions
        {
            SourceDirectory = site.Path, OutputDirectory = site.Combine("site-output"), Now = Builds.Now, CheckSpelling = true,
        }).Generate();

        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("the spelling was not checked", StringComparison.Ordinal));
        var practices = Directory.GetFiles(site.Combine("content", "practices"), "*.md").Length;
        var warnings = result.Diagnostics.Where(d => d.Severity == Severity.Warning && d.Location.Path.StartsWith("content/practices/", StringComparison.Ordinal)
            && d.Message.EndsWith("is not in the Czech dictionary", StringComparison.Ordinal)).Select(d => d.Format()).ToList();
        // Measured: 11 on the 28 practices (4.7 per 12), every one a place name or a name made from one.
        Assert.True(warnings.Count * 12 <= 5 * practices, $"{warnings.Count} warnings on {practices} practices:\n{string.Join("\n", warnings)}");
    }

    [Fact]
    public void every_group_of_the_field_words_says_where_its_words_come_from()
    {
        foreach (var group in Groups.Skip(1))
        {
            var lines = group.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var source = string.Join(' ', lines.TakeWhile(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim()));
            Assert.True(source.Length > 40, $"the group starting '{lines.FirstOrDefault()}' does not say where its words come from");
            Assert.NotEmpty(KnownWords.Lines(group));
        }
    }

    [Fact]
    public void every_line_of_the_field_words_holds_a_word_the_czech_dictionary_lacks()
    {
        var lines = KnownWords.Lines(KnownWords.FieldWordList).ToList();
        var words = lines.SelectMany(line => line.Split(' ')).Distinct().ToList();
        var (unknown, problem) = CspellRunner.Check(words, []);
        Assert.Null(problem);
        Assert.All(lines, line => Assert.True(line.Split(' ').Any(unknown.ContainsKey), $"the dictionary knows every word of '{line}': it does not belong in field-words.txt"));
        Assert.Equal(lines.Count, lines.Distinct().Count());
    }
}

/// <summary>Without cspell where the generator looks, check says exactly what to run and where.</summary>
public class CspellMissingTests
{
    [Fact]
    public void a_generator_without_cspell_beside_it_names_the_folder_to_run_npm_ci_in()
    {
        // The bridge script run where no node_modules/ is above it: node's own error, as a published generator would meet it.
        using var folder = new TempFolder();
        folder.Write("package.json", "{}");
        var script = folder.Write("generator/spelling/cspell-words.mjs", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, CspellRunner.Script)));
        var (exitCode, output) = NodeTools.Run("node", script);
        Assert.NotEqual(0, exitCode);

        var problem = CspellRunner.Explain(output, folder.Combine("generator"));
        Assert.Equal("cspell is not installed where the generator looks for it (node_modules/ in a folder above the generator)", problem.Message);
        Assert.StartsWith($"Run `npm ci` in {folder.Path} (its package.json pins cspell and @cspell/dict-cs-cz)", problem.Hint);
        Assert.Contains("--no-spelling", problem.Hint);
    }
}
