using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Planning;

/// <summary>What an item's page says about itself beyond its text: its picture for Open Graph, and the frame origin its video's player needs.</summary>
public static class ItemPageMeta
{
    public static RenderJob With(RenderJob job, ItemEntry item)
    {
        var meta = job.Meta! with
        {
            Image = item.LeadPhoto?.Set.OpenGraph,
            FrameSources = item.Video?.FrameOrigin is { } origin ? [origin] : [],
        };
        return job with { Variables = job.Variables.SetItem("page", meta) };
    }
}
