using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Spelling;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.Tests.FrontMatter;

/// <summary>
/// The limits every YAML file is read under (no aliases or anchors, no list or group as a key, 64 levels,
/// 100,000 values), each an error at its place, checked before the node tree is built: in bounded memory,
/// and without deep recursion even on a thread with a small stack.
/// </summary>
public class YamlDocumentLoaderTests
{
    private const string Path = "content/data/test.yml";

    private static (YamlMappingNode? Map, string[] Messages) Load(string yaml, int firstLine = 1)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlDocumentLoader.LoadMapping(yaml, Path, firstLine, diagnostics);
        return (map, [.. diagnostics.Sorted().Select(d => d.Format().Split('\n')[0])]);
    }

    /// <summary>Eight levels of ten aliases, the last used as a mapping key: 10^8 values if expanded, and printed in full as a key.</summary>
    public static string AliasKeyBomb()
    {
        var lines = new List<string> { "a: &a [x, x, x, x, x, x, x, x, x, x]" };
        for (var level = 1; level < 8; level++)
        {
            var (name, previous) = ((char)('a' + level), (char)('a' + level - 1));
            lines.Add($"{name}: &{name} [{string.Join(", ", Enumerable.Repeat($"*{previous}", 10))}]");
        }
        lines.Add("? *h\n: x");
        return string.Join('\n', lines) + "\n";
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "title: &nazev Název\nsummary: *nazev\n", "content/data/test.yml:2:10: error: YAML aliases ('*nazev') are not allowed; write the value out" },
        { "title: *nazev\n", "content/data/test.yml:1:8: error: YAML aliases ('*nazev') are not allowed; write the value out" },
        { AliasKeyBomb(), "content/data/test.yml:2:8: error: YAML aliases ('*a') are not allowed; write the value out" },
        { "? [a, b]\n: x\n", "content/data/test.yml:1:3: error: a list or group of fields is used as a field name" },
        { "title: x\n[a]: x\n", "content/data/test.yml:2:1: error: a list or group of fields is used as a field name" },
        { "title: x\n{ a: b }: x\n", "content/data/test.yml:2:1: error: a list or group of fields is used as a field name" },
        { "tags: [{ [a]: b }]\n", "content/data/test.yml:1:10: error: a list or group of fields is used as a field name" },
        { "tags: {{a: b}: c}\n", "content/data/test.yml:1:8: error: a list or group of fields is used as a field name" },
        { "tags: " + new string('[', 100_000) + new string(']', 100_000) + "\n", "content/data/test.yml:1:70: error: lists and groups are nested more than 64 levels deep" },
        { "tags: " + new string('[', 100_000) + "\n", "content/data/test.yml:1:70: error: lists and groups are nested more than 64 levels deep" },
        { "tags: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "x" + new string('}', 100_000) + "\n", "content/data/test.yml:1:259: error: lists and groups are nested more than 64 levels deep" },
        { string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 1000) + "b\n", "content/data/test.yml:65:65: error: lists and groups are nested more than 64 levels deep" },
        { "tags:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n", "content/data/test.yml:2:127: error: lists and groups are nested more than 64 levels deep" },
        { "tags: [" + string.Join(",", Enumerable.Repeat("x", YamlDocumentLoader.MaxNodes)) + "]\n", $"content/data/test.yml:1:{8 + 2 * (YamlDocumentLoader.MaxNodes - 3)}: error: the YAML has more than 100,000 values" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void hostile_yaml_is_one_error_at_its_place(string yaml, string expected)
    {
        var (map, messages) = Load(yaml);
        Assert.Null(map);
        Assert.Equal([expected], messages);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void hostile_yaml_is_refused_in_little_memory_on_a_small_stack(string yaml, string expected)
    {
        string[] messages = [];
        long allocated = 0;
        // 256 kB: a sixth of a thread-pool thread's stack; YamlDotNet's node builder recursing 100,000 levels needs megabytes.
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            messages = Load(yaml).Messages;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, maxStackSize: 256 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "the YAML was still being read after 30 s");
        Assert.Equal([expected], messages);
        // The text itself, the scanner's buffers and at most 100,000 values, not an expansion.
        Assert.True(allocated < 64L * 1024 * 1024 + 40L * yaml.Length, $"{allocated:N0} bytes allocated for {yaml.Length:N0} characters");
    }

    [Fact]
    public void sixty_four_levels_and_a_hundred_thousand_values_are_read()
    {
        var deep = "tags: " + new string('[', 63) + "x" + new string(']', 63) + "\n";
        Assert.Empty(Load(deep).Messages);
        var many = "tags: [" + string.Join(",", Enumerable.Repeat("x", YamlDocumentLoader.MaxNodes - 3)) + "]\n";
        var (map, messages) = Load(many);
        Assert.Empty(messages);
        Assert.Equal(YamlDocumentLoader.MaxNodes - 3, ((YamlSequenceNode)map!.Children[new YamlScalarNode("tags")]).Children.Count);
    }

    [Fact]
    public void an_anchor_is_an_error_and_the_fields_are_still_read()
    {
        var (map, messages) = Load("title: &Co Firma\nsummary: &x [a]\n", firstLine: 2);
        Assert.Equal(["content/data/test.yml:2:8: error: YAML anchors ('&Co') are not allowed"], messages);
        Assert.Equal("Firma", ((YamlScalarNode)map!.Children[new YamlScalarNode("title")]).Value);
    }

    [Fact]
    public void ordinary_yaml_errors_keep_their_wording_and_place()
    {
        Assert.Equal(["content/data/test.yml:3:10: error: invalid YAML: a bracket, brace or quote is not closed"], Load("title: A\nsummary: [neuzavřený\nmember: x", firstLine: 2).Messages);
        Assert.Equal(["content/data/test.yml:2:1: error: invalid YAML: a field is written twice: 'a'"], Load("a: b\na: c\n").Messages);
    }

    [Fact]
    public void the_spelling_check_reads_front_matter_under_the_same_limits()
    {
        var schema = ContentReader.SchemaOf(null, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)).Practice;
        foreach (var yaml in new[] { AliasKeyBomb(), "title: " + new string('[', 100_000), "title: " + new string('{', 100_000) + new string('}', 100_000), "? [a]\n: b" })
        {
            var words = new List<(string, int, int)>();
            var thread = new Thread(() => words = [.. ProseFinder.Words(new FrontMatterDocument(new SourceFile(Path, ""), yaml, 2, "", 10), schema)], 256 * 1024);
            thread.Start();
            Assert.True(thread.Join(TimeSpan.FromSeconds(30)));
            Assert.Empty(words);
        }
        var fine = ProseFinder.Words(new FrontMatterDocument(new SourceFile(Path, ""), "title: Komunitní zahrada", 2, "", 10), schema);
        Assert.Equal([("Komunitní", 2, 8), ("zahrada", 2, 18)], fine);
    }
}
