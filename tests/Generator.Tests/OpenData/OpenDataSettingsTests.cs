using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.OpenData;

/// <summary>'open_data:' on a fixture site: written only when declared, personal fields only when named, a site's own field a column, mistakes at their line.</summary>
public class OpenDataSettingsTests
{
    private const string Section = "open_data:\n  publisher: Město Testov\n  contact: { email: data@testov.cz }\n";

    private static BuildResult Build(string fixture, string append)
    {
        using var tree = new ContentTree(fixture);
        var site = Path.Combine(tree.Root, "content", "site.yml");
        File.AppendAllText(site, append);
        return Builds.Generate(tree.Root);
    }

    [Fact]
    public void without_the_section_no_data_files_are_written()
    {
        var result = Builds.Generate(TestPaths.Fixture("basic"));
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("data/", StringComparison.Ordinal));
    }

    [Fact]
    public void a_sites_own_fields_and_taxonomy_fields_become_columns()
    {
        var result = Build("extended", Section);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var header = OpenDataTests.Header(Builds.Page(result, "data/praxe.csv"));
        Assert.Contains("budget", header);
        Assert.Contains("web_projektu", header);
        Assert.Contains("target_groups", header);
        Assert.Contains(OpenDataTests.Csv(Builds.Page(result, "data/praxe.csv")), r => r["budget"].Length > 0);
    }

    [Fact]
    public void a_personal_field_is_published_only_when_named_and_the_terms_then_say_so()
    {
        var plain = Build("basic", Section);
        Assert.True(plain.Succeeded, Builds.Errors(plain));
        Assert.DoesNotContain("contact.email", Builds.Page(plain, "data/praxe.csv").Split("\r\n")[0]);
        Assert.Contains("neobsahuje-osobní-údaje", Builds.Page(plain, "data/katalog.jsonld"));

        var named = Build("basic", Section + "  include_personal: [contact.email]\n  exclude: [tags]\n");
        Assert.True(named.Succeeded, Builds.Errors(named));
        var header = Builds.Page(named, "data/praxe.csv").Split("\r\n")[0].Split(',');
        Assert.Contains("contact.email", header);
        Assert.DoesNotContain("contact.phone", header);
        Assert.DoesNotContain("tags", header);
        Assert.Contains("podmínky-užití/obsahuje-osobní-údaje/", Builds.Page(named, "data/katalog.jsonld"));
        // The data page no longer says that no personal data are published.
        var page = Builds.Page(named, "data/index.html");
        Assert.Contains("obsahují data i tyto osobní údaje: <code>contact.email</code>", page);
        Assert.DoesNotContain("se do dat nedávají", page);
    }

    [Fact]
    public void an_unknown_field_path_is_an_error_at_its_line_with_a_suggestion()
    {
        var result = Build("basic", Section + "  include_personal: [contact.phon]\n  exclude: [tagz]\n");
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.Format().Split('\n')[0]).ToList();
        Assert.Contains(errors, e => e.StartsWith("content/site.yml:", StringComparison.Ordinal) && e.Contains("'include_personal' names 'contact.phon', which is no personal field; did you mean 'contact.phone'?", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'exclude' names 'tagz', which is no field of a practice or an event; did you mean 'tags'?", StringComparison.Ordinal));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void a_section_without_a_contact_email_is_an_error()
    {
        var result = Build("basic", "open_data:\n  publisher: Město Testov\n");
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message == "required field 'contact' is missing" && d.Location.Path == "content/site.yml");
    }

    [Fact]
    public void the_data_files_are_byte_identical_from_build_to_build()
    {
        var first = Build("extended", Section).Files.Where(f => f.Path.StartsWith("data/", StringComparison.Ordinal)).ToList();
        var second = Build("extended", Section).Files.Where(f => f.Path.StartsWith("data/", StringComparison.Ordinal)).ToList();
        // Four files per table (practices, events, the built-in kind video) and the catalogue.
        Assert.Equal(13, first.Count(f => f.Path != "data/index.html"));
        Assert.Equal(first.Select(f => (f.Path, Convert.ToHexString(f.Content!))), second.Select(f => (f.Path, Convert.ToHexString(f.Content!))));
    }
}
