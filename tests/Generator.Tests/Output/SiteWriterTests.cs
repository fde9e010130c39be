using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Output;

public class SiteWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void writes_every_file_and_removes_files_no_longer_produced()
    {
        var output = _folder.Combine("site-output");
        SiteWriter.Write(output, [OutputFile.Text("index.html", "1"), OutputFile.Text("old/index.html", "old")]);
        SiteWriter.Write(output, [OutputFile.Text("index.html", "2"), OutputFile.Text("praxe/a/index.html", "a")]);

        Assert.Equal("2", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(output, "praxe", "a", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "old")));
        Assert.Single(Directory.GetDirectories(_folder.Path));
    }

    [Fact]
    public void a_failure_while_writing_leaves_the_previous_site_as_it_was()
    {
        var output = _folder.Combine("site-output");
        SiteWriter.Write(output, [OutputFile.Text("index.html", "previous")]);

        var failing = new[] { OutputFile.Text("index.html", "new"), OutputFile.Copy("media/x.pdf", _folder.Combine("does-not-exist.pdf")) };
        Assert.ThrowsAny<IOException>(() => SiteWriter.Write(output, failing));

        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["index.html"], Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)));
        Assert.Single(Directory.GetDirectories(_folder.Path));
    }

    public void Dispose() => _folder.Dispose();
}
