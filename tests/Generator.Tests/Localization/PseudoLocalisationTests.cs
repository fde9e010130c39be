using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Pipeline;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Localization;

/// <summary>
/// The bundled site built with a theme whose Czech words are all markers (⟦key⟧): every page type, the search page's
/// messages and the scripts then show no Czech word that is not the site's content — so every word of the chrome
/// comes from the catalogue, and a second language is a second catalogue.
/// </summary>
public partial class PseudoLocalisationTests
{
    private static readonly Lazy<BuildResult> Pseudo = new(() =>
    {
        using var folder = new TempFolder();
        Copy(Path.Combine(TestPaths.RepositoryRoot, "content"), Path.Combine(folder.Path, "content"));
        // The bundled site is in Czech and English: the English catalogue's markers name their language, so an English page
        // shows that each of its words is English (a Czech one, untagged, is Czech chrome on an English page).
        PseudoTheme.Write(folder.Path, LanguageRules.Czech);
        PseudoTheme.Write(folder.Path, LanguageRules.English, tagged: true);
        return new SiteGenerator(new BuildOptions
        {
            SourceDirectory = folder.Path, OutputDirectory = Path.Combine(folder.Path, "site-output"), Now = Builds.Now,
            ImageCacheDirectory = Path.Combine(TestPaths.RepositoryRoot, ".image-cache"),
        }).Generate(new MemorySink());
    });

    // Words a Czech chrome had without diacritics, beside every word with them.
    private static readonly HashSet<string> ChromeWords =
    [
        "Hledat", "Katalog", "katalog", "strana", "Strana", "Akce", "akce", "Program", "Online", "online", "Kdo", "Kde", "Kdy", "Kraj",
        "Typ", "Web", "Filtry", "Registrace", "Kapacita", "Kontakt", "praxe", "roku", "Koncept", "Vytisknout", "Stav", "Metoda", "Adresa",
        "Telefon", "Nalezeno", "Sloupce", "nebo", "Partneri", "Dalsi", "Nyni", "Postup",
    ];

    [GeneratedRegex(@"[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")]
    private static partial Regex CzechLetter();

    // A marker, optionally tagged with its language (⟦en:search.title⟧, PseudoTheme.Marker(key, language)).
    [GeneratedRegex(@"⟦(?:[a-z]{2,3}:)?[a-z0-9_.\-]+⟧")]
    private static partial Regex Marker();

    [GeneratedRegex(@"https?://\S+|\S+\.(jsonld|json|csv|ics|xml)\b")]
    private static partial Regex Address();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [Fact]
    public void no_page_type_shows_a_czech_word_of_its_own()
    {
        var result = Pseudo.Value;
        Assert.True(result.Succeeded, Builds.Errors(result));
        var content = ContentStrings(result.State!.Content);
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal)).ToList();
        // Every page type of the catalogue and the microsite is here.
        foreach (var path in new[] { "index.html", "praxe/index.html", "praxe/strana/2/index.html", "temata/index.html", "temata/zdravi/index.html", "kraje/index.html",
                     "clenove/index.html", "clenove/litomerice/index.html", "cile/index.html", "nejpraxe/index.html", "ocenene/index.html", "hledat/index.html", "akce/index.html",
                     "prohlaseni-o-pristupnosti/index.html", "data/index.html", "404.html", "konference-2021/index.html", "konference-2021/program/index.html",
                     "konference-2021/recnici/index.html", "konference-2021/404.html", "konference-2021/prohlaseni-o-pristupnosti/index.html",
                     // The page at an old address (an alias, a redirect of site.yml).
                     "praxe/cyklostezky-kromeriz/index.html", "cz/priklady-dobre-praxe/index.html" })
            Assert.Contains(pages, p => p.Path == path);
        Assert.Contains(pages, p => p.Path.StartsWith("akce/", StringComparison.Ordinal) && p.Path.Count(c => c == '/') == 2);
        Assert.Contains(pages, p => p.Path.StartsWith("praxe/", StringComparison.Ordinal) && !p.Path.Contains("strana"));

        var found = new List<string>();
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(Builds.Page(result, page.Path));
            // A page at an old address has only its heading and link: no chrome to skip.
            var english = page.Path.StartsWith("en/", StringComparison.Ordinal);
            if (document.QuerySelector("meta[http-equiv=refresh]") is null)
                Assert.Contains(english ? PseudoTheme.Marker("chrome.skip_link", LanguageRules.English) : PseudoTheme.Marker("chrome.skip_link"),
                    document.QuerySelector(".skip-link")!.TextContent);
            foreach (var text in Texts(document))
                foreach (var word in CzechWords(text, content))
                    found.Add($"{page.Path}: '{word}' in \"{text.Trim()}\"");
        }
        Assert.Contains(pages, p => Builds.Page(result, p.Path).Contains($"aria-label=\"{PseudoTheme.Marker("table.label")}\"", StringComparison.Ordinal));
        Assert.Contains(pages, p => Builds.Page(result, p.Path).Contains($"aria-label=\"{PseudoTheme.Marker("heading.link")}\"", StringComparison.Ordinal));
        Assert.True(found.Count == 0, $"{found.Count} Czech words outside the catalogue:\n{string.Join("\n", found.Distinct().Take(40))}");
    }

    /// <summary>
    /// The Czech catalogue's words on an English page: none, but in what is marked Czech (the switcher's link to the Czech
    /// page, named in Czech) and the Czech locale named as the page's alternate.
    /// </summary>
    private static IEnumerable<string> CzechMarkers(string path, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        foreach (var element in document.QuerySelectorAll("[lang=cs], meta[property='og:locale:alternate']").ToList()) element.Remove();
        return Marker().Matches(document.DocumentElement.OuterHtml).Select(m => m.Value).Where(m => !m.StartsWith("⟦en:", StringComparison.Ordinal));
    }

    [Fact]
    public void the_english_pages_show_only_english_words_of_the_catalogue()
    {
        var result = Pseudo.Value;
        Assert.True(result.Succeeded, Builds.Errors(result));
        var english = result.Files.Where(f => f.Path.StartsWith("en/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(english.Count > 50, $"only {english.Count} English pages");
        foreach (var path in new[] { "en/index.html", "en/praxe/index.html", "en/praxe/kromeriz-cyklostezky/index.html", "en/hledat/index.html", "en/404.html",
                     "en/accessibility-statement/index.html", "en/akce/index.html", "en/temata/zdravi/index.html" })
            Assert.Contains(english, f => f.Path == path);
        var czech = english.SelectMany(f => CzechMarkers(f.Path, Builds.Page(result, f.Path)).Select(m => $"{f.Path}: {m}")).Distinct().ToList();
        Assert.True(czech.Count == 0, $"{czech.Count} Czech words of the catalogue on English pages:\n{string.Join("\n", czech.Take(40))}");
        // The search page's messages too: the English catalogue's.
        var block = new HtmlParser().ParseDocument(Builds.Page(result, "en/hledat/index.html")).QuerySelector("script#hledani-slova")!;
        Assert.Contains(PseudoTheme.Marker("search.script.loading", LanguageRules.English), block.TextContent);
    }

    [Fact]
    public void the_english_pages_of_a_microsite_in_english_show_only_english_words_of_the_catalogue()
    {
        // The 'english' fixture: a microsite with its own 'languages: [cs, en]' beside the main site's English.
        using var tree = new ContentTree("english");
        PseudoTheme.Write(tree.Root, LanguageRules.Czech);
        PseudoTheme.Write(tree.Root, LanguageRules.English, tagged: true);
        var result = Builds.Generate(tree.Root);
        Assert.True(result.Succeeded, Builds.Errors(result));
        var english = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)
            && (f.Path.StartsWith("en/", StringComparison.Ordinal) || f.Path.StartsWith("konference-b/en/", StringComparison.Ordinal))).ToList();
        foreach (var path in new[] { "konference-b/en/index.html", "konference-b/en/program/index.html", "konference-b/en/recnici/index.html", "konference-b/en/404.html",
                     "konference-b/en/accessibility-statement/index.html", "en/accessibility-statement/index.html" })
            Assert.Contains(english, f => f.Path == path);
        var czech = english.SelectMany(f => CzechMarkers(f.Path, Builds.Page(result, f.Path)).Select(m => $"{f.Path}: {m}")).Distinct().ToList();
        Assert.True(czech.Count == 0, $"{czech.Count} Czech words of the catalogue on English pages:\n{string.Join("\n", czech.Take(40))}");
        // And the microsite's Czech pages show the Czech catalogue's (the switcher aside, named in English).
        Assert.Contains(PseudoTheme.Marker("chrome.skip_link"), Builds.Page(result, "konference-b/index.html"));
    }

    [Fact]
    public void the_search_page_s_messages_are_the_catalogue_s_and_the_scripts_have_none_of_their_own()
    {
        var result = Pseudo.Value;
        var block = new HtmlParser().ParseDocument(Builds.Page(result, "hledat/index.html")).QuerySelector("script#hledani-slova")!;
        using var json = JsonDocument.Parse(block.TextContent);
        var words = json.RootElement.GetProperty("words").EnumerateObject().ToList();
        Assert.NotEmpty(words);
        foreach (var word in words)
        {
            var texts = word.Value.ValueKind == JsonValueKind.Object ? word.Value.EnumerateObject().Select(f => f.Value.GetString()!) : [word.Value.GetString()!];
            foreach (var text in texts) Assert.Equal(PseudoTheme.Marker("search.script." + word.Name), text);
        }
        // The page's scripts say nothing in Czech themselves (czech-lunr.js and czech-search.js analyse Czech, they do not speak it).
        foreach (var script in new[] { "search.js", "print.js" })
        {
            Assert.Contains(result.Files, f => f.Path == "assets/js/" + script);
            // Copied from the theme as it is (the build's copy of it is gone with its folder).
            var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "themes", "default", "assets", "js", script));
            var code = Regex.Replace(Regex.Replace(text, @"/\*.*?\*/", "", RegexOptions.Singleline), @"//[^\n]*", "");
            Assert.DoesNotMatch(CzechLetter(), code);
        }
    }

    /// <summary>What a reader reads of a page: its text (the entries' own text aside) and the attributes read aloud or shown.</summary>
    private static IEnumerable<string> Texts(IDocument document)
    {
        // An entry's Markdown, and the open data's column titles (the fields' declared titles), are the site's content.
        // Code (field names of the open data, separators) is neither. JSON-LD is read value by value.
        foreach (var jsonLd in document.QuerySelectorAll("script[type='application/ld+json']").ToList())
        {
            using var json = JsonDocument.Parse(jsonLd.TextContent);
            // A video's transcript is its entry's text, as the page's .prose is.
            foreach (var property in json.RootElement.EnumerateObject().Where(p => p.Name != "transcript"))
                foreach (var value in StringsOf(property.Value)) yield return value;
        }
        // Within an entry's text, the generator names a heading's link and a table's box.
        foreach (var named in document.QuerySelectorAll(".prose .heading-anchor, .prose .table-scroll"))
            yield return named.GetAttribute("aria-label") ?? "";
        foreach (var content in document.QuerySelectorAll(".prose, .open-data-columns, code, script").ToList()) content.Remove();
        foreach (var node in document.DocumentElement.Descendants().OfType<IText>()) yield return node.Data;
        foreach (var element in document.All)
            foreach (var name in new[] { "aria-label", "title", "placeholder", "alt" })
                if (element.GetAttribute(name) is { } value) yield return value;
        foreach (var meta in document.QuerySelectorAll("meta[name='description'], meta[property^='og:']"))
            yield return meta.GetAttribute("content") ?? "";
    }

    private static IEnumerable<string> StringsOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsOf(p.Value)).ToList(),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringsOf).ToList(),
        _ => [],
    };

    private static IEnumerable<string> CzechWords(string text, IReadOnlyList<string> content)
    {
        // Addresses and file names are the site's URLs (/praxe/strana/2/, katalog.jsonld), which stay as they are.
        text = Address().Replace(text, " ");
        foreach (var piece in content)
            if (text.Contains(piece, StringComparison.Ordinal)) text = text.Replace(piece, " ", StringComparison.Ordinal);
        text = Marker().Replace(text, " ");
        return Word().Matches(text).Select(m => m.Value)
            .Where(w => (CzechLetter().IsMatch(w) && !DateWords.Contains(w.ToLowerInvariant())) || ChromeWords.Contains(w));
    }

    /// <summary>Months and days as the language writes dates ('17. února 2021', 'středa'): formatting, not the catalogue's words.</summary>
    private static readonly HashSet<string> DateWords =
    [
        .. LanguageRules.Czech.Culture.DateTimeFormat.MonthGenitiveNames, .. LanguageRules.Czech.Culture.DateTimeFormat.MonthNames,
        .. LanguageRules.Czech.Culture.DateTimeFormat.DayNames,
    ];

    /// <summary>
    /// Every text of the content (site.yml, data files, entries, microsites: all the strings of the parsed content but keys)
    /// and what the schema declares (taxonomy and field titles, choice labels), longest first so that a text is taken whole.
    /// </summary>
    private static IReadOnlyList<string> ContentStrings(ContentSet content)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
        Collect(content, strings, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        foreach (var taxonomy in content.Schema.Taxonomies) strings.UnionWith([taxonomy.Title, taxonomy.FacetTitle ?? ""]);
        foreach (var field in content.Schema.ExtraFields) strings.Add(field.Title);
        // A declared kind's titles and its fields' titles are declarations, as a taxonomy's are (the built-in video kind's too).
        foreach (var kind in content.Schema.ItemKinds)
            strings.UnionWith([kind.Title ?? "", kind.ItemTitle ?? "", .. kind.Fields.Select(f => f.Title)]);
        foreach (var choice in ContentSchema.MemberTypes.Concat(ContentSchema.PracticeKinds).Concat(ContentSchema.EventKinds).Concat(OpenDataSchema.Licences))
            strings.Add(choice.Label);
        strings.Add(AccessibilitySchema.DefaultEnforcementName);
        return [.. strings.Where(s => s.Length >= 3 && !KeyLike().IsMatch(s)).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"^[a-z0-9\-]+$")]
    private static partial Regex KeyLike();

    private static void Collect(object? value, HashSet<string> strings, HashSet<object> seen, int depth)
    {
        // The schema's help and titles are the editors' words; what of it readers see is added by name above.
        if (value is null || value is ContentSchema || depth > 12) return;
        if (value is string text) { strings.Add(text.Trim()); return; }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal or DateOnly or DateTime or DateTimeOffset or TimeOnly or TimeSpan or Uri or Generator.Diagnostics.SourceLocation) return;
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary) Collect(entry.Value, strings, seen, depth + 1);
            return;
        }
        if (value is IEnumerable items)
        {
            foreach (var item in items) Collect(item, strings, seen, depth + 1);
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            Collect(property.GetValue(value), strings, seen, depth + 1);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
