using DobraPraxe.Generator.Cli;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Spelling;

/// <summary>
/// The Czech spelling check through cspell, on whole sites: a misspelt word is a warning at its exact place, the
/// site's own names in any case are not, neither are code, addresses or keys; the bundled content has none.
/// </summary>
public class SpellCheckTests
{
    private static BuildResult Check(string source) =>
        new SiteGenerator(new BuildOptions
        {
            SourceDirectory = source, OutputDirectory = Path.Combine(source, "site-output"), Now = Builds.Now, CheckSpelling = true,
        }).Generate();

    private static IEnumerable<Diagnostic> Warnings(BuildResult result) => result.Diagnostics.Where(d => d.Severity == Severity.Warning);

    private const string Entry = """
        ---
        title: Zdrawí pro všechny
        summary: "Město podporuje komunitní zahrady."
        member: jihlava
        themes: [doprava-a-mobilita]
        year: 2010
        date: 2020-05-04
        tags: [zdrawí]
        ---

        ## Jak to začalo v Jihlavě

        Občané chtěli klidnější centrum a zdrawé město. Kód `zdrawí` ani adresa https://example.org/zdrawí nevadí.

        ```
        zdrawí v bloku kódu
        ```
        """;

    [Fact]
    public void a_misspelt_word_is_a_warning_at_its_line_and_column_in_the_title_and_the_text()
    {
        using var site = new ContentTree("basic");
        site.Write("content/practices/preklep.md", Entry);
        var result = Check(site.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var spelling = Warnings(result).Where(d => d.Location.Path == "content/practices/preklep.md").ToList();
        Assert.Equal(["content/practices/preklep.md:2:8", "content/practices/preklep.md:13:35"], spelling.Select(d => d.Location.ToString()));
        Assert.Equal("'Zdrawí' is not in the Czech dictionary", spelling[0].Message);
        Assert.Contains("'zdraví'", spelling[0].Hint);
        Assert.Contains("content/slovnik.txt", spelling[0].Hint);
        Assert.Equal("'zdrawé' is not in the Czech dictionary", spelling[1].Message);
    }

    [Fact]
    public void a_word_in_the_projects_word_list_is_known_in_every_case()
    {
        using var site = new ContentTree("basic");
        site.Write("content/practices/preklep.md", Entry);
        site.Write("content/slovnik.txt", "# pokus\nzdrawý   # vymyšlené slovo pro test\n");
        var result = Check(site.Root);
        Assert.DoesNotContain(Warnings(result), d => d.Location.Path == "content/practices/preklep.md");
        Assert.DoesNotContain(Warnings(result), d => d.Location.Path == "content/slovnik.txt");
    }

    [Fact]
    public void inflected_names_of_members_are_not_flagged()
    {
        using var site = new TempFolder();
        site.CopyFrom(TestPaths.RepositoryRoot + "/content");
        var text = "---\ntitle: Setkání v Chrudimi a v Litoměřicích\nsummary: Hosté z Křižanova, z Vidče a z Kopřivnice.\n"
            + "member: chrudim\nthemes: [zdravi]\nyear: 2020\ndate: 2021-01-04\n---\n\nZ Hlinska, Boskovic i z Prostějova přijeli do Vsetína a do Písku.\n";
        // TempFolder holds the files of content/ at its root: a source folder needs them under content/.
        using var source = new TempFolder();
        Directory.Move(site.Path, source.Combine("content"));
        source.Write("content/practices/jmena.md", text);
        var result = Check(source.Path);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.DoesNotContain(Warnings(result), d => d.Location.Path == "content/practices/jmena.md");
    }

    [Fact]
    public void the_bundled_content_has_no_spelling_warnings()
    {
        var result = Check(TestPaths.RepositoryRoot);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var warnings = Warnings(result).Select(d => d.Format()).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    [Fact]
    public void check_prints_the_warning_for_the_problem_matcher_and_no_spelling_skips_it()
    {
        using var site = new ContentTree("basic");
        site.Write("content/practices/preklep.md", Entry);
        string[] args = ["check", "--source", site.Root, "--now", "2026-11-24T12:00:00+01:00"];
        var (output, errors) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, CliApp.Run(args, output, errors));
        Assert.Contains("content/practices/preklep.md:2:8: warning: 'Zdrawí' is not in the Czech dictionary", errors.ToString());
        var (quietOut, quietErrors) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, CliApp.Run([.. args, "--no-spelling"], quietOut, quietErrors));
        Assert.DoesNotContain("Czech dictionary", quietErrors.ToString());
    }

    [Fact]
    public void build_does_not_check_spelling()
    {
        using var site = new ContentTree("basic");
        site.Write("content/practices/preklep.md", Entry);
        Assert.DoesNotContain(Builds.Generate(site.Root).Diagnostics, d => d.Message.Contains("Czech dictionary"));
    }
}
