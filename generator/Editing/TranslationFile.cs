using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Schema;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.Editing;

/// <summary>
/// A translation's file as the web editor saves it, made into what the generator reads: a translation writes only what it
/// translates (docs/languages.md). Decap CMS keeps in a language's data the values its hidden widgets set for the fields
/// that are not translated (an empty list for the themes of a new entry), and saves a language's file even when nothing was
/// written in it; either would make the file an error, or a translation that translates nothing.
/// </summary>
public static class TranslationFile
{
    /// <summary>
    /// <paramref name="raw"/> (front matter and body) without the top-level fields of <paramref name="entry"/> that are not
    /// translated (<see cref="CmsConfigWriter.IsTranslated"/>), every other line as it was. A file that is not front matter
    /// the editor writes is returned as it is, for the build to report.
    /// </summary>
    public static string OnlyTranslated(string raw, EntrySchema entry)
    {
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 2 || lines[0] != "---") return raw;
        var close = Array.IndexOf(lines, "---", 1);
        if (close < 0) return raw;
        var yaml = string.Join('\n', lines[1..close]);
        // Under the limits every YAML the generator reads has; a file it refuses is the build's to report.
        var problems = new DiagnosticBag();
        if (YamlDocumentLoader.LoadMapping(yaml, "translation", 2, problems, emptyIsEmptyMap: true) is not { } map || problems.HasErrors) return raw;

        // Each top-level key's lines run from its own to the next key's (0-based within the front matter).
        var keys = map.Children.Keys.ToList();
        var drop = new HashSet<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] is not YamlScalarNode { Value: { } key } || entry.Fields.FirstOrDefault(f => f.Key == key) is not { } field || CmsConfigWriter.IsTranslated(field)) continue;
            var from = (int)keys[i].Start.Line - 1;
            var to = i + 1 < keys.Count ? (int)keys[i + 1].Start.Line - 1 : close - 1;
            for (var line = from; line < to; line++) drop.Add(line);
        }
        return string.Join('\n', ["---", .. lines[1..close].Where((_, n) => !drop.Contains(n)), "---", .. lines[(close + 1)..]]);
    }

    /// <summary>Whether a translation's file (<see cref="OnlyTranslated"/>) has nothing in it: no field, no body.</summary>
    public static bool TranslatesNothing(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var close = lines.Length > 1 && lines[0] == "---" ? Array.IndexOf(lines, "---", 1) : -1;
        return close > 0 ? lines.Skip(1).Where((_, n) => n + 1 != close).All(string.IsNullOrWhiteSpace) : string.IsNullOrWhiteSpace(text);
    }
}
