namespace DobraPraxe.Generator.Tests.Docs;

/// <summary>
/// The repository stands alone: no tracked file points at the design notes that lived beside it, outside the repository
/// (what the project relies on is written in docs/). Whoever clones it alone finds every reference inside it.
/// </summary>
public class OutsideReferencesTests
{
    // Spelled in parts, so this file does not hold what it looks for.
    private static readonly string[] Outside = ["../" + "shared", "DESIGN" + ".md"];

    private static readonly string[] Binary = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf", ".ico", ".woff", ".woff2", ".zip", ".gz", ".br", ".docx", ".xlsx", ".odt"];

    [Fact]
    public void no_tracked_file_refers_to_a_file_outside_the_repository()
    {
        var found = new List<string>();
        foreach (var file in RepositoryFiles.Tracked.Where(f => !Binary.Contains(Path.GetExtension(f).ToLowerInvariant())))
        {
            // An untracked file another test wrote may be gone again.
            if (!File.Exists(RepositoryFiles.FullPath(file))) continue;
            var lines = File.ReadAllLines(RepositoryFiles.FullPath(file));
            for (var i = 0; i < lines.Length; i++)
                foreach (var name in Outside.Where(n => lines[i].Contains(n, StringComparison.Ordinal)))
                    found.Add($"{file}:{i + 1}: mentions '{name}'; write what it says in docs/ and point there");
        }
        Assert.True(RepositoryFiles.Tracked.Count > 100, "the repository's files were not found");
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
