using System.Text.RegularExpressions;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Incremental;

/// <summary>
/// serve's incremental rebuild (SiteGenerator.Update) against the full build it stands in for: after each edit of one
/// practice, on a fixture site and on the bundled content, the incremental result is byte for byte the full rebuild of
/// the edited files — every path, every byte — while it renders only some of the pages again. Edits follow each other
/// on the same state, as they do under serve.
/// </summary>
public sealed class IncrementalRebuildTests
{
    private static readonly Uri Preview = new("http://127.0.0.1:8080/");

    /// <summary>One edit: its name, the file, and the change to its text.</summary>
    public sealed record Edit(string Name, string File, Func<string, string> Change)
    {
        public override string ToString() => Name;
    }

    private static string FrontMatter(string text, string key, string line) =>
        Regex.IsMatch(text, $"(?m)^{key}:") ? Regex.Replace(text, $"(?m)^{key}:.*$", line) : Regex.Replace(text, "^---\n", $"---\n{line}\n");

    private static readonly Edit[] BundledEdits =
    [
        new("title", "content/practices/koprivnice-pedibus.md", t => FrontMatter(t, "title", "title: Pedibus v Kopřivnici – nový název")),
        new("summary", "content/practices/koprivnice-pedibus.md", t => FrontMatter(t, "summary", "summary: Děti chodí do školy pěšky ve skupinách s dospělým průvodcem.")),
        new("body", "content/practices/koprivnice-pedibus.md", t => t + "\n## Nový oddíl\n\nOdstavec doplněný při úpravě, s [odkazem na Písek](pisek-komunitni-kompostovani.md).\n"),
        new("themes", "content/practices/koprivnice-pedibus.md", t => FrontMatter(t, "themes", "themes: [zdravi, kultura-a-tradice]")),
        new("tags", "content/practices/koprivnice-pedibus.md", t => FrontMatter(t, "tags", "tags: [chůze, zcela nový štítek]")),
        new("award added", "content/practices/vsetin-fair-trade-mesto.md", t => FrontMatter(t, "awards", "awards: [{ name: Cena hejtmana, year: 2024, place: 1 }]")),
        new("related", "content/practices/vsetin-fair-trade-mesto.md", t => FrontMatter(t, "related", "related: [koprivnice-pedibus]")),
        new("sdgs", "content/practices/pisek-komunitni-kompostovani.md", t => FrontMatter(t, "sdgs", "sdgs: [12, 15]")),
        new("contest", "content/practices/pisek-komunitni-kompostovani.md", t => FrontMatter(t, "nejpraxe", "nejpraxe: { year: 2023, place: 3 }")),
        // An event's title and time show in the stamps of the practices presented there, and in the lists of events.
        new("event title and time", "content/events/setkani-zdravych-kraju-2025.md", t => FrontMatter(FrontMatter(t, "title", "title: Setkání zdravých krajů 2025 v Jihlavě"),
            "start", "start: 2025-06-04T09:00:00+02:00")),
        new("event body", "content/events/setkani-zdravych-kraju-2025.md", t => t + "\nDoplněný odstavec o programu.\n"),
        new("page", "content/pages/o-projektu.md", t => FrontMatter(t, "title", "title: O projektu katalogu") + "\nDalší odstavec.\n"),
    ];

    private static readonly Edit[] ExtendedEdits =
    [
        new("title", "content/practices/znojmo-cyklostezky.md", t => FrontMatter(t, "title", "title: Cyklostezky kolem Znojma a dál")),
        new("own taxonomy", "content/practices/znojmo-cyklostezky.md", t => FrontMatter(t, "target_groups", "target_groups: [seniori]")),
        new("award added", "content/practices/jihlava-pesi-zona.md", t => FrontMatter(t, "awards", "awards: [{ name: Cena kraje, year: 2023 }]")),
        new("themes", "content/practices/jihlava-pesi-zona.md", t => FrontMatter(t, "themes", "themes: [zdravi]")),
        new("body", "content/practices/vysocina-zdravotni-plan.md", t => t + "\nDalší odstavec o plánu zdraví.\n"),
    ];

    [Fact]
    public void edits_to_the_extended_fixture_site_give_the_full_builds_bytes() =>
        EveryEditMatchesAFullBuild(TestPaths.Fixture("extended"), ExtendedEdits, drafts: true);

    [Fact]
    public void edits_to_the_bundled_content_give_the_full_builds_bytes() =>
        EveryEditMatchesAFullBuild(TestPaths.RepositoryRoot, BundledEdits, drafts: false);

    /// <summary>
    /// A site in two languages is rebuilt whole (an edit reaches its pages in both): the incremental rebuild refuses. The
    /// bundled site's edits above are made with English switched off (<see cref="Copy"/>).
    /// </summary>
    [Fact]
    public void an_edit_to_a_site_in_two_languages_is_rebuilt_whole()
    {
        using var site = new TempFolder();
        CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "content"), site.Combine("content"));
        var first = Build(site.Path, false);
        Assert.True(first.Succeeded, Builds.Errors(first));
        Assert.Contains(first.Files, f => f.Path == "en/index.html");
        Apply(site.Path, BundledEdits[0]);
        Assert.Null(Update(site.Path, false, first, BundledEdits[0].File));
    }

    [Fact]
    public void a_title_change_renders_the_entry_and_the_pages_that_show_it_not_the_whole_site()
    {
        using var site = Copy(TestPaths.RepositoryRoot);
        var first = Build(site.Path, false);
        Apply(site.Path, BundledEdits[0]);
        var update = Update(site.Path, false, first, BundledEdits[0].File);
        Assert.NotNull(update);
        Assert.True(update.Rendered < first.Pages.Count / 3, $"rendered {update.Rendered} of {first.Pages.Count}");
        Assert.Contains("Pedibus v Kopřivnici – nový název", Builds.Page(update, "praxe/koprivnice-pedibus/index.html"));
        // A page that does not show the entry is last build's, byte for byte and the same array.
        Assert.Same(first.Files.Single(f => f.Path == "akce/index.html").Content, update.Files.Single(f => f.Path == "akce/index.html").Content);
    }

    [Fact]
    public void an_edit_it_cannot_trust_is_left_to_the_full_build()
    {
        using var site = Copy(TestPaths.Fixture("extended"));
        var first = Build(site.Path, true);
        // A new date moves the entry in every list: the full build does that.
        Apply(site.Path, new("date", "content/practices/znojmo-cyklostezky.md", t => FrontMatter(t, "date", "date: 2020-01-05")));
        Assert.Null(Update(site.Path, true, first, "content/practices/znojmo-cyklostezky.md"));
        // An error is the full build's to report, with every other problem.
        Apply(site.Path, new("bad member", "content/practices/jihlava-pesi-zona.md", t => FrontMatter(t, "member", "member: nikdo")));
        Assert.Null(Update(site.Path, true, first, "content/practices/jihlava-pesi-zona.md"));
        Assert.Null(new SiteGenerator(Options(site.Path, true)).Update(first.State!, Files(first), "content/site.yml"));
    }

    /// <summary>
    /// With more entries in a theme than any entry's related list looks at, the themes of an entry that no list looks at
    /// change only that entry's related list (the model keeps the others' entries): the result is still the full build's.
    /// </summary>
    [Fact]
    public void a_new_theme_for_an_entry_no_related_list_looks_at_gives_the_full_builds_bytes()
    {
        using var site = Copy(TestPaths.RepositoryRoot);
        var template = File.ReadAllText(site.Combine("content/practices/koprivnice-pedibus.md")).ReplaceLineEndings("\n");
        // Older than every bundled entry, so each of the 90 comes after the bundled ones and after those newer than itself.
        for (var i = 0; i < 90; i++)
            File.WriteAllText(site.Combine($"content/practices/kopie-{i:D3}.md"), FrontMatter(FrontMatter(FrontMatter(template,
                "date", $"date: 2015-{1 + i / 28:D2}-{1 + i % 28:D2}"), "nejpraxe", ""), "related", ""));
        EveryEditMatchesAFullBuild(site.Path, [new("themes of the oldest", "content/practices/kopie-000.md", t => FrontMatter(t, "themes", "themes: [zdravi]"))], drafts: false, copy: false);
    }

    [Fact]
    public void an_edit_that_takes_away_what_another_page_links_to_is_left_to_the_full_build()
    {
        using var site = Copy(TestPaths.RepositoryRoot);
        var state = Build(site.Path, false);
        const string target = "content/practices/koprivnice-pedibus.md", linking = "content/practices/pisek-komunitni-kompostovani.md";
        // A new heading, then a link to it from another entry: both rebuilt incrementally (the new link is checked).
        foreach (var edit in new Edit[]
                 {
                     new("heading", target, t => t + "\n## Kotva pro odkaz\n\nText oddílu.\n"),
                     new("link", linking, t => t + "\nViz [oddíl o pedibusu](koprivnice-pedibus.md#kotva-pro-odkaz).\n"),
                 })
        {
            Apply(site.Path, edit);
            state = Update(site.Path, false, state, edit.File) ?? throw new InvalidOperationException($"{edit}: refused");
        }
        // The heading goes: the other entry's link is broken, which only checking every page finds.
        Apply(site.Path, new("no heading", target, t => t.Replace("\n## Kotva pro odkaz\n\nText oddílu.\n", "\n")));
        Assert.Null(Update(site.Path, false, state, target));
        var full = Build(site.Path, false);
        Assert.Contains(full.Diagnostics, d => d.Location.Path == linking && d.Message.Contains("kotva-pro-odkaz", StringComparison.Ordinal));
    }

    private static void EveryEditMatchesAFullBuild(string source, Edit[] edits, bool drafts, bool copy = true)
    {
        using var site = copy ? Copy(source) : null;
        var root = site?.Path ?? source;
        var state = Build(root, drafts);
        Assert.True(state.Succeeded, Builds.Errors(state));
        foreach (var edit in edits)
        {
            Apply(root, edit);
            var incremental = Update(root, drafts, state, edit.File);
            Assert.True(incremental is not null, $"{edit}: the incremental rebuild refused the edit");
            var full = Build(root, drafts);
            Assert.True(full.Succeeded, $"{edit}: {Builds.Errors(full)}");
            SameFiles(full, incremental, edit.Name);
            Assert.True(incremental.Rendered < full.Pages.Count, $"{edit}: rendered {incremental.Rendered} of {full.Pages.Count}");
            Assert.Equal(full.Diagnostics.Select(d => d.Format()), incremental.Diagnostics.Select(d => d.Format()));
            state = incremental;
        }
    }

    private static void SameFiles(BuildResult full, BuildResult incremental, string edit)
    {
        Assert.Equal(full.Files.Select(f => f.Path), incremental.Files.Select(f => f.Path));
        foreach (var (expected, actual) in full.Files.Zip(incremental.Files))
        {
            if (expected.Content is null) Assert.Equal(expected.CopyFrom, actual.CopyFrom);
            else Assert.True(actual.Content is not null && expected.Content.AsSpan().SequenceEqual(actual.Content),
                $"{edit}: {expected.Path} differs from the full build's\n--- full\n{Text(expected)}\n--- incremental\n{Text(actual)}");
        }
    }

    private static string Text(OutputFile file) => file.Content is null ? "" : System.Text.Encoding.UTF8.GetString(file.Content);

    private static TempFolder Copy(string source)
    {
        var site = new TempFolder();
        foreach (var folder in new[] { "content", "themes" }.Where(f => Directory.Exists(Path.Combine(source, f))))
            CopyFolder(Path.Combine(source, folder), site.Combine(folder));
        OneLanguage(site.Combine("content", "site.yml"));
        return site;
    }

    /// <summary>The site in its default language only (serve rebuilds a site in two languages whole).</summary>
    private static void OneLanguage(string siteYml)
    {
        var text = File.ReadAllText(siteYml).ReplaceLineEndings("\n");
        var at = text.IndexOf("\nlanguages: [cs, en]", StringComparison.Ordinal);
        if (at < 0) return;
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith("languages: [cs, en]", StringComparison.Ordinal));
        lines[start] = "language: cs";
        var en = lines.FindIndex(l => l == "en:");
        if (en >= 0)
        {
            var end = en + 1;
            while (end < lines.Count && lines[end].StartsWith("  ", StringComparison.Ordinal)) end++;
            lines.RemoveRange(en, end - en);
        }
        File.WriteAllText(siteYml, string.Join('\n', lines));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Apply(string root, Edit edit)
    {
        var path = Path.Combine(root, edit.File);
        File.WriteAllText(path, edit.Change(File.ReadAllText(path).ReplaceLineEndings("\n")));
    }

    // As serve builds: in memory, for the preview's address, keeping what an update needs.
    private static BuildOptions Options(string root, bool drafts) => new()
    {
        SourceDirectory = root, OutputDirectory = Path.Combine(root, "site-output"), Now = Builds.Now, IncludeDrafts = drafts,
        PreviewRoot = Preview, KeepForUpdates = true, Editor = Generator.Editing.EditorMode.Local,
        ImageCacheDirectory = Path.Combine(TestPaths.RepositoryRoot, ".image-cache"),
    };

    private static BuildResult Build(string root, bool drafts) => new SiteGenerator(Options(root, drafts)).Generate(new MemorySink());

    private static BuildResult? Update(string root, bool drafts, BuildResult last, string path) =>
        new SiteGenerator(Options(root, drafts)).Update(last.State!, Files(last), path);

    private static Dictionary<string, OutputFile> Files(BuildResult result) => result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
}
