using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Site;

/// <summary>A statement missing what the law asks for is an error at site.yml; a stale one is a warning with --now.</summary>
public class AccessibilityStatementErrorTests
{
    private const string Base = "title: Testovací katalog\nbase_url: https://example.org/\nlanguage: cs\ndescription: Malý katalog pro testy\n";

    private const string Complete =
        "accessibility:\n" +                               // line 5
        "  body: Město Testov\n" +
        "  status: plne\n" +
        "  prepared: 2026-01-15\n" +                       // line 8
        "  contact:\n" +
        "    email: podatelna@testov.cz\n";

    private static BuildResult Build(string siteYml, DateTimeOffset? now = null, string? conferenceSection = null)
    {
        using var tree = new ContentTree();
        tree.Write("content/site.yml", siteYml);
        if (conferenceSection is not null)
        {
            var folder = Path.Combine(tree.Root, "content", "conferences", "konference-a");
            File.AppendAllText(Path.Combine(folder, "site.yml"), conferenceSection);
        }
        return new SiteGenerator(new BuildOptions
        {
            SourceDirectory = tree.Root, OutputDirectory = Path.Combine(tree.Root, "site-output"), Now = now ?? Builds.Now,
        }).Generate();
    }

    [Fact]
    public void a_complete_statement_builds_cleanly_with_its_page()
    {
        var result = Build(Base + Complete);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Files, f => f.Path == "prohlaseni-o-pristupnosti/index.html");
        Assert.Contains(result.Files, f => f.Path == "prohlaseni-o-pristupnosti/prohlaseni.json");
    }

    [Fact]
    public void a_site_without_the_section_has_no_statement_and_no_footer_link()
    {
        var result = Build(Base);
        Assert.True(result.Succeeded, Builds.Errors(result));
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("prohlaseni-o-pristupnosti", StringComparison.Ordinal));
        Assert.DoesNotContain("Prohlášení o přístupnosti", Builds.Page(result, "index.html"));
    }

    [Fact]
    public void a_missing_feedback_contact_is_an_error_at_site_yml_quoting_the_law()
    {
        var result = Build(Base + Complete.Replace("  contact:\n    email: podatelna@testov.cz\n", ""));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("content/site.yml:6:3: error: required field 'contact' is missing", error.Format().Split('\n')[0]);
        Assert.Contains("feedback mechanism", error.Hint);
        Assert.Contains("99/2019 Sb. § 8", error.Hint);
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData("  body: Město Testov\n", "body", "name of the body")]
    [InlineData("  status: plne\n", "status", "compliance status")]
    [InlineData("  prepared: 2026-01-15\n", "prepared", "date of preparation")]
    public void each_missing_required_part_is_an_error_with_what_the_law_asks(string line, string key, string quoted)
    {
        var result = Build(Base + Complete.Replace(line, ""));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.StartsWith("content/site.yml:6:3: error: required field '" + key + "' is missing", error.Format());
        Assert.Contains(quoted, error.Hint);
    }

    [Fact]
    public void a_partly_compliant_site_must_list_its_non_accessible_content()
    {
        var result = Build(Base + Complete.Replace("status: plne", "status: castecne"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.StartsWith("content/site.yml:6:3: error: the site is částečně v souladu, but the statement lists no non-accessible content", error.Format());
        Assert.Contains("Art. 7(1)(a)", error.Hint);
    }

    [Fact]
    public void the_yearly_review_warning_fires_a_year_later_at_the_review_date()
    {
        Assert.Empty(Build(Base + Complete, now: new DateTimeOffset(2027, 1, 14, 12, 0, 0, TimeSpan.FromHours(1))).Diagnostics);
        var result = Build(Base + Complete, now: new DateTimeOffset(2027, 1, 16, 12, 0, 0, TimeSpan.FromHours(1)));
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("content/site.yml:8:13: warning: the accessibility statement was last reviewed on 2026-01-15, more than 12 months ago", warning.Format().Split('\n')[0]);
        Assert.Contains("at least once a year", warning.Hint);
        // A review date moves it on.
        Assert.Empty(Build(Base + Complete + "  reviewed: 2026-12-01\n", now: new DateTimeOffset(2027, 1, 16, 12, 0, 0, TimeSpan.FromHours(1))).Diagnostics);
    }

    [Fact]
    public void a_microsites_own_statement_without_a_main_one_must_be_complete_and_is_reported_at_its_site_yml()
    {
        var result = Build(Base, conferenceSection: "accessibility:\n  status: plne\n");
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches(@"^content/conferences/[^/]+/site\.yml:\d+:3: error: the accessibility statement lacks '", e.Format()));
        Assert.Equal(["body", "contact: email", "prepared"], errors.Select(e => e.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void a_microsite_inherits_the_main_statement_and_shows_its_own_contact()
    {
        var result = Build(Base + Complete, conferenceSection: "accessibility:\n  contact: { email: konference@testov.cz }\n");
        Assert.True(result.Succeeded, Builds.Errors(result));
        // The first conference has its own contact; the other, without a section, inherits the main statement whole.
        var own = Builds.Page(result, "konference-a/prohlaseni-o-pristupnosti/prohlaseni.json");
        Assert.Contains("konference@testov.cz", own);
        Assert.Contains("Město Testov", own);
        var inherited = Builds.Page(result, "konference-b/prohlaseni-o-pristupnosti/prohlaseni.json");
        Assert.Contains("podatelna@testov.cz", inherited);
    }
    [Fact]
    public void check_with_now_a_year_later_prints_the_warning_and_still_exits_0()
    {
        using var tree = new ContentTree();
        tree.Write("content/site.yml", Base + Complete);
        var (output, errors) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, DobraPraxe.Generator.Cli.CliApp.Run(["check", "--source", tree.Root, "--now", "2027-02-01T12:00:00+01:00"], output, errors));
        Assert.Contains("content/site.yml:8:13: warning: the accessibility statement was last reviewed on 2026-01-15, more than 12 months ago", output + "\n" + errors);
        var (quiet, quietErrors) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, DobraPraxe.Generator.Cli.CliApp.Run(["check", "--source", tree.Root, "--now", "2026-11-24T12:00:00+01:00"], quiet, quietErrors));
        Assert.DoesNotContain("warning:", quiet + "\n" + quietErrors);
    }
}
