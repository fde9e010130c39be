namespace DobraPraxe.Generator.Tests.Support;

/// <summary>Where the repository, its bundled content and the fixture sites are, found from the test assembly.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(RepositoryRoot, "tests", "Generator.Tests", "Fixtures", "sites", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DobraPraxe.slnx"))) return dir.FullName;
        throw new InvalidOperationException("DobraPraxe.slnx not found above the test assembly");
    }
}
