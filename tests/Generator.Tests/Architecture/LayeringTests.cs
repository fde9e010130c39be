using NetArchTest.Rules;

namespace DobraPraxe.Generator.Tests.Architecture;

/// <summary>
/// The folders of generator/ in layers, lowest first: a folder may use the ones before it, never one after it,
/// so no two folders depend on each other and the bottom helpers stay free of the stages.
/// </summary>
public class LayeringTests
{
    private const string Root = "DobraPraxe.Generator";

    public static readonly string[] Layers =
    [
        "Shared",            // slugs, text folding, URLs, Czech sort order and time zone, iCalendar writing
        "Diagnostics",
        "Output",
        "Schema",            // the declaration of every field and taxonomy
        "Model",
        "Loading",
        "FrontMatter",
        "Localization",      // the site's words: the theme's catalogue per language, plural rules, dates and numbers
        "Imaging",           // media checks and the photo variants (NetVips), the cache, <picture> markup
        "MarkdownRendering",
        "Site",              // the site as the templates see it: resolved entries, taxonomies, routes, the publication rule
        "Validation",        // checks across files: references, slugs and paths, conference programmes
        "Planning",          // every page to render: layout, address, crumbs and view; the accessibility statement
        "Formats",           // the files beside the pages as text: Atom, iCalendar, sitemap, headers, stylesheets
        "OpenData",          // the catalogue as open data: CSV, JSON, DCAT-AP-CZ
        "Templating",
        "PostProcessing",
        "Search",
        "Incremental",       // serve's rebuild of only what an edit reaches: the kept state as one object (RebuildState), the place rule, page reads, model comparison, reused files
        "Spelling",          // Czech spelling warnings through cspell
        "ExternalLinks",     // check --external: outside links asked over HTTP, politely, with a cache
        "Editing",           // the web editor's /admin/ and its config, from the schema
        "Scaffolding",
        "Moving",            // `move`: an entry renamed, every reference to it rewritten, its old address kept as an alias
        "Producers",         // the files beside the pages (feeds, sitemap, search …): one registered type each, declaring the paths it owns
        "Pipeline",
        "History",           // `check --since`: the site at a git commit built again, its addresses looked for among what is published now
        "Serve",
        "Cli",
    ];

    private static readonly System.Reflection.Assembly Generator = typeof(DobraPraxe.Generator.Pipeline.SiteGenerator).Assembly;

    public static TheoryData<string> Folders => new(Layers);

    [Theory]
    [MemberData(nameof(Folders))]
    public void a_folder_uses_no_folder_above_it(string folder)
    {
        var above = Layers.SkipWhile(l => l != folder).Skip(1).Select(l => $"{Root}.{l}").ToArray();
        if (above.Length == 0) return;
        var result = Types.InAssembly(Generator).That().ResideInNamespace($"{Root}.{folder}").ShouldNot().HaveDependencyOnAny(above).GetResult();
        Assert.True(result.IsSuccessful, $"{folder} uses a higher folder in: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void every_folder_of_the_generator_has_its_place_in_the_layers()
    {
        var folders = Generator.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(n => n[(Root.Length + 1)..].Split('.')[0]).Distinct().Order();
        Assert.Equal(Layers.Order(), folders);
    }
}
