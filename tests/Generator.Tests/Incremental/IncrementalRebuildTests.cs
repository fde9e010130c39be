using System.Text.RegularExpressions;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Incremental;

/// <summary>
/// serve's incremental rebuild (SiteGenerator.Update) against the full build it stands in for: after each edit of one
/// entry or translation, on fixture sites and on the bundled content (in Czech only, and with English on), the incremental
/// result is byte for byte the full rebuild of the edited files — every path, every byte — while it renders only some of
/// the pages again. Edits follow each other on the same state, as they do under serve.
/// </summary>
public sealed class IncrementalRebuildTests
{
    private static readonly Uri Preview = new("http://127.0.0.1:8080/");

    /// <summary>One edit: its name, the file, and the change to its text.</summary>
    /// <param name="EveryPage">Whether every page of a language shows what it changes (the menu), so all of them are rendered again.</param>
    public sealed record Edit(string Name, string File, Func<string, string> Change, bool EveryPage = false)
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
        // English is off here: the translation is read and checked against its original, and published nowhere.
        new("translation", "content/practices/koprivnice-pedibus.en.md", t => FrontMatter(t, "title", "title: The walking bus of Kopřivnice")),
    ];

    private static readonly Edit[] ExtendedEdits =
    [
        new("title", "content/practices/znojmo-cyklostezky.md", t => FrontMatter(t, "title", "title: Cyklostezky kolem Znojma a dál")),
        new("own taxonomy", "content/practices/znojmo-cyklostezky.md", t => FrontMatter(t, "target_groups", "target_groups: [seniori]")),
        new("award added", "content/practices/jihlava-pesi-zona.md", t => FrontMatter(t, "awards", "awards: [{ name: Cena kraje, year: 2023 }]")),
        new("themes", "content/practices/jihlava-pesi-zona.md", t => FrontMatter(t, "themes", "themes: [zdravi]")),
        new("body", "content/practices/vysocina-zdravotni-plan.md", t => t + "\nDalší odstavec o plánu zdraví.\n"),
    ];

    /// <summary>
    /// The bundled site with English on: edits of the Czech entries (each shows on the English site too: a translated one on
    /// its English page, an untranslated one in the English lists by its Czech or 'en:' title), of the short 'en:' titles, and
    /// of the translations (<c>x.en.md</c>), each rebuilt in both languages.
    /// </summary>
    private static readonly Edit[] BundledEnglishEdits =
    [
        new("title of a translated practice", "content/practices/koprivnice-pedibus.md", t => FrontMatter(t, "title", "title: Pedibus v Kopřivnici – nový název")),
        new("title of an untranslated practice", "content/practices/praha-12-revitalizace-namesti.md", t => FrontMatter(t, "title", "title: Nové centrum Modřan")),
        new("summary", "content/practices/praha-12-revitalizace-namesti.md", t => FrontMatter(t, "summary", "summary: Prostranství mezi paneláky navrhli obyvatelé s architekty.")),
        new("en: added", "content/practices/praha-12-revitalizace-namesti.md", t => FrontMatter(t, "en", "en: { title: A new centre for Modřany, summary: Residents designed the square with the architects. }")),
        new("en: title", "content/practices/vsetin-fair-trade-mesto.md", t => FrontMatter(t, "en", "en: { title: Vsetín – a Fairtrade town since 2015 }")),
        new("body of a translated practice", "content/practices/koprivnice-pedibus.md", t => t + "\n## Nový oddíl\n\nOdstavec doplněný při úpravě.\n"),
        new("themes", "content/practices/koprivnice-pedibus.md", t => FrontMatter(t, "themes", "themes: [zdravi, kultura-a-tradice]")),
        new("translation title", "content/practices/koprivnice-pedibus.en.md", t => FrontMatter(t, "title", "title: The walking bus of Kopřivnice")),
        new("translation summary", "content/practices/kromeriz-cyklostezky.en.md", t => FrontMatter(t, "summary", "summary: Safe cycle paths now link the town with its villages.")),
        new("translation body", "content/practices/koprivnice-pedibus.en.md", t => t + "\n## Another section\n\nSee also [composting in Písek](pisek-komunitni-kompostovani.md) and [Vsetín](vsetin-fair-trade-mesto.md).\n"),
        // An event's English title shows in the stamps of the practices presented there, on the English site.
        new("event translation title", "content/events/skola-zdravych-mest-podzim-2024.en.md", t => FrontMatter(t, "title", "title: School of Healthy Cities in Chrudim, autumn 2024")),
        new("event title", "content/events/skola-zdravych-mest-podzim-2024.md", t => FrontMatter(t, "title", "title: Škola Zdravých měst v Chrudimi – podzim 2024")),
        // A page in the menu: the English menu names it by its 'en:' title.
        new("page en: title", "content/pages/o-projektu.md", t => FrontMatter(t, "en", "en: { title: About the catalogue }"), EveryPage: true),
        new("page", "content/pages/o-projektu.md", t => FrontMatter(t, "title", "title: O projektu katalogu") + "\nDalší odstavec.\n"),
    ];

    private static readonly Edit[] EnglishEdits =
    [
        new("translation title", "content/practices/znojmo-cyklostezky.en.md", t => FrontMatter(t, "title", "title: Cycle paths around Znojmo and beyond")),
        new("translation alt text", "content/practices/znojmo-cyklostezky.en.md", t => t.Replace("alt: A map of the cycle paths", "alt: A map of every cycle path", StringComparison.Ordinal)),
        new("translation's own field", "content/practices/znojmo-cyklostezky.en.md", t => FrontMatter(t, "motto", "motto: Safe on two wheels")),
        new("translation body", "content/practices/znojmo-cyklostezky.en.md", t => t + "\nA new paragraph.\n"),
        new("original's own field", "content/practices/znojmo-cyklostezky.md", t => FrontMatter(t, "budget", "budget: 1300000")),
        new("en: title", "content/practices/jihlava-pesi-zona.md", t => FrontMatter(t, "en", "en: { title: Jihlava's pedestrian zone, summary: The town centre belongs to pedestrians. }")),
        new("event translation", "content/events/forum-2021.en.md", t => FrontMatter(t, "summary", "summary: An online forum with a recording.")),
        new("page translation title", "content/pages/o-nas.en.md", t => FrontMatter(t, "title", "title: Who we are"), EveryPage: true),
    ];

    [Fact]
    public void edits_to_the_bundled_content_in_two_languages_give_the_full_builds_bytes_in_both() =>
        EveryEditMatchesAFullBuild(TestPaths.RepositoryRoot, BundledEnglishEdits, drafts: false, english: true, most: 0.1);

    [Fact]
    public void edits_to_the_english_fixture_site_give_the_full_builds_bytes_in_both_languages() =>
        EveryEditMatchesAFullBuild(TestPaths.Fixture("english"), EnglishEdits, drafts: true, english: true, most: 0.3);

    [Fact]
    public void edits_to_the_extended_fixture_site_give_the_full_builds_bytes() =>
        EveryEditMatchesAFullBuild(TestPaths.Fixture("extended"), ExtendedEdits, drafts: true);

    [Fact]
    public void edits_to_the_bundled_content_give_the_full_builds_bytes() =>
        EveryEditMatchesAFullBuild(TestPaths.RepositoryRoot, BundledEdits, drafts: false);

    /// <summary>
    /// A translation added or removed changes which pages the languages pair (the switcher, the alternates, the English
    /// lists' links): the full build does that.
    /// </summary>
    [Fact]
    public void a_new_or_removed_translation_is_left_to_the_full_build()
    {
        using var site = Copy(TestPaths.RepositoryRoot, english: true);
        var first = Build(site.Path, false);
        Assert.True(first.Succeeded, Builds.Errors(first));
        Assert.Contains(first.Files, f => f.Path == "en/index.html");
        const string added = "content/practices/vsetin-fair-trade-mesto.en.md";
        File.WriteAllText(site.Combine(added), "---\ntitle: Vsetín, a Fairtrade town\nsummary: The town hall, schools, shops and cafés made Vsetín a Fairtrade town.\n---\n\nText.\n");
        Assert.Null(Update(site.Path, false, first, added));
        File.Delete(site.Combine(added));
        const string removed = "content/practices/koprivnice-pedibus.en.md";
        File.Delete(site.Combine(removed));
        Assert.Null(Update(site.Path, false, first, removed));
    }

    /// <summary>
    /// A translation is read against its original: one edited to set an inherited field differently, and an original edited
    /// so that what its translation repeats no longer holds, are errors the incremental rebuild reports (as the full build
    /// would, at the translation's line) instead of rebuilding.
    /// </summary>
    [Fact]
    public void a_translation_that_no_longer_matches_its_original_is_reported_not_rebuilt()
    {
        using var site = Copy(TestPaths.Fixture("english"), english: true);
        var first = Build(site.Path, true);
        Assert.True(first.Succeeded, Builds.Errors(first));
        const string translation = "content/practices/znojmo-cyklostezky.en.md", original = "content/practices/znojmo-cyklostezky.md";

        Apply(site.Path, new("member", translation, t => FrontMatter(t, "member", "member: jihlava")));
        var generator = new SiteGenerator(Options(site.Path, true));
        Assert.Null(generator.Update(first.State!, Files(first), translation));
        var error = Assert.Single(generator.Errors);
        Assert.Equal(translation, error.Location.Path);
        Assert.Contains("'member' is not translated", error.Message, StringComparison.Ordinal);
        Apply(site.Path, new("member back", translation, t => FrontMatter(t, "member", "member: znojmo")));

        // The translation writes 'year: 2015' as its original did; the original now says 2016.
        Apply(site.Path, new("year", original, t => FrontMatter(t, "year", "year: 2016")));
        generator = new SiteGenerator(Options(site.Path, true));
        Assert.Null(generator.Update(first.State!, Files(first), original));
        error = Assert.Single(generator.Errors);
        Assert.Equal(translation, error.Location.Path);
        Assert.Contains("'year' is not translated", error.Message, StringComparison.Ordinal);
        Assert.Equal(Build(site.Path, true).Diagnostics.Where(d => d.IsError).Select(d => d.Format()), generator.Errors.Select(d => d.Format()));
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

    /// <param name="most">The share of the pages an edit may render again (at most), unless every page shows it.</param>
    private static void EveryEditMatchesAFullBuild(string source, Edit[] edits, bool drafts, bool copy = true, bool english = false, double most = 1)
    {
        using var site = copy ? Copy(source, english) : null;
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
            if (!edit.EveryPage) Assert.True(incremental.Rendered <= full.Pages.Count * most, $"{edit}: rendered {incremental.Rendered} of {full.Pages.Count}");
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

    /// <param name="english">Keep the site's English; without it the copy is in its default language only.</param>
    private static TempFolder Copy(string source, bool english = false)
    {
        var site = new TempFolder();
        foreach (var folder in new[] { "content", "themes" }.Where(f => Directory.Exists(Path.Combine(source, f))))
            CopyFolder(Path.Combine(source, folder), site.Combine(folder));
        if (!english) OneLanguage(site.Combine("content", "site.yml"));
        return site;
    }

    /// <summary>The site in its default language only: the rebuild of a one-language site stays tested (the translations are still read and checked).</summary>
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
