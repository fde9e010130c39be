using System.Text.RegularExpressions;
using DobraPraxe.Generator.Tests.Architecture;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Docs;

/// <summary>docs/architecture.md lists the generator's folders as the layering test orders them: a new folder, or a folder moved, is seen there too.</summary>
public partial class ArchitectureDocTests
{
    [Fact]
    public void the_architecture_page_lists_the_folders_in_the_layering_tests_order()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "architecture.md")).Replace("\r\n", "\n");
        var start = text.IndexOf("\n## The folders and what may use what\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/architecture.md has no section 'The folders and what may use what'");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var listed = FolderRow().Matches(text[start..end]).Select(m => m.Groups[1].Value).TakeWhile(f => f != "themes/default").ToList();
        Assert.Equal(LayeringTests.Layers, listed);
    }

    // A table row that starts with a folder of generator/: "| `Shared/` | …".
    [GeneratedRegex(@"^\| `([A-Za-z/]+?)/?` \|", RegexOptions.Multiline)]
    private static partial Regex FolderRow();
}
