using DobraPraxe.Generator.OpenData;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Producers;

/// <summary>/data/ when site.yml has 'open_data:': each table as CSV (+ CSVW), JSON (+ its schema), and the DCAT-AP-CZ catalogue.</summary>
public sealed class OpenDataOutput : IOutputProducer
{
    public string Name => "open-data";

    // The files, not the folder: the /data/ page lives in it too.
    public IEnumerable<OwnedPath> Paths(OutputPlan plan) =>
        plan.Content.Site.OpenData is null ? []
            : [OwnedPath.File(Routes.OpenData + "*.csv"), OwnedPath.File(Routes.OpenData + "*.json"), OwnedPath.File(DcatCatalogWriter.Path)];

    // A site with English names its catalogue in English too (DCAT's @en beside @cs), in the English site's title and words.
    public IEnumerable<OutputFile> Files(OutputContext context) =>
        OpenDataFiles.Build(context.Site, context.OpenDataTables, OpenDataFiles.EnglishOf(context.Site.Config, context.Theme.WordsFor));
}
