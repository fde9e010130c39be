using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Planning;

namespace DobraPraxe.Generator.Producers;

/// <summary>A microsite's program.ics: every session of its program, when it has one.</summary>
public sealed class ProgramCalendarOutput : IOutputProducer
{
    public string Name => "program";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => plan.Conference!.Days.IsEmpty ? [] : [OwnedPath.File(ConferencePlanner.CalendarPath)];

    public IEnumerable<OutputFile> Files(OutputContext context) =>
        context.Plan.Conference!.Days.IsEmpty ? [] : [OutputFile.Text(ConferencePlanner.CalendarPath, context.Microsite!.Calendar())];
}
