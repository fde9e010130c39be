using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Tests.Support;
using Xunit.Abstractions;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>
/// The English analyzer against stock lunr.js 2.3.9's English pipeline (the one lunr() sets up, run in node): the same
/// terms for every word of a British English dictionary (cspell's, about 300,000 words with their inflections) and for
/// every text of the English catalogue and the bundled English translations; english-lunr.js, the browser's twin, too.
/// </summary>
public class EnglishAnalyzerTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<string>> Dictionary = new(() =>
    {
        using var temp = new TempFolder();
        var file = temp.Combine("words.txt");
        Node.Run("english-words.mjs", file);
        return File.ReadAllLines(file, Encoding.UTF8);
    });

    [Fact]
    public void the_dictionary_holds_hundreds_of_thousands_of_inflected_english_words()
    {
        var words = Dictionary.Value;
        Assert.True(words.Count >= 200_000, $"only {words.Count} words");
        foreach (var ending in new[] { "ing", "ed", "ies", "ational", "ness", "ization", "fulness", "sses" })
            Assert.True(words.Count(w => w.EndsWith(ending, StringComparison.Ordinal)) >= 20, $"few words end in -{ending}");
    }

    [Fact]
    public void csharp_and_stock_lunr_and_the_browser_twin_give_the_same_terms_for_every_word_and_text()
    {
        var texts = new List<string>();
        var i = 0;
        foreach (var word in Dictionary.Value)
        {
            texts.Add(word);
            // Capitals and punctuation at a word's edges, as text has them.
            if (++i % 5 == 0) texts.Add(word.ToUpperInvariant() + ",");
            if (i % 11 == 0) texts.Add($"“{word}”.");
        }
        texts.AddRange(EnglishTexts());
        texts.AddRange(["Cycling paths", "cycle-path", "well-being", "e-mail", "CZK 1,250,000", "26 February 2020", "naïve café", "İstanbul",
            "ΟΔΟΣ ΣΑΣ", "straße", "tab\there", "no\u00a0break", "a\u2028b", "x\u0085y", "under_score", "...", "–", "it's", "y'all", "yesterday's yields",
            "1st 2nd 3rd", "𝒜𝒷 test", "\ufefffeff", "Ａｂｃ"]);

        using var temp = new TempFolder();
        var input = temp.Write("texts.txt", string.Join('\n', texts.Select(t => t.Replace("\n", " ").Replace("\r", " "))) + "\n");
        var result = temp.Combine("terms.txt");
        Node.Run("english-oracle.js", input, result);
        var lines = File.ReadAllLines(result, Encoding.UTF8);
        Assert.Equal(texts.Count, lines.Length);

        var mismatches = new List<string>();
        var stems = 0;
        for (var n = 0; n < texts.Count; n++)
        {
            var text = texts[n].Replace("\n", " ").Replace("\r", " ");
            using var json = JsonDocument.Parse(lines[n]);
            var stock = json.RootElement[0].EnumerateArray().Select(e => e.GetString()!).ToList();
            var twin = json.RootElement[1].EnumerateArray().Select(e => e.GetString()!).ToList();
            var ours = EnglishAnalyzer.Terms(text);
            if (!ours.SequenceEqual(stock)) mismatches.Add($"'{text}': C# [{string.Join(", ", ours)}], lunr [{string.Join(", ", stock)}]");
            if (!twin.SequenceEqual(stock)) mismatches.Add($"'{text}': english-lunr.js [{string.Join(", ", twin)}], lunr [{string.Join(", ", stock)}]");
            // The stemmer alone, on a whole lower-case word (ASCII, where C#'s lower case is JavaScript's).
            if (text.All(char.IsAscii) && !text.Any(c => char.IsWhiteSpace(c) || c == '-'))
            {
                stems++;
                var stem = EnglishAnalyzer.Stem(text.ToLowerInvariant());
                if (stem != json.RootElement[2].GetString()) mismatches.Add($"'{text}': stem C# '{stem}', lunr '{json.RootElement[2].GetString()}'");
            }
        }
        output.WriteLine($"{texts.Count} texts compared ({stems} stems alone), {mismatches.Count} differ");
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(30)));
    }

    [Theory]
    [InlineData("cycling", "cycl")]
    [InlineData("cycle", "cycl")]
    [InlineData("mobility", "mobil")]
    [InlineData("generalizations", "gener")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("youth", "youth")]
    [InlineData("by", "by")]
    public void porter_s_own_examples_stem_as_in_lunr(string word, string stem) => Assert.Equal(stem, EnglishAnalyzer.Stem(word));

    [Fact]
    public void a_text_loses_its_stop_words_and_the_non_word_characters_at_the_edges_of_its_words()
    {
        Assert.Equal(["cycl", "path", "school"], EnglishAnalyzer.Terms("The cycle-paths to (school)."));
        Assert.Contains("the", EnglishAnalyzer.StopWords);
        Assert.Equal(["trimmer", "stopWordFilter", "stemmer"], EnglishAnalyzer.PipelineFunctions);
        Assert.Empty(EnglishAnalyzer.Terms(null));
    }

    /// <summary>Every text of the English catalogue and of the bundled English translations, one line each.</summary>
    private static IEnumerable<string> EnglishTexts()
    {
        foreach (var line in File.ReadLines(TestWords.Catalogue("en")))
            if (Regex.Match(line, @"^\s*[a-z0-9_-]+:\s+(.+)$") is { Success: true } m) yield return m.Groups[1].Value.Trim('"');
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "content"), "*.en.md", SearchOption.AllDirectories))
            foreach (var line in File.ReadLines(file))
                if (line.Trim().Length > 0) yield return line;
    }
}
