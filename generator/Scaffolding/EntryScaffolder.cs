using System.Globalization;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.SiteBuilding;

namespace DobraPraxe.Generator.Scaffolding;

/// <summary>
/// 'new practice|event &lt;slug&gt;': a file with every field, commented in Czech, that passes 'check' as it is.
/// Keys are taken from the site's own data files, so the example member and theme exist.
/// </summary>
public static class EntryScaffolder
{
    public sealed record Outcome(bool Created, string Path, string Message);

    public static Outcome Create(string sourceDirectory, string kind, string slug, DateTimeOffset now)
    {
        var folder = kind == "practice" ? "practices" : "events";
        var relative = $"{ContentScanner.ContentFolder}/{folder}/{slug}.md";
        var path = Path.Combine(sourceDirectory, ContentScanner.ContentFolder, folder, slug + ".md");
        if (File.Exists(path))
            return new Outcome(false, relative, $"{relative} already exists; nothing was written. Choose another name, or edit the file.");

        var member = FirstKey(sourceDirectory, "content/data/members.yml") ?? "klic-clena";
        var theme = FirstKey(sourceDirectory, "content/data/themes.yml") ?? "zdravi";
        var text = kind == "practice" ? Practice(member, theme, now) : Event(member, now);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // CreateNew: never overwrite, even if the file appeared a moment ago.
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
            writer.Write(text);
        return new Outcome(true, relative, $"Created {relative}. Fill it in, then run: dotnet run --project generator -- check");
    }

    private static string? FirstKey(string root, string relativePath)
    {
        var diagnostics = new DiagnosticBag();
        var full = Path.Combine(root, relativePath);
        if (!File.Exists(full) || SourceReader.Read(root, relativePath, diagnostics) is not { } file) return null;
        return YamlDocumentLoader.LoadMapping(file.Text, relativePath, 1, diagnostics) is { } map
            ? new YamlFields(map, relativePath, 1, diagnostics, "a data file", []).Entries().Select(e => e.Key).FirstOrDefault()
            : null;
    }

    private static string Practice(string member, string theme, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(Czech.ToPrague(now).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            ---
            # Název praxe, jak se zobrazí v nadpisu (nejvýše 200 znaků).
            title: Název dobré praxe
            # Shrnutí pro seznamy, vyhledávání a náhledy ve vyhledávačích (nejvýše 300 znaků).
            summary: Jednou nebo dvěma větami, co se podařilo a komu to pomohlo.
            # Kdo praxi uskutečnil: klíč člena ze souboru content/data/members.yml.
            member: {member}
            # 1–3 témata: klíče ze souboru content/data/themes.yml.
            themes: [{theme}]
            # Rok, kdy praxe začala (1990 až příští rok).
            year: {now.Year}
            # Datum zveřejnění ve tvaru RRRR-MM-DD. S datem v budoucnu se praxe zveřejní až ten den.
            date: {today}
            # Nepovinná pole – odstraňte # na začátku řádku a vyplňte:
            # updated: {today}                # datum poslední aktualizace
            # sdgs: [3, 11]                     # cíle udržitelného rozvoje OSN, čísla 1–17
            # tags: [participace, veřejný prostor]
            # contact: {"{"} name: Jana Nováková, email: jana.novakova@mesto.cz, phone: "+420 123 456 789" {"}"}
            # images:                           # soubory patří do content/media/
            #   - {"{"} src: media/obrazek.jpg, alt: Co je na obrázku (pro nevidomé) {"}"}
            # attachments:
            #   - {"{"} src: media/dokument.pdf, title: Název dokumentu ke stažení {"}"}
            # awards:
            #   - {"{"} name: NEJpraxe, year: {now.Year}, place: 1 {"}"}
            # related: [jina-praxe]             # názvy souborů souvisejících praxí bez .md
            # draft: true                       # koncept: nezveřejní se, dokud řádek neodstraníte
            ---

            Úvodní odstavec: o co jde a proč to stojí za pozornost.

            ## Jak to začalo

            ## Co se podařilo

            ## Náklady a financování

            ## Co bychom doporučili ostatním

            """;
    }

    private static string Event(string member, DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(Czech.ToPrague(now).DateTime).AddDays(14);
        string At(int hour)
        {
            var local = day.ToDateTime(new TimeOnly(hour, 0));
            var offset = Czech.Prague.GetUtcOffset(local);
            return new DateTimeOffset(local, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }
        return $"""
            ---
            # Název akce.
            title: Název akce
            # Druh: skola (Škola Zdravých měst), setkani, konference, forum, jine.
            kind: jine
            # Začátek a konec s časovým posunem: +01:00 v zimě, +02:00 v létě.
            start: {At(9)}
            end: {At(15)}
            # Místo konání; u akce jen online pole smažte a nechte online: true.
            place: Název budovy, ulice a číslo, obec
            # online: true                      # akce (také) online
            # registration: https://www.zdravamesta.cz/registrace
            # capacity: 80                      # počet míst
            # members: [{member}]               # pořádající členové (klíče z content/data/members.yml)
            # conference: konference-2021       # složka mikrowebu v content/conferences/
            # draft: true                       # koncept: nezveřejní se
            # Shrnutí do seznamu akcí (nejvýše 300 znaků).
            summary: Jednou větou, pro koho akce je a co přinese.
            ---

            Program, co si vzít s sebou, jak se přihlásit.

            """;
    }
}
