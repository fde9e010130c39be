using System.Text.Json;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Ci;

/// <summary>The GitHub Actions workflows are schema-valid, and their problem matcher reads our diagnostics.</summary>
public class WorkflowTests
{
    private static readonly string Workflows = Path.Combine(TestPaths.RepositoryRoot, ".github", "workflows");

    public static TheoryData<string> WorkflowFiles() => [.. Directory.GetFiles(Workflows, "*.yml").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void every_workflow_is_schema_valid(string file)
    {
        var validator = NodeTools.Require(Path.Combine(".bin", "action-validator"));
        var (exitCode, output) = NodeTools.Run(validator, Path.Combine(Workflows, file));
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void the_validator_rejects_a_broken_workflow()
    {
        var validator = NodeTools.Require(Path.Combine(".bin", "action-validator"));
        using var folder = new TempFolder();
        var broken = folder.Write("broken.yml", "name: x\non: [push]\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    stepz:\n      - run: echo\n");
        Assert.NotEqual(0, NodeTools.Run(validator, broken).ExitCode);
    }

    [Fact]
    public void the_workflows_pin_every_action_to_a_full_version()
    {
        foreach (var file in Directory.GetFiles(Workflows, "*.yml"))
            foreach (Match use in Regex.Matches(File.ReadAllText(file), @"uses: (\S+)"))
                Assert.Matches(@"@v\d+\.\d+\.\d+$", use.Groups[1].Value);
    }

    [Fact]
    public void pull_requests_are_checked_for_lost_addresses_against_their_base_with_its_history_fetched()
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Workflows, "check.yml"))));
        var steps = (YamlDotNet.RepresentationModel.YamlSequenceNode)yaml.Documents[0].RootNode["jobs"]["check"]["steps"];
        var checkout = steps.Children.Single(s => s is YamlDotNet.RepresentationModel.YamlMappingNode m && m.Children.TryGetValue("uses", out var u) && u.ToString().StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Equal("0", checkout["with"]["fetch-depth"].ToString());
        var check = steps.Children.Single(s => s is YamlDotNet.RepresentationModel.YamlMappingNode m && m.Children.TryGetValue("name", out var n) && n.ToString() == "Check the content");
        Assert.Equal("${{ github.event.pull_request.base.sha }}", check["env"]["BASE_SHA"].ToString());
        Assert.Equal("dotnet run --project generator -- check ${BASE_SHA:+--since \"$BASE_SHA\"}", check["run"].ToString());
    }

    [Fact]
    public void the_problem_matcher_captures_file_line_column_severity_and_message_from_real_diagnostics()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, ".github", "dobrapraxe-problem-matcher.json")));
        var pattern = json.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0];
        var regex = new Regex(pattern.GetProperty("regexp").GetString()!);
        int Group(string name) => pattern.GetProperty(name).GetInt32();

        var result = Builds.Generate(TestPaths.Fixture("invalid"));
        Assert.NotEmpty(result.Diagnostics);
        foreach (var diagnostic in result.Diagnostics)
        {
            var lines = diagnostic.Format().Split('\n');
            var match = regex.Match(lines[0]);
            Assert.True(match.Success, lines[0]);
            Assert.Equal(diagnostic.Location.Path, match.Groups[Group("file")].Value);
            Assert.Equal(diagnostic.Location.Line.ToString(), match.Groups[Group("line")].Value);
            Assert.Equal(diagnostic.Location.Column.ToString(), match.Groups[Group("column")].Value);
            Assert.Equal(diagnostic.IsError ? "error" : "warning", match.Groups[Group("severity")].Value);
            Assert.Equal(diagnostic.Message, match.Groups[Group("message")].Value);
            // The hint line must not look like a second problem.
            Assert.All(lines.Skip(1), hint => Assert.DoesNotMatch(regex, hint));
        }
    }
}
