namespace DobraPraxe.Browser.Tests;

/// <summary>
/// A copy of the bundled site (content and theme) with enough generated entries about health that a
/// search finds more than one batch of results (search.js shows 50 at a time).
/// </summary>
public static class LargeCatalogue
{
    public const int GeneratedPractices = 60;

    // Cities, villages and the two regions that are members themselves, so cards of both kinds are among the results.
    private static readonly string[] Members = ["boskovice", "jihomoravsky-kraj", "jihlava", "kraj-vysocina", "vidce", "praha-12"];

    /// <summary>Writes the source folder (content/ and themes/) into <paramref name="root"/>.</summary>
    public static void Write(string root)
    {
        CopySample(root);
        for (var i = 1; i <= GeneratedPractices; i++)
            File.WriteAllText(Path.Combine(root, "content", "practices", $"vzorova-praxe-{i:00}.md"), $"""
                ---
                title: Vzorová praxe pro zdraví č. {i}
                summary: Vygenerovaná praxe o zdraví obyvatel, aby hledání našlo víc výsledků, než ukáže najednou.
                member: {Members[i % Members.Length]}
                themes: [zdravi]
                year: {2000 + i % 20}
                date: 2025-01-{1 + i % 28:00}
                ---

                Vzorová praxe č. {i} podporuje zdraví obyvatel.

                """);
    }

    /// <summary>Copies the bundled site's content/ and themes/ into <paramref name="root"/>, to change it without touching the repository.</summary>
    public static void CopySample(string root)
    {
        Copy(Path.Combine(BrowserFixture.RepositoryRoot, "content"), Path.Combine(root, "content"));
        Copy(Path.Combine(BrowserFixture.RepositoryRoot, "themes"), Path.Combine(root, "themes"));
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
