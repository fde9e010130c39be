using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Producers;

/// <summary>The events as iCalendar: all of them in one file, and one file per event.</summary>
public sealed class EventCalendarsOutput : IOutputProducer
{
    public string Name => "calendars";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.File(IcsPaths.AllEvents), OwnedPath.File(IcsPaths.Event("*"))];

    public IEnumerable<OutputFile> Files(OutputContext context) =>
        new[] { OutputFile.Text(IcsPaths.AllEvents, EventCalendars.All(context.Site, context.TextReuse)) }
            .Concat(context.Site.Events.Select(e => OutputFile.Text(IcsPaths.Event(e.Source.Slug), EventCalendars.One(e, context.Urls, context.Site.Words, context.TextReuse))));
}
