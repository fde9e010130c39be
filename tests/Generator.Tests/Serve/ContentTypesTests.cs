using DobraPraxe.Generator.Imaging;
using DobraPraxe.Generator.Serve;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Serve;

/// <summary>serve sends nosniff, so every file a site has needs its real type: a guess is never made for it.</summary>
public class ContentTypesTests
{
    [Fact]
    public void every_type_content_media_may_hold_has_its_content_type()
    {
        foreach (var extension in MediaTypes.Extensions())
            Assert.True(ContentTypes.Of("media/x" + extension) != ContentTypes.Unknown, extension);
    }

    [Fact]
    public void every_file_of_a_built_site_has_its_content_type()
    {
        var result = Builds.Generate(TestPaths.Fixture("extended"), drafts: true);
        var unknown = result.Files.Select(f => f.Path).Where(p => ContentTypes.Of(p) == ContentTypes.Unknown && !p.EndsWith(".gz", StringComparison.Ordinal) && !p.EndsWith(".br", StringComparison.Ordinal));
        Assert.Empty(unknown);
        Assert.Equal("application/ld+json; charset=utf-8", ContentTypes.Of("data/katalog.jsonld"));
        Assert.Equal("text/csv; charset=utf-8", ContentTypes.Of("data/praxe.csv"));
    }
}
