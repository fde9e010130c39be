using System.Text;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;

namespace DobraPraxe.Generator.Tests.Loading;

public class SourceReaderTests
{
    [Fact]
    public void reports_invalid_utf8_at_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Žďár\n").Concat(new byte[] { 0x73, 0x75, 0xFF, 0x0A }).ToArray();
        var diagnostics = new DiagnosticBag();
        Assert.Null(SourceReader.Decode("content/pages/x.md", bytes, diagnostics));
        Assert.Equal("content/pages/x.md:3:3: error: the file is not valid UTF-8 text", diagnostics.Sorted().Single().Format().Split('\n')[0]);
    }

    [Fact]
    public void drops_a_byte_order_mark_and_windows_line_endings()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("a\r\nb")).ToArray();
        var file = SourceReader.Decode("x.md", bytes, new DiagnosticBag())!;
        Assert.Equal("a\nb", file.Text);
    }
}
