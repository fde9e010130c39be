namespace DobraPraxe.Generator.Tests.Support;

/// <summary>
/// Golden-file comparison. Set UPDATE_GOLDEN=1 to rewrite the files on purpose after a deliberate
/// change, then review the diff before committing.
/// </summary>
public static class Golden
{
    public static void AssertMatches(string goldenPath, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }
        Assert.True(File.Exists(goldenPath), $"missing golden file {goldenPath}; run the tests with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }
}
