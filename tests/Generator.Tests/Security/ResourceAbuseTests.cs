using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Security;

/// <summary>Absurd input gets a clear error in bounded time and memory, never a crash.</summary>
public class ResourceAbuseTests
{
    private const string FrontMatter = "---\ntitle: T\nsummary: S\nmember: jihlava\nthemes: [doprava-a-mobilita]\nyear: 2015\ndate: 2020-01-01\n";

    private static string[] Build(string file, string text)
    {
        using var tree = new ContentTree();
        tree.Write(file, text);
        var result = Builds.Generate(tree.Root);
        return [.. result.Diagnostics.Where(d => d.Location.Path == file).Select(d => d.Format().Split('\n')[0])];
    }

    [Fact]
    public void a_yaml_alias_bomb_is_not_expanded()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
                   "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
        var messages = Build("content/practices/bomba.md", FrontMatter + bomb + "---\nText.\n");
        Assert.Equal(["content/practices/bomba.md:9:8: error: YAML aliases ('*a') are not allowed; write the value out"], messages);
    }

    [Fact]
    public void deeply_nested_yaml_is_an_error_not_a_crash()
    {
        var messages = Build("content/practices/hluboko.md", FrontMatter + "tags: " + new string('[', 20000) + new string(']', 20000) + "\n---\nText.\n");
        Assert.Equal(["content/practices/hluboko.md:8:70: error: lists and groups are nested more than 64 levels deep"], messages);
    }

    [Fact]
    public void a_ten_thousand_level_nested_list_is_an_error_not_a_crash()
    {
        var messages = Build("content/practices/seznam.md", FrontMatter + "---\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");
        Assert.Contains("content/practices/seznam.md:9:1: error: the text is nested too deeply (lists, quotes or emphasis inside each other hundreds of times)", messages);
    }

    [Fact]
    public void twenty_thousand_tags_make_a_warning_and_twenty_pages_not_twenty_thousand()
    {
        using var tree = new ContentTree();
        var tags = "tags: [" + string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"t{i}")) + "]\n";
        tree.Write("content/practices/stitky.md", FrontMatter + tags + "---\nText.\n");
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var column = 8 + Enumerable.Range(0, 20).Sum(i => $"t{i}".Length + 2);
        Assert.Equal([$"content/practices/stitky.md:8:{column}: warning: a practice can have at most 20 tags, this one has 20000; the rest are left out"],
            result.Diagnostics.Where(d => d.Location.Path == "content/practices/stitky.md").Select(d => d.Format().Split('\n')[0]));
        var tagPages = result.Files.Select(f => f.Path).Where(p => p.StartsWith("stitky/t", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, tagPages.Count);
        Assert.Contains("stitky/t19/index.html", tagPages);
    }

    [Fact]
    public void a_fifty_megabyte_file_is_refused_before_it_is_read()
    {
        using var tree = new ContentTree();
        var path = Path.Combine(tree.Root, "content/practices/obri.md");
        using (var file = File.Create(path)) file.SetLength(50L * 1024 * 1024);
        var result = Builds.Generate(tree.Root);
        Assert.Contains("content/practices/obri.md:1:1: error: the file is 50.0 MB; at most 2 MB are allowed", Builds.Errors(result).Split('\n'));
    }

    [Fact]
    public void a_symbolic_link_out_of_content_is_refused()
    {
        using var tree = new ContentTree();
        using var outside = new TempFolder();
        var secret = outside.Write("tajne.txt", "heslo");
        File.CreateSymbolicLink(Path.Combine(tree.Root, "content/media/tajne.txt"), secret);
        File.CreateSymbolicLink(Path.Combine(tree.Root, "content/pages/tajne.md"), secret);
        var errors = Builds.Errors(Builds.Generate(tree.Root)).Split('\n');
        Assert.Contains("content/media/tajne.txt:1:1: error: the file is a link to a place outside content/", errors);
        Assert.Contains("content/pages/tajne.md:1:1: error: the file is a link to a place outside content/", errors);
    }

    [Theory]
    [InlineData("media/../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/win.ini")]
    public void media_paths_cannot_leave_content(string src)
    {
        var messages = Build("content/practices/cesta.md", FrontMatter + $"attachments:\n  - {{ src: \"{src}\", title: X }}\n---\nText.\n");
        Assert.Contains($"content/practices/cesta.md:9:5: error: '{src}' must be a path inside content/, like 'media/plan.pdf'", messages);
    }

    [Theory]
    [InlineData("images", "media/mapa.exe", "alt: X")]
    [InlineData("attachments", "media/skript.js", "title: X")]
    public void only_known_file_types_are_accepted(string field, string src, string other)
    {
        var messages = Build("content/practices/typ.md", FrontMatter + $"{field}:\n  - {{ src: \"{src}\", {other} }}\n---\nText.\n");
        Assert.Contains($"content/practices/typ.md:9:5: error: '{src}' is not an allowed file type here", messages);
    }

    [Fact]
    public void stray_files_in_content_are_named_in_a_warning()
    {
        var messages = Build("content/poznamky.txt", "nic");
        Assert.Equal(["content/poznamky.txt:1:1: warning: 'poznamky.txt' is not part of the site and is ignored"], messages);
    }
}
