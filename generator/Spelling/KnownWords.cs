using System.Collections.Frozen;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Spelling;

/// <summary>
/// Words the spelling check accepts beyond the Czech dictionary: the names of members, regions, themes and terms
/// from the data files and the project's word list (content/slovnik.txt). Czech inflects names (Chrudim →
/// v Chrudimi, Litoměřice → v Litoměřicích), so a word is known when it has the same stem as a known word, by the
/// search's light Czech stemmer; the dictionary knows most towns itself, this covers the rest.
/// </summary>
public sealed class KnownWords
{
    private readonly FrozenSet<string> _stems;

    private KnownWords(IEnumerable<string> words)
    {
        Words = [.. words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _stems = Words.Select(StemOf).Where(s => s.Length >= WordFinder.MinLength).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The words as written, for cspell's own list.</summary>
    public IReadOnlyList<string> Words { get; }

    public bool Covers(string word) => _stems.Contains(StemOf(word));

    /// <param name="wordList">The site's own list (content/slovnik.txt), if it has one; the field's words (<see cref="FieldWordList"/>) are always known.</param>
    public static KnownWords From(ContentSet content, string? wordList)
    {
        var names = content.Members.Select(m => m.Name)
            .Concat(content.Regions.Select(r => r.Name))
            .Concat(content.Themes.SelectMany(t => new[] { t.Name, t.NameEn }))
            .Concat(content.Terms.Values.SelectMany(terms => terms.Select(t => t.Name)))
            .Append(content.Site.Title);
        var listed = Lines(FieldWordList).Concat(Lines(wordList)).ToList();
        return new KnownWords(names.Concat(listed).SelectMany(text => WordFinder.Find(text, 0, text.Length).Select(w => w.Word))
            .Concat(listed.Where(w => !w.Contains(' '))));
    }

    /// <summary>The words of a list in slovnik.txt's form: one word (or name) a line, '#' and what follows it a comment.</summary>
    internal static IEnumerable<string> Lines(string? wordList) =>
        (wordList ?? "").Split('\n').Select(line => line.Split('#')[0].Trim()).Where(line => line.Length > 0);

    /// <summary>
    /// The field's words, shipped with the generator (Spelling/field-words.txt): municipal, health, environment,
    /// participation, transport and sustainability words and the programmes' names the Czech dictionary lacks, each group with its source.
    /// </summary>
    public static string FieldWordList => FieldWords.Value;

    private static readonly Lazy<string> FieldWords = new(() =>
    {
        using var stream = typeof(KnownWords).Assembly.GetManifestResourceStream("DobraPraxe.Generator.Spelling.field-words.txt")
            ?? throw new InvalidOperationException("field-words.txt is not embedded in the generator");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static string StemOf(string word) => TextFolding.Fold(CzechStemmer.Stem(word.ToLowerInvariant()));
}
