namespace DobraPraxe.Generator.Tests.Support;

/// <summary>A copy of the basic fixture site in a temp folder, to break one file at a time.</summary>
public sealed class ContentTree : IDisposable
{
    private readonly TempFolder _folder = new();

    public ContentTree(string fixture = "basic") => _folder.CopyFrom(TestPaths.Fixture(fixture));

    public string Root => _folder.Path;

    public void Write(string relativePath, string text) => _folder.Write(relativePath, text);

    public void Delete(string relativePath) => File.Delete(_folder.Combine(relativePath));

    public void Dispose() => _folder.Dispose();
}
