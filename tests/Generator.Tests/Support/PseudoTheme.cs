using System.Text;
using DobraPraxe.Generator.Localization;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.Tests.Support;

/// <summary>
/// A copy of the default theme beside a site's content/ whose words in a language are markers: every text of cs.yml
/// becomes ⟦key⟧, each plural word keeps its shape with the target language's forms. What a page then shows in Czech
/// does not come from the catalogue. For a site in more than one language each language's markers may carry its code
/// (⟦en:key⟧, <c>tagged</c>), so a page can be checked to show only its own language's words.
/// </summary>
public static class PseudoTheme
{
    public static string Marker(string key) => $"⟦{key}⟧";

    /// <summary>A marker that names its language: ⟦en:key⟧.</summary>
    public static string Marker(string key, LanguageRules language) => $"⟦{language.Code}:{key}⟧";

    /// <summary>
    /// Copies themes/default into <paramref name="root"/>/themes/default with i18n/&lt;language&gt;.yml made of markers
    /// (tagged with the language's code when <paramref name="tagged"/>); call it once per language of the site.
    /// </summary>
    public static void Write(string root, LanguageRules language, bool tagged = false)
    {
        // The theme is copied once: a second language's call must not put back the first one's real words.
        var theme = Path.Combine(root, "themes", "default");
        File.WriteAllText(Path.Combine(Directory.Exists(theme) ? theme : Copy(root), "i18n", language.Code + ".yml"), Catalogue(language, tagged));
    }

    /// <summary>Copies themes/default into <paramref name="root"/>/themes/default as it is; returns the copy's folder.</summary>
    public static string Copy(string root)
    {
        var source = Path.Combine(TestPaths.RepositoryRoot, "themes", "default");
        var target = Path.Combine(root, "themes", "default");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
        return target;
    }

    /// <summary>cs.yml with every text a marker, its plural words in <paramref name="language"/>'s forms.</summary>
    public static string Catalogue(LanguageRules language, bool tagged = false)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(TestWords.Catalogue("cs"))));
        var text = new StringBuilder();
        Write((YamlMappingNode)stream.Documents[0].RootNode, "", 0, language, tagged ? key => Marker(key, language) : Marker, text);
        return text.ToString();
    }

    private static void Write(YamlMappingNode map, string prefix, int depth, LanguageRules language, Func<string, string> marker, StringBuilder text)
    {
        var indent = new string(' ', depth * 2);
        foreach (var (keyNode, value) in map.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value!;
            var key = prefix + name;
            switch (value)
            {
                case YamlScalarNode:
                    text.Append($"{indent}{name}: \"{marker(key)}\"\n");
                    break;
                case YamlMappingNode forms when forms.Children.Keys.All(k => PluralCategories.Parse(((YamlScalarNode)k).Value!) is not null):
                    text.Append($"{indent}{name}:\n");
                    foreach (var category in language.Categories) text.Append($"{indent}  {category.Name()}: \"{marker(key)}\"\n");
                    break;
                case YamlMappingNode group:
                    text.Append($"{indent}{name}:\n");
                    Write(group, key + ".", depth + 1, language, marker, text);
                    break;
            }
        }
    }
}
