using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Producers;

/// <summary>content/media/ as published: each photo's variants, every other file as it is (made by the image stage).</summary>
public sealed class MediaOutput : IOutputProducer
{
    /// <summary>Published at the path it has under content/.</summary>
    public const string Folder = "media/";

    public string Name => "media";

    public IEnumerable<OwnedPath> Paths(OutputPlan plan) => [OwnedPath.Folder(Folder)];

    public IEnumerable<OutputFile> Files(OutputContext context) => context.Site.Images.Files;
}
