using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.Localization;

/// <summary>
/// A theme's words in one language, themes/&lt;theme&gt;/i18n/&lt;language&gt;.yml: groups of keys, each leaf a text or
/// a mapping of CLDR plural categories to texts ('one:', 'few:', 'many:', 'other:' in Czech). A template's key
/// "search.title" is 'title' inside 'search'. Every problem of the file is reported at its line.
/// </summary>
public sealed class WordCatalogue
{
    /// <summary>A megabyte of words is far beyond any theme's; a larger file is refused before it is read.</summary>
    public const long MaxBytes = 1 << 20;
    private const int MaxDepth = 8;
    private const int MaxEntries = 20_000;

    private WordCatalogue(string path, LanguageRules language, FrozenDictionary<string, WordEntry> entries)
    {
        Path = path;
        Language = language;
        Entries = entries;
    }

    /// <summary>The file as diagnostics name it: themes/default/i18n/cs.yml.</summary>
    public string Path { get; }
    public LanguageRules Language { get; }
    public FrozenDictionary<string, WordEntry> Entries { get; }

    /// <summary>The catalogue in <paramref name="file"/>, or null after reporting what is wrong with it.</summary>
    public static WordCatalogue? Load(string file, string displayPath, LanguageRules language, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCount;
        if (new FileInfo(file).Length > MaxBytes)
        {
            diagnostics.Error(SourceLocation.File(displayPath), $"the catalogue is larger than {MaxBytes / 1024} KB",
                "A catalogue holds the theme's words only; split out or remove what is not a word of the pages.");
            return null;
        }
        string text;
        try
        {
            text = File.ReadAllText(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(SourceLocation.File(displayPath), "the catalogue is not UTF-8 text", "Save the file as UTF-8.");
            return null;
        }
        if (YamlDocumentLoader.LoadMapping(text, displayPath, 1, diagnostics) is not { } map) return null;
        var entries = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        new Reader(displayPath, language, diagnostics, entries).Group(map, "", 1);
        return diagnostics.ErrorCount > errors ? null : new WordCatalogue(displayPath, language, entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed class Reader(string path, LanguageRules language, DiagnosticBag diagnostics, Dictionary<string, WordEntry> entries)
    {
        private bool _tooMany;

        private SourceLocation At(YamlNode node) => new(path, (int)node.Start.Line, (int)node.Start.Column);

        public void Group(YamlMappingNode map, string prefix, int depth)
        {
            foreach (var (keyNode, value) in map.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } name } || !IsKeyPart(name))
                {
                    diagnostics.Error(At(keyNode), $"'{(keyNode as YamlScalarNode)?.Value ?? "…"}' is not a key of words: use lower-case letters, digits, '_' and '-'",
                        "Write keys like 'search_title:'; each dot of a template's key (\"search.title\") is a level of groups here.");
                    continue;
                }
                Word(prefix + name, value, depth);
            }
        }

        private void Word(string key, YamlNode value, int depth)
        {
            if (entries.Count >= MaxEntries)
            {
                if (!_tooMany) diagnostics.Error(At(value), $"the catalogue has more than {MaxEntries} words", "Keep the theme's words only.");
                _tooMany = true;
                return;
            }
            switch (value)
            {
                case YamlScalarNode { Value: { Length: > 0 } text }:
                    entries[key] = new WordEntry(key, At(value), text, null);
                    break;
                case YamlScalarNode empty:
                    // A forgotten text is far likelier than a wanted empty one; '' says so on purpose.
                    if (empty.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted)
                        entries[key] = new WordEntry(key, At(value), "", null);
                    else
                        diagnostics.Error(At(value), $"'{key}' has no text", $"Write its text after '{key.Split('.')[^1]}:', or '' for an empty one.");
                    break;
                case YamlMappingNode map when IsPlural(map):
                    Plural(key, map);
                    break;
                case YamlMappingNode map when map.Children.Keys.Any(k => k is YamlScalarNode { Value: { } n } && PluralCategories.Parse(n) is not null):
                    diagnostics.Error(At(map), $"'{key}' mixes plural forms ({string.Join(", ", map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).Where(n => PluralCategories.Parse(n!) is not null))}) with other keys",
                        $"A word chosen by a number has only its forms ({Forms()}); put other words beside it, not inside.");
                    break;
                case YamlMappingNode map when depth >= MaxDepth:
                    diagnostics.Error(At(map), $"'{key}' nests groups more than {MaxDepth} levels deep", "Keep keys short: 'page.section.word'.");
                    break;
                case YamlMappingNode map:
                    Group(map, key + ".", depth + 1);
                    break;
                default:
                    diagnostics.Error(At(value), $"'{key}' is a list; a word is a text, or its plural forms ({Forms()})",
                        "Write 'key: text', or for a word chosen by a number one line per form under its key.");
                    break;
            }
        }

        private static bool IsPlural(YamlMappingNode map) =>
            map.Children.Count > 0 && map.Children.Keys.All(k => k is YamlScalarNode { Value: { } n } && PluralCategories.Parse(n) is not null);

        private void Plural(string key, YamlMappingNode map)
        {
            var forms = ImmutableSortedDictionary.CreateBuilder<PluralCategory, string>();
            foreach (var (formNode, value) in map.Children)
            {
                var category = PluralCategories.Parse(((YamlScalarNode)formNode).Value!)!.Value;
                if (!language.Categories.Contains(category))
                {
                    diagnostics.Error(At(formNode), $"'{category.Name()}' is not a plural form of the language '{language.Code}' ('{key}')",
                        $"The language '{language.Code}' has the forms {Forms()}.");
                    continue;
                }
                if (value is YamlScalarNode { Value: { Length: > 0 } text }) forms[category] = text;
                else diagnostics.Error(At(value), $"the form '{category.Name()}' of '{key}' is not a text", "Write the word's text in this form after 'one:', 'other:' ….");
            }
            var missing = language.Categories.Where(c => !map.Children.Keys.Any(k => ((YamlScalarNode)k).Value == c.Name())).ToList();
            if (missing.Count > 0)
                diagnostics.Error(At(map), $"'{key}' lacks the plural form{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(c => c.Name()))}",
                    $"The language '{language.Code}' needs a form for each of {Forms()}{(language == LanguageRules.Czech ? " (1; 2–4; 1,5; 0 and 5 or more)" : "")}.");
            entries[key] = new WordEntry(key, At(map), null, forms.ToImmutable());
        }

        private string Forms() => string.Join(", ", language.Categories.Select(c => c.Name()));

        private static bool IsKeyPart(string name) =>
            name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-');
    }
}
