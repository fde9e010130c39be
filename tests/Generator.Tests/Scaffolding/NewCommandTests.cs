using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Scaffolding;

public sealed class NewCommandTests : IDisposable
{
    private readonly ContentTree _site = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private int Run(params string[] args) => CliApp.Run([.. args, "--source", _site.Root, "--now", "2026-11-24T12:00:00+01:00"], _out, _err);

    [Theory]
    [InlineData("practice", "content/practices/nova-praxe.md")]
    [InlineData("event", "content/events/nova-praxe.md")]
    public void new_writes_a_commented_file_that_passes_check_unchanged(string kind, string path)
    {
        Assert.Equal(0, Run("new", kind, "nova-praxe"));
        var text = File.ReadAllText(Path.Combine(_site.Root, path));
        Assert.Contains("# ", text);
        Assert.Equal(0, Run("check"));
        Assert.Contains("0 errors, 0 warnings", _out.ToString());
        if (kind == "practice")
        {
            Assert.Contains("date: 2026-11-24", text);
            Assert.Contains("member: znojmo", text);
        }
        else
        {
            Assert.Contains("start: 2026-12-08T09:00:00+01:00", text);
        }
    }

    [Fact]
    public void new_refuses_to_overwrite_an_existing_file()
    {
        var path = Path.Combine(_site.Root, "content/practices/jihlava-pesi-zona.md");
        var before = File.ReadAllText(path);
        Assert.Equal(1, Run("new", "practice", "jihlava-pesi-zona"));
        Assert.Equal(before, File.ReadAllText(path));
        Assert.Contains("already exists; nothing was written", _err.ToString());
    }

    [Theory]
    [InlineData("Nová Praxe")]
    [InlineData("nova_praxe")]
    [InlineData("-nova")]
    public void new_rejects_an_invalid_slug(string slug)
    {
        Assert.Equal(2, Run("new", "practice", slug));
        var before = Directory.GetFiles(Path.Combine(_site.Root, "content/practices")).Length;
        Assert.Equal(5, before);
    }

    [Fact]
    public void new_needs_a_kind_and_a_slug()
    {
        Assert.Equal(2, Run("new", "praxe", "x"));
        Assert.Equal(2, Run("new", "practice"));
    }

    [Fact]
    public void new_lists_the_fields_a_site_declares_and_every_declared_field_once()
    {
        using var site = new ContentTree("extended");
        Assert.Equal(0, CliApp.Run(["new", "practice", "nova", "--source", site.Root, "--now", "2026-11-24T12:00:00+01:00"], _out, _err));
        var text = File.ReadAllText(Path.Combine(site.Root, "content/practices/nova.md"));
        Assert.Contains("# target_groups: [seniori]", text);
        Assert.Contains("# budget: 0", text);
        Assert.Contains("Rozpočet (částka v Kč).", text);
        var schema = DobraPraxe.Generator.FrontMatter.ContentReader.SchemaOf(null, DateTimeOffset.Now).Practice;
        foreach (var field in schema.Fields)
            Assert.Single(text.Split('\n'), l => l.StartsWith(field.Key + ":", StringComparison.Ordinal) || l.StartsWith("# " + field.Key + ":", StringComparison.Ordinal));
        Assert.Equal(0, CliApp.Run(["check", "--source", site.Root, "--now", "2026-11-24T12:00:00+01:00"], _out, _err));
    }

    public void Dispose()
    {
        _site.Dispose();
        _out.Dispose();
        _err.Dispose();
    }
}
