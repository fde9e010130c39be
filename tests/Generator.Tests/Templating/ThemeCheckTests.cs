using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Templating;

/// <summary>A site's own theme (themes/mine, a copy of the default) with a layout missing or a template mistake: errors at the template, never a crash.</summary>
public sealed class ThemeCheckTests : IDisposable
{
    private readonly ContentTree _site = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public ThemeCheckTests()
    {
        var theme = Path.Combine(TestPaths.RepositoryRoot, "themes", "default");
        foreach (var file in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_site.Root, "themes", "mine", Path.GetRelativePath(theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        _site.Write("content/site.yml", File.ReadAllText(Path.Combine(_site.Root, "content/site.yml")) + "theme: mine\n");
    }

    private int Check()
    {
        var code = CliApp.Run(["check", "--source", _site.Root, "--now", "2026-11-24T12:00:00+01:00"], _out, _err);
        Assert.True(code is 0 or 1, $"exit {code}\n{_err}");
        return code;
    }

    private string Layout(string name) => Path.Combine(_site.Root, "themes", "mine", "layouts", name + ".html");

    private string[] Errors => _err.ToString().Split('\n');

    [Fact]
    public void the_copied_theme_builds_as_it_is()
    {
        Assert.Equal(0, Check());
    }

    [Fact]
    public void a_missing_layout_is_an_error_at_that_layout_saying_which_pages_need_it()
    {
        File.Delete(Layout("awards"));
        Assert.Equal(1, Check());
        Assert.Contains(Errors, l => l.StartsWith("themes/mine/layouts/awards.html:1:1: error: the theme 'mine' has no layout 'awards'", StringComparison.Ordinal)
            && l.Contains("/ocenene/", StringComparison.Ordinal));
    }

    [Fact]
    public void every_missing_layout_is_reported_in_one_run()
    {
        File.Delete(Layout("awards"));
        File.Delete(Layout("base"));
        File.Delete(Layout("conference-program"));
        Assert.Equal(1, Check());
        Assert.Contains(Errors, l => l.StartsWith("themes/mine/layouts/awards.html:1:1: error:", StringComparison.Ordinal));
        Assert.Contains(Errors, l => l.StartsWith("themes/mine/layouts/base.html:1:1: error:", StringComparison.Ordinal));
        Assert.Contains(Errors, l => l.StartsWith("themes/mine/layouts/conference-program.html:1:1: error:", StringComparison.Ordinal));
    }

    [Fact]
    public void conference_layouts_are_not_needed_by_a_site_without_conferences()
    {
        Directory.Delete(Path.Combine(_site.Root, "content", "conferences"), recursive: true);
        File.WriteAllText(Path.Combine(_site.Root, "content", "events", "forum-2021.md"),
            File.ReadAllText(Path.Combine(_site.Root, "content", "events", "forum-2021.md")).Replace("conference: konference-a\n", ""));
        foreach (var layout in Directory.EnumerateFiles(Path.GetDirectoryName(Layout("x"))!, "conference-*.html")) File.Delete(layout);
        Assert.Equal(0, Check());
    }

    [Fact]
    public void a_template_reading_an_unknown_variable_is_an_error_at_its_line()
    {
        File.WriteAllText(Layout("awards"), "<div>\n  {{ nonexistent_variable }}\n</div>\n");
        Assert.Equal(1, Check());
        Assert.Contains(Errors, l => l.StartsWith("themes/mine/layouts/awards.html:2:6: error: template error:", StringComparison.Ordinal)
            && l.Contains("nonexistent_variable", StringComparison.Ordinal));
    }

    [Fact]
    public void a_template_reading_an_unknown_member_is_an_error_at_its_line()
    {
        File.WriteAllText(Layout("awards"), "<div>\n  <h1>{{ page.titel }}</h1>\n</div>\n");
        Assert.Equal(1, Check());
        Assert.Contains(Errors, l => l.StartsWith("themes/mine/layouts/awards.html:2:", StringComparison.Ordinal)
            && l.Contains("'titel' is not a member", StringComparison.Ordinal) && l.Contains("did you mean 'title'?", StringComparison.Ordinal));
        // The page that failed is still a link target: no second error blamed on a content file for each link to it.
        Assert.Contains("1 error, 0 warnings.", _err.ToString());
    }

    [Fact]
    public void a_partial_reading_an_unknown_member_is_an_error_at_the_partial()
    {
        var card = Path.Combine(_site.Root, "themes", "mine", "partials", "event-card.html");
        File.WriteAllText(card, "{{ model.titel }}\n" + File.ReadAllText(card));
        Assert.Equal(1, Check());
        Assert.Contains(Errors, l => l.StartsWith("themes/mine/partials/event-card.html:1:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{ include \"neexistuje\" }}")]
    [InlineData("{{ czech_date }}")]
    [InlineData("{{ plural \"x\" 1 2 3 }}")]
    [InlineData("{{ event_when 1 2 }}")]
    [InlineData("{{ for x in 5 }}{{ x }}{{ end }}")]
    [InlineData("{{ years[99].year }}")]
    [InlineData("{{ page.title.nothing }}")]
    [InlineData("{{ include \"pagination\" }}")]
    [InlineData("{{ href }}")]
    [InlineData("{{ href null }}")]
    [InlineData("{{ x = {} }}{{ x.a.b }}")]
    public void a_mistake_that_shows_only_when_rendering_is_an_error_at_the_template(string line)
    {
        File.WriteAllText(Layout("awards"), "<div>\n" + line + "\n</div>\n");
        Assert.Equal(1, Check());
        Assert.Contains(Errors, l => l.StartsWith("themes/mine/", StringComparison.Ordinal) && l.Contains(": error: template error:", StringComparison.Ordinal));
    }

    [Fact]
    public void a_partial_that_includes_itself_is_an_error_not_a_stack_overflow()
    {
        _site.Write("themes/mine/partials/smycka.html", "<div>{{ include \"smycka\" }}</div>\n");
        File.WriteAllText(Layout("awards"), "<div>\n{{ include \"smycka\" }}\n</div>\n");
        Assert.Equal(1, Check());
        Assert.Contains(Errors, l => l.StartsWith("themes/mine/partials/smycka.html:1:", StringComparison.Ordinal) && l.Contains("include itself", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../mine")]
    [InlineData("/etc")]
    [InlineData("\"\"")]
    public void a_theme_name_that_is_not_a_folder_name_is_an_error_at_site_yml(string name)
    {
        _site.Write("content/site.yml", File.ReadAllText(Path.Combine(_site.Root, "content/site.yml")).Replace("theme: mine", "theme: " + name));
        Assert.Equal(1, Check());
        Assert.Contains(Errors, l => l.StartsWith("content/site.yml:", StringComparison.Ordinal) && l.Contains("theme", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _site.Dispose();
        _out.Dispose();
        _err.Dispose();
    }
}

public class PlannerLayoutTests
{
    [Fact]
    public void the_default_theme_has_every_layout_the_planners_declare()
    {
        var layouts = Path.Combine(TestPaths.RepositoryRoot, "themes", "default", "layouts");
        foreach (var use in DobraPraxe.Generator.Planning.PagePlanner.Layouts.Concat(DobraPraxe.Generator.Planning.ConferencePlanner.Layouts))
            Assert.True(File.Exists(Path.Combine(layouts, use.Layout + ".html")), $"themes/default/layouts/{use.Layout}.html is missing");
    }

    [Fact]
    public void every_page_of_the_basic_site_uses_a_declared_layout()
    {
        // The planners refuse an undeclared layout, so a build that plans every kind of page proves the lists complete.
        var result = Builds.Generate(TestPaths.Fixture("basic"), drafts: true);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var kinds = result.Pages.Select(p => p.SitePath).ToList();
        Assert.Contains("ocenene/", kinds);
        Assert.Contains("konference-a/recnici/", kinds);
    }
}
