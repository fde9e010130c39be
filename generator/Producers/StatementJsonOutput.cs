using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Producers;

/// <summary>The accessibility statement's machine-readable twin, beside its page, on every site that has a statement.</summary>
public sealed class StatementJsonOutput : IOutputProducer
{
    public string Name => "statement";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) =>
        (plan.Conference is { } conference ? AccessibilityStatements.For(conference, plan.Content.Site) : plan.Content.Site.Accessibility) is null
            ? [] : [OwnedPath.File(Routes.AccessibilityJson(plan.WrittenIn))];

    public IEnumerable<OutputFile> Files(OutputContext context) =>
        context.Statement is { } statement ? [OutputFile.Text(Routes.AccessibilityJson(context.Plan.WrittenIn), AccessibilityStatementJson.Build(statement))] : [];
}
