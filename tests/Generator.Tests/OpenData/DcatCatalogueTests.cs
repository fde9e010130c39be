using System.Text.Json;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.OpenData;

/// <summary>
/// /data/katalog.jsonld read by a real JSON-LD processor (jsonld.js, pinned in package.json) under the context of the
/// Czech standard NKOD harvests local catalogues with (a local copy of it: the tests use no network): one dcat:Catalog,
/// a dcat:Dataset per table, and distributions whose download URLs and schemas exist in the output.
/// </summary>
public class DcatCatalogueTests
{
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dct = "http://purl.org/dc/terms/";
    private const string Pu = "https://data.gov.cz/slovník/podmínky-užití/";
    private const string Base = "https://www.dobrapraxe.cz/";

    private static readonly Lazy<(BuildResult Build, Dictionary<string, JsonElement> Nodes, string NQuads)> Graph = new(Read);

    private static (BuildResult, Dictionary<string, JsonElement>, string) Read()
    {
        var result = Builds.Generate(TestPaths.RepositoryRoot);
        Assert.True(result.Succeeded, Builds.Errors(result));
        using var folder = new TempFolder();
        var file = folder.Write("katalog.jsonld", Builds.Page(result, "data/katalog.jsonld"));
        var here = Path.Combine(TestPaths.RepositoryRoot, "tests", "Generator.Tests", "OpenData");
        var output = Search.Node.Run(Path.Combine(here, "jsonld-catalogue.js"), file, Path.Combine(here, "rozhrani-katalogu-otevrenych-dat-2021-01-11.jsonld"));
        var root = JsonDocument.Parse(output).RootElement.Clone();
        var nodes = root.GetProperty("graph").EnumerateArray().ToDictionary(n => n.GetProperty("@id").GetString()!);
        return (result, nodes, root.GetProperty("nquads").GetString()!);
    }

    private static IEnumerable<JsonElement> OfType(string type) =>
        Graph.Value.Nodes.Values.Where(n => n.TryGetProperty("@type", out var t) && t.EnumerateArray().Any(x => x.GetString() == type));

    private static IEnumerable<JsonElement> Values(JsonElement node, string property) =>
        node.TryGetProperty(property, out var values) ? values.EnumerateArray() : [];

    private static IEnumerable<string> Ids(JsonElement node, string property) => Values(node, property).Select(v => v.GetProperty("@id").GetString()!);

    private static JsonElement Node(string id) => Graph.Value.Nodes[id];

    /// <summary>The output file an absolute URL of the main site names.</summary>
    private static bool Exists(string url) =>
        url.StartsWith(Base, StringComparison.Ordinal) && Graph.Value.Build.Files.Any(f => f.Path == url[Base.Length..]);

    [Fact]
    public void the_catalogue_is_one_dcat_catalog_with_a_dataset_per_table()
    {
        var catalogue = Assert.Single(OfType(Dcat + "Catalog"));
        Assert.Equal(Base + "data/katalog.jsonld", catalogue.GetProperty("@id").GetString());
        Assert.Equal([Base + "data/katalog.jsonld#akce", Base + "data/katalog.jsonld#praxe", Base + "data/katalog.jsonld#video"], Ids(catalogue, Dcat + "dataset").Order(StringComparer.Ordinal));
        Assert.Equal(3, OfType(Dcat + "Dataset").Count());
        // The bundled site has English: the catalogue's title and description in both (the English in the English site's title).
        foreach (var property in new[] { Dct + "title", Dct + "description" })
            Assert.Equal(["cs", "en"], Values(catalogue, property).Select(v => v.GetProperty("@language").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains(Values(catalogue, Dct + "title"), v => v.GetProperty("@language").GetString() == "en" && v.GetProperty("@value").GetString() == "Open data: Good Practice of Healthy Cities");
        Assert.Equal(["mailto:info@zdravamesta.cz"], Ids(Node(Ids(catalogue, Dcat + "contactPoint").Single()), "http://www.w3.org/2006/vcard/ns#hasEmail"));
        Assert.Contains("<http://www.w3.org/ns/dcat#dataset>", Graph.Value.NQuads);
    }

    [Theory]
    [InlineData("praxe")]
    [InlineData("akce")]
    public void each_dataset_has_what_dcat_ap_cz_asks_for(string table)
    {
        var dataset = Node($"{Base}data/katalog.jsonld#{table}");
        foreach (var property in new[] { Dct + "title", Dct + "description" })
            Assert.Equal(["cs", "en"], Values(dataset, property).Select(v => v.GetProperty("@language").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal([Base], Ids(dataset, Dct + "publisher"));
        Assert.Single(Ids(dataset, Dcat + "contactPoint"));
        Assert.Contains(Values(dataset, Dcat + "keyword"), k => k.GetProperty("@language").GetString() == "cs" && k.GetProperty("@value").GetString() == "Zdraví");
        Assert.Contains(Values(dataset, Dcat + "keyword"), k => k.GetProperty("@language").GetString() == "en" && k.GetProperty("@value").GetString() == "Health");
        Assert.All(Ids(dataset, Dcat + "theme"), t => Assert.StartsWith("http://publications.europa.eu/resource/authority/data-theme/", t));
        Assert.NotEmpty(Ids(dataset, Dcat + "theme"));
        Assert.Equal(["http://publications.europa.eu/resource/authority/frequency/IRREG"], Ids(dataset, Dct + "accrualPeriodicity"));
        Assert.Contains("https://linked.cuzk.cz/resource/ruian/stat/1", Ids(dataset, Dct + "spatial"));
        Assert.Contains("http://publications.europa.eu/resource/authority/country/CZE", Ids(dataset, Dct + "spatial"));
        var period = Node(Ids(dataset, Dct + "temporal").Single());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", Values(period, Dcat + "startDate").Single().GetProperty("@value").GetString());
        Assert.All(Ids(dataset, Dct + "conformsTo"), s => Assert.True(Exists(s), s));
    }

    [Theory]
    [InlineData("praxe")]
    [InlineData("akce")]
    public void every_distribution_names_a_file_the_build_wrote_with_its_media_type_format_schema_and_terms_of_use(string table)
    {
        var distributions = Ids(Node($"{Base}data/katalog.jsonld#{table}"), Dcat + "distribution").Select(Node).ToList();
        Assert.Equal(2, distributions.Count);
        var formats = new List<string>();
        foreach (var distribution in distributions)
        {
            Assert.Contains(Dcat + "Distribution", distribution.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
            var download = Ids(distribution, Dcat + "downloadURL").Single();
            Assert.True(Exists(download), download);
            Assert.Equal([download], Ids(distribution, Dcat + "accessURL"));
            var media = Ids(distribution, Dcat + "mediaType").Single();
            Assert.Equal(download.EndsWith(".csv", StringComparison.Ordinal) ? "http://www.iana.org/assignments/media-types/text/csv" : "http://www.iana.org/assignments/media-types/application/json", media);
            formats.Add(Ids(distribution, Dct + "format").Single());
            var schema = Ids(distribution, Dct + "conformsTo").Single();
            Assert.True(Exists(schema), schema);
            var terms = Node(Ids(distribution, Pu + "specifikace").Single());
            Assert.Equal(["https://creativecommons.org/licenses/by/4.0/"], Ids(terms, Pu + "autorské-dílo"));
            Assert.Equal(["https://data.gov.cz/podmínky-užití/neobsahuje-osobní-údaje/"], Ids(terms, Pu + "osobní-údaje"));
            Assert.Single(Ids(terms, Pu + "databáze-jako-autorské-dílo"));
            Assert.Single(Ids(terms, Pu + "databáze-chráněná-zvláštními-právy"));
        }
        Assert.Equal(["http://publications.europa.eu/resource/authority/file-type/CSV", "http://publications.europa.eu/resource/authority/file-type/JSON"], formats.Order(StringComparer.Ordinal));
    }
}
