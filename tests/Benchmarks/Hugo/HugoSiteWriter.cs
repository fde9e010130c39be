using System.Text;
using DobraPraxe.Benchmarks.Corpus;

namespace DobraPraxe.Benchmarks.Hugo;

/// <summary>
/// Writes the same corpus as a Hugo (0.111) site into &lt;dir&gt;/hugo/: the same URLs (/praxe/, /praxe/strana/2/,
/// /temata/…, /kraje/…, /clenove/…, /cile/…, /roky/…, /stitky/…, /akce/…, /ocenene/, free pages, 404), the same
/// pagination (20 per page, every page number listed), related entries, relative .md links resolved and checked
/// by a render hook, and the home page's search data as JSON. A minimal layout of our theme's shape, no theme download.
/// With <c>plain</c>, into &lt;dir&gt;/hugo-plain/: the same pages as Hugo would build them for a new user — no scoring
/// of related entries in templates (only the ones an entry names) and Hugo's default feeds and sitemap on (issue 18: a
/// comparison that does not flatter us).
/// </summary>
public static class HugoSiteWriter
{
    public const string Folder = "hugo";
    public const string PlainFolder = "hugo-plain";

    public static string Write(CorpusSite corpus, string directory, bool plain = false)
    {
        var root = Path.Combine(directory, plain ? PlainFolder : Folder);
        ContentWriter.PrepareFolder(root);
        ContentWriter.WriteFile(root, ContentWriter.Marker, ContentWriter.MarkerText(corpus));
        ContentWriter.WriteFile(root, "config.toml", plain ? HugoTemplates.PlainConfig : HugoTemplates.Config);
        foreach (var (path, text) in plain ? HugoTemplates.PlainLayouts : HugoTemplates.Layouts) ContentWriter.WriteFile(root, path, text);
        ContentWriter.WriteFile(root, "static/css/site.css", HugoTemplates.Css + ThemeClasses());
        ContentWriter.WriteFile(root, "static/favicon.svg", HugoTemplates.Favicon);

        // The data files are ours as they are: Hugo reads .yml from data/.
        ContentWriter.WriteFile(root, "data/themes.yml", ContentWriter.ThemesYml());
        ContentWriter.WriteFile(root, "data/regions.yml", ContentWriter.RegionsYml());
        ContentWriter.WriteFile(root, "data/members.yml", ContentWriter.MembersYml(corpus.Members));

        var content = Path.Combine(root, "content");
        ContentWriter.WriteFile(content, "_index.md", Index("Dobrá praxe Zdravých měst", "Příklady dobré praxe Zdravých měst, obcí a regionů"));
        ContentWriter.WriteFile(content, "praxe/_index.md", Index("Katalog dobré praxe", "Všechny příklady dobré praxe Zdravých měst, obcí a regionů, od nejnovějších."));
        ContentWriter.WriteFile(content, "akce/_index.md", Index("Akce", "Školy Zdravých měst, setkání, fóra a konference Národní sítě Zdravých měst."));
        ContentWriter.WriteFile(content, "ocenene/_index.md", Index("Oceněné praxe", "Příklady dobré praxe oceněné v soutěžích, například NEJpraxe.", "awards"));

        // Taxonomy and term pages with the names ours takes from the data files.
        ContentWriter.WriteFile(content, "temata/_index.md", Index("Témata", "Příklady dobré praxe podle témat."));
        foreach (var t in Vocabulary.Themes) ContentWriter.WriteFile(content, $"temata/{t.Key}/_index.md", Index(t.Name, t.Description));
        ContentWriter.WriteFile(content, "kraje/_index.md", Index("Kraje", "Příklady dobré praxe podle krajů."));
        foreach (var (key, name) in Vocabulary.Regions) ContentWriter.WriteFile(content, $"kraje/{key}/_index.md", Index(name, $"Kraje: {name} — příklady dobré praxe."));
        ContentWriter.WriteFile(content, "clenove/_index.md", Index("Členové", "Příklady dobré praxe podle členů sítě."));
        foreach (var m in corpus.Members) ContentWriter.WriteFile(content, $"clenove/{m.Key}/_index.md", Index(m.Name, $"Členové: {m.Name} — příklady dobré praxe."));
        ContentWriter.WriteFile(content, "cile/_index.md", Index("Cíle udržitelného rozvoje", "Příklady dobré praxe podle cílů udržitelného rozvoje OSN."));
        for (var g = 1; g <= 17; g++) ContentWriter.WriteFile(content, $"cile/{g}/_index.md", Index($"{g}. {Vocabulary.GoalNames[g - 1]}", $"Cíl {g} — příklady dobré praxe."));
        ContentWriter.WriteFile(content, "roky/_index.md", Index("Roky", "Příklady dobré praxe podle roku vzniku."));
        ContentWriter.WriteFile(content, "stitky/_index.md", Index("Štítky", "Příklady dobré praxe podle štítků."));

        foreach (var p in corpus.Practices) ContentWriter.WriteFile(content, $"praxe/{p.Slug}.md", Practice(p));
        foreach (var e in corpus.Events) ContentWriter.WriteFile(content, $"akce/{e.Slug}.md", Event(e));
        foreach (var p in corpus.Pages) ContentWriter.WriteFile(content, $"{p.Slug}.md", ContentWriter.Page(p));
        return root;
    }

    private static string Index(string title, string description, string? layout = null) =>
        $"---\ntitle: {Text.Quote(title)}\ndescription: {Text.Quote(description)}\n{(layout is null ? "" : $"layout: {layout}\n")}---\n";

    /// <summary>Our front matter in Hugo's terms: summary → description, updated → lastmod, and the taxonomies as lists (region and member derived from the member).</summary>
    private static string Practice(CorpusPractice p)
    {
        var fm = new StringBuilder("---\n");
        fm.Append($"title: {Text.Quote(p.Title)}\n");
        fm.Append($"description: {Text.Quote(p.Summary)}\n");
        fm.Append($"date: {Text.Iso(p.Date)}\n");
        if (p.Updated is { } updated) fm.Append($"lastmod: {Text.Iso(updated)}\nupdated: {Text.Quote(Text.Iso(updated))}\n");
        fm.Append($"member: {p.Member.Key}\n");
        fm.Append($"year: {p.Year}\n");
        fm.Append($"temata: {Text.PlainList(p.Themes)}\n");
        fm.Append($"kraje: [{p.Member.Region}]\n");
        fm.Append($"clenove: [{p.Member.Key}]\n");
        if (p.Sdgs.Count > 0) fm.Append($"cile: {Text.QuotedList(p.Sdgs.Select(Text.Number))}\n");
        fm.Append($"roky: [\"{p.Year}\"]\n");
        if (p.Tags.Count > 0) fm.Append($"stitky: {Text.QuotedList(p.Tags)}\n");
        if (p.Contact is { } c) fm.Append($"contact: {{ name: {Text.Quote(c.Name)}, email: {Text.Quote(c.Email)}, phone: {Text.Quote(c.Phone)} }}\n");
        if (p.Awards.Count > 0)
        {
            fm.Append($"awarded: true\naward_year: {p.Awards.Max(a => a.Year)}\nawards:\n");
            foreach (var a in p.Awards)
                fm.Append($"  - {{ name: {Text.Quote(a.Name)}, year: {a.Year}{(a.Place is { } place ? $", place: {place}" : "")} }}\n");
        }
        if (p.Related.Count > 0) fm.Append($"related: {Text.PlainList(p.Related)}\n");
        if (p.Photo is { } photo) fm.Append(ContentWriter.PhotoItem(photo));
        fm.Append("---\n\n");
        return fm.Append(p.Body).ToString();
    }

    private static string Event(CorpusEvent e)
    {
        var fm = new StringBuilder("---\n");
        fm.Append($"title: {Text.Quote(e.Title)}\n");
        fm.Append($"description: {Text.Quote(e.Summary)}\n");
        fm.Append($"date: {Text.Iso(e.Start)}\n");
        fm.Append($"kind: {e.Kind}\n");
        // Quoted, so that templates compare and parse them as text.
        fm.Append($"start: {Text.Quote(Text.Iso(e.Start))}\n");
        fm.Append($"end: {Text.Quote(Text.Iso(e.End))}\n");
        if (e.Place is { } place) fm.Append($"place: {Text.Quote(place)}\n");
        if (e.Online) fm.Append("online: true\n");
        if (e.Registration is { } registration) fm.Append($"registration: {Text.Quote(registration)}\n");
        if (e.Capacity is { } capacity) fm.Append($"capacity: {capacity}\n");
        if (e.Members.Count > 0) fm.Append($"members: {Text.PlainList(e.Members)}\n");
        fm.Append("---\n\n");
        return fm.Append(e.Body).ToString();
    }

    private static string ThemeClasses()
    {
        var css = new StringBuilder();
        foreach (var t in Vocabulary.Themes) css.Append($".theme-{t.Key} {{ --chip: {t.Color}; }}\n");
        return css.ToString();
    }
}
