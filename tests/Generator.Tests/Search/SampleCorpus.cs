using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.Tests.Search;

/// <summary>
/// Search documents made from the bundled catalogue as it is today (content/practices and content/events), read
/// at test time: real Czech text in the fields the site indexes.
/// </summary>
public static class SampleCorpus
{
    public static readonly IReadOnlyList<SearchField> Fields =
        [new("title", 10), new("summary", 5), new("member", 4), new("themes", 3), new("tags", 3), new("body", 1)];

    public static IReadOnlyList<SearchDocument> Documents()
    {
        var content = Path.Combine(TestPaths.RepositoryRoot, "content");
        var members = Mapping(File.ReadAllText(Path.Combine(content, "data", "members.yml")));
        var themes = Mapping(File.ReadAllText(Path.Combine(content, "data", "themes.yml")));

        var documents = new List<SearchDocument>();
        foreach (var folder in new[] { "practices", "events" })
        {
            // The Czech entries only: translations (<slug>.en.md) are not in the Czech index.
            foreach (var file in Directory.GetFiles(Path.Combine(content, folder), "*.md").Where(f => Generator.Loading.ContentScanner.TranslationName(f) is null).Order(StringComparer.Ordinal))
            {
                var (yaml, body) = Split(File.ReadAllText(file));
                var front = Mapping(yaml);
                var fields = new Dictionary<string, string>
                {
                    ["title"] = Scalar(front, "title"),
                    ["summary"] = Scalar(front, "summary"),
                    ["body"] = body,
                };
                if (Scalar(front, "member") is { Length: > 0 } member && members.Children.TryGetValue(new YamlScalarNode(member), out var m))
                    fields["member"] = Scalar((YamlMappingNode)m, "name");
                if (front.Children.TryGetValue(new YamlScalarNode("themes"), out var keys))
                    fields["themes"] = string.Join(", ", ((YamlSequenceNode)keys).Select(k => Scalar((YamlMappingNode)themes[k], "name")));
                if (front.Children.TryGetValue(new YamlScalarNode("tags"), out var tags))
                    fields["tags"] = string.Join(", ", ((YamlSequenceNode)tags).Select(t => ((YamlScalarNode)t).Value));
                documents.Add(new SearchDocument($"{folder}/{Path.GetFileNameWithoutExtension(file)}", fields));
            }
        }
        return documents;
    }

    private static (string Yaml, string Body) Split(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        return (string.Join('\n', lines[1..end]), string.Join('\n', lines[(end + 1)..]));
    }

    private static YamlMappingNode Mapping(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value ?? "" : "";
}
