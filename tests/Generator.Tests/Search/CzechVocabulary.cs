using System.Text;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>
/// Real inflected Czech words for the stemmer tests: a deterministic sample of the Czech hunspell dictionary
/// (Debian's hunspell-cs, which .ci/run installs) with each lemma expanded by its suffix rules, plus every
/// word of the bundled catalogue's text.
/// </summary>
public static class CzechVocabulary
{
    private static readonly string[] DictionaryPaths =
        ["/usr/share/hunspell/cs_CZ.dic", "/usr/share/myspell/dicts/cs_CZ.dic", "/usr/share/myspell/cs_CZ.dic"];

    private static readonly Lazy<IReadOnlyList<IReadOnlyList<string>>> Lemmas = new(LoadParadigms);
    private static readonly Lazy<IReadOnlyList<string>> Words = new(LoadWords);

    /// <summary>Distinct lower-case words of letters only, in ordinal order.</summary>
    public static IReadOnlyList<string> All => Words.Value;

    /// <summary>The sampled lemmas, each with the forms its suffix rules give (the lemma first).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Paradigms => Lemmas.Value;

    private static IReadOnlyList<IReadOnlyList<string>> LoadParadigms()
    {
        var dic = FindDictionary();
        var rules = ReadSuffixRules(Path.ChangeExtension(dic, ".aff"));
        var paradigms = new List<IReadOnlyList<string>>();

        var lines = File.ReadAllLines(dic, Encoding.UTF8);
        // Every 25th lemma keeps the run short while covering all word classes of the alphabetical list.
        for (var i = 1; i < lines.Length; i += 25)
        {
            var entry = lines[i].Split([' ', '\t'], 2)[0];
            var slash = entry.IndexOf('/');
            var lemma = slash < 0 ? entry : entry[..slash];
            var flags = slash < 0 ? "" : entry[(slash + 1)..];
            var forms = new List<string>();
            Add(forms, lemma);
            foreach (var flag in flags)
            {
                if (!rules.TryGetValue(flag, out var forFlag)) continue;
                foreach (var rule in forFlag)
                    if (rule.Condition.IsMatch(lemma) && lemma.EndsWith(rule.Strip, StringComparison.Ordinal))
                        Add(forms, lemma[..^rule.Strip.Length] + rule.Add);
            }
            if (forms.Count > 0) paradigms.Add(forms.Distinct(StringComparer.Ordinal).ToList());
        }
        return paradigms;
    }

    private static IReadOnlyList<string> LoadWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paradigm in Paradigms) words.UnionWith(paradigm);
        var content = new List<string>();
        // Czech text only: the English translations (<slug>.en.md) are not Czech words.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "content"), "*.md", SearchOption.AllDirectories)
                     .Where(f => Generator.Loading.ContentScanner.TranslationName(f) is null))
            foreach (var word in Regex.Split(File.ReadAllText(file), @"[^\p{L}]+"))
                Add(content, word);
        words.UnionWith(content);

        var sorted = words.ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }

    private static void Add(List<string> words, string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length > 0 && lower.All(char.IsLetter)) words.Add(lower);
    }

    private static string FindDictionary()
    {
        var configured = Environment.GetEnvironmentVariable("CZECH_HUNSPELL_DIC");
        foreach (var path in configured is { Length: > 0 } ? [configured, .. DictionaryPaths] : DictionaryPaths)
            if (File.Exists(path)) return path;
        Assert.Fail("The Czech hunspell dictionary (cs_CZ.dic) is missing: install Debian's hunspell-cs " +
                    "(`apt-get install hunspell-cs`, as .ci/run does) or set CZECH_HUNSPELL_DIC to a cs_CZ.dic.");
        return "";
    }

    private sealed record SuffixRule(string Strip, string Add, Regex Condition);

    // "SFX P 0 ech [^aeoklgh]": flag, text to strip ("0": none), text to add (continuation flags after '/'),
    // and a condition on the lemma's end.
    private static Dictionary<char, List<SuffixRule>> ReadSuffixRules(string aff)
    {
        var rules = new Dictionary<char, List<SuffixRule>>();
        foreach (var line in File.ReadLines(aff, Encoding.UTF8))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 5 || parts[0] != "SFX" || parts[1].Length != 1) continue;
            var strip = parts[2] == "0" ? "" : parts[2];
            var add = parts[3].Split('/')[0];
            if (add == "0") add = "";
            var condition = new Regex("(?:" + parts[4] + ")$", RegexOptions.CultureInvariant);
            (rules.TryGetValue(parts[1][0], out var list) ? list : rules[parts[1][0]] = []).Add(new SuffixRule(strip, add, condition));
        }
        return rules;
    }
}
