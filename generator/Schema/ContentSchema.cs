using System.Collections.Immutable;

namespace DobraPraxe.Generator.Schema;

/// <summary>
/// Every kind of file the generator reads, with its fields: the one declaration that the parsers,
/// hints, scaffolds, editors' docs, JSON Schema, search facets and templates are derived from.
/// A site extends it in site.yml ('taxonomies:', 'fields:'); see <see cref="Create"/>.
/// </summary>
public sealed record ContentSchema
{
    public const int MinYear = 1990;
    /// <summary>The first year of the NEJpraxe contest.</summary>
    public const int FirstContestYear = 2018;
    /// <summary>How many entries one member may register in one contest year.</summary>
    public const int ContestEntriesPerMember = 2;

    public required EntrySchema Practice { get; init; }
    public required EntrySchema Event { get; init; }
    public required EntrySchema Page { get; init; }
    public required EntrySchema Site { get; init; }
    public required EntrySchema ConferenceSite { get; init; }
    public required EntrySchema Program { get; init; }
    public required EntrySchema Speaker { get; init; }
    public required EntrySchema Theme { get; init; }
    public required EntrySchema Region { get; init; }
    public required EntrySchema Member { get; init; }
    /// <summary>The entries of a site taxonomy's data file.</summary>
    public required EntrySchema Term { get; init; }
    public required ImmutableArray<TaxonomySpec> Taxonomies { get; init; }
    /// <summary>The practice fields a site declared in site.yml 'fields:'.</summary>
    public required ImmutableArray<FieldSpec> ExtraFields { get; init; }
    /// <summary>The taxonomies that brought a practice field of their own (target_groups), each the only one reading it.</summary>
    public ImmutableArray<TaxonomySpec> OwnFieldTaxonomies { get; init; } = [];

    /// <summary>Every kind of entry: the generator's (practice, event, page, video), then the site's own, in declaration order.</summary>
    public ImmutableArray<KindSpec> Kinds { get; init; } = [];
    /// <summary>The fields of each item kind's entries (the typed kinds' are <see cref="Practice"/>, <see cref="Event"/>, <see cref="Page"/>).</summary>
    public ImmutableDictionary<string, EntrySchema> ItemKindEntries { get; init; } = ImmutableDictionary<string, EntrySchema>.Empty;

    /// <summary>
    /// The kinds whose entries are read as <see cref="Model.Item"/>s, every field by its declaration: the site's own and
    /// the generator's declared ones (video) — every kind but the three with typed records.
    /// </summary>
    public IEnumerable<KindSpec> ItemKinds => Kinds.Where(k => !IsTyped(k.Key));

    /// <summary>Practices, events and free pages: kinds read into records of their own (Practice, Event, Page).</summary>
    public static bool IsTyped(string kind) => kind is PracticeKind or EventKind or PageKind;

    public KindSpec Kind(string key) => Kinds.First(k => k.Key == key);

    /// <summary>The fields of a kind's entries.</summary>
    public EntrySchema EntryOf(KindSpec kind) => kind.Key switch
    {
        PracticeKind => Practice,
        EventKind => Event,
        PageKind => Page,
        _ => ItemKindEntries[kind.Key],
    };

    /// <summary>The keys of the built-in kinds, as Schema/defaults.yml declares them.</summary>
    public const string PracticeKind = "practice", EventKind = "event", PageKind = "page";

    /// <summary>The taxonomy whose own field <paramref name="field"/> is, if any.</summary>
    public TaxonomySpec? TaxonomyOwning(string field) => OwnFieldTaxonomies.FirstOrDefault(t => t.Field == field);

    /// <summary>A field that is not the generator's own: declared under 'fields:' or brought by a taxonomy.</summary>
    public bool IsAdded(FieldSpec field) => ExtraFields.Contains(field) || TaxonomyOwning(field.Key) is not null;

    /// <summary>
    /// The language a site's content carries besides its own, when site.yml's 'languages:' names it: the data files'
    /// '&lt;field&gt;_en' names, an entry's short 'en:' section, site.yml's 'en:' section and the declarations' 'title_en'
    /// (translations, &lt;slug&gt;.&lt;language&gt;.md, are named by any language of 'languages:'). See docs/languages.md.
    /// </summary>
    public const string English = "en";

    /// <summary>The English twin of a data field or a declaration's title: 'name' → 'name_en'.</summary>
    public static string EnglishOf(string key) => $"{key}_{English}";

    /// <summary>A field's English twin: optional here; required of the entries that have the field once English is on.</summary>
    private static FieldSpec EnglishTwin(FieldSpec field) => field with
    {
        Key = EnglishOf(field.Key), Required = false, Title = field.Title + " anglicky", Prose = false, Example = null,
        Help = $"{field.Title} anglicky; povinné, pokud je web i v angličtině (`languages: [cs, en]`) a položka má `{field.Key}`.",
    };

    public static readonly ImmutableArray<Choice> MemberTypes =
    [
        new("mesto", "město", "city"), new("obec", "obec", "municipality"), new("mestska-cast", "městská část", "city district"), new("kraj", "kraj", "region"),
        new("mas", "místní akční skupina", "local action group"), new("mikroregion", "mikroregion", "micro-region"),
    ];

    /// <summary>The kinds of catalogue records: a full example, or a short inspiration (střípek).</summary>
    public static readonly ImmutableArray<Choice> PracticeKinds = [new("praxe", "Příklad dobré praxe", "Example of good practice"), new("stripek", "Střípek", "Snippet")];

    /// <summary>
    /// Terms of one list of one entry (tags, a site taxonomy's keys, related practices) that are published: the real
    /// catalogue has at most five tags an entry, and a list of 20,000 made 20,000 pages. More is a warning, not an
    /// error, so a long list pasted in does not stop the build; the default of <see cref="FieldSpec.KeptItems"/>.
    /// </summary>
    public const int TermsPerEntry = 20;

    /// <summary>A střípek past this many words should rather be a full example.</summary>
    public const int SnippetWords = 300;

    public static readonly ImmutableArray<Choice> EventKinds =
    [
        new("skola", "Škola Zdravých měst", "School of Healthy Cities"), new("setkani", "Setkání", "Meeting"), new("konference", "Konference", "Conference"),
        new("forum", "Fórum", "Forum"), new("jine", "Akce", "Event"),
    ];

    /// <summary>The types a site may give its own fields in site.yml, with how each is read.</summary>
    public static readonly ImmutableArray<Choice> DeclarableTypes =
    [
        new("text", "text"), new("number", "celé číslo"), new("money", "částka v Kč"), new("date", "datum"),
        new("url", "webová adresa"), new("email", "e-mail"), new("list", "seznam textů"),
        new("longtext", "delší text, i na více řádků"), new("duration", "délka, např. 3:25"), new("image", "fotka z content/media/"),
        new("video", "video: adresa na YouTube nebo Vimeu, nebo soubor MP4 či WebM z content/media/"),
        new("captions", "titulky WebVTT z content/media/"),
    ];

    /// <summary>
    /// What a declared type means: its <see cref="FieldType"/>, the file the web editor uploads for it, and its longest
    /// value. A file of content/media/ is text (its path, checked against the media allow-list for its upload kind).
    /// </summary>
    public static (FieldType Type, UploadKind Upload, int MaxLength) TypeOf(string declared) => declared switch
    {
        "number" => (FieldType.Number, UploadKind.None, 1000), "money" => (FieldType.Money, UploadKind.None, 1000),
        "date" => (FieldType.Date, UploadKind.None, 1000), "url" => (FieldType.Url, UploadKind.None, 1000),
        "email" => (FieldType.Email, UploadKind.None, 1000), "list" => (FieldType.TextList, UploadKind.None, 100),
        "longtext" => (FieldType.LongText, UploadKind.None, 50_000), "duration" => (FieldType.Duration, UploadKind.None, 20),
        "image" => (FieldType.Text, UploadKind.Photo, 500), "video" => (FieldType.Text, UploadKind.Video, 500),
        "captions" => (FieldType.Text, UploadKind.Captions, 500),
        _ => (FieldType.Text, UploadKind.None, 1000),
    };

    /// <summary>The schema for a build whose latest allowed year is <paramref name="maxYear"/> (next year).</summary>
    public static ContentSchema Create(int maxYear, IEnumerable<TaxonomySpec> taxonomies, IEnumerable<FieldSpec> extraFields, IEnumerable<KindSpec>? kinds = null)
    {
        var practice = PracticeFields(maxYear);
        // A declared field that names another kind's entries ('references: video') keeps their folder, as 'related' keeps "practices".
        ImmutableArray<KindSpec> declaredKinds = [.. kinds ?? []];
        FieldSpec Resolved(FieldSpec f) => f.ReferencedKind is { } key && declaredKinds.FirstOrDefault(k => k.Key == key) is { } target ? f with { References = target.Folder } : f;
        declaredKinds = [.. declaredKinds.Select(k => k with { Fields = [.. k.Fields.Select(Resolved)] })];
        var extras = extraFields.Select(Resolved).ToImmutableArray();
        var all = taxonomies.ToImmutableArray();
        // A taxonomy of the site's own names a new field: a list of its terms' keys (or free words without a data file).
        // A taxonomy whose field is not a practice field (nor a path through one, 'member.region') brings its own:
        // a list of its terms' keys (or free words without a data file). Built-in or the site's, the same rule.
        var own = all.Where(t => !t.Field.Contains('.') && !practice.Any(f => f.Key == t.Field) && !extras.Any(f => f.Key == t.Field))
            .GroupBy(t => t.Field).Select(g => g.First()).ToImmutableArray();
        var taxonomyFields = own
            .Select(t => t.Data is null
                ? new FieldSpec { Key = t.Field, Type = FieldType.TextList, Title = t.Title, TitleEn = t.TitleEn, Help = $"{t.Title}: volná slova.", MaxLength = 60, Facet = t.Facet }
                : new FieldSpec { Key = t.Field, Type = FieldType.KeyList, Title = t.Title, TitleEn = t.TitleEn, References = t.Data, Facet = t.Facet,
                    Help = $"{t.Title}: klíče ze souboru content/{t.Data}." });
        return new ContentSchema
        {
            Practice = new("practice", "a practice", "Dobrá praxe", "content/practices/", [.. practice, .. taxonomyFields, .. extras]),
            Event = new("event", "an event", "Akce", "content/events/", EventFields),
            Page = new("page", "a page", "Stránka", "content/pages/", PageFields),
            Site = new("site", "site.yml", "Nastavení webu", "content/site.yml", SiteFields),
            ConferenceSite = new("conference", "a conference's site.yml", "Nastavení mikrowebu konference", "content/conferences/<slug>/site.yml", ConferenceFields),
            Program = new("program", "program.yml", "Program konference", "content/conferences/<slug>/program.yml", ProgramFields),
            Speaker = new("speaker", "a speaker", "Řečník", "content/conferences/<slug>/speakers.yml", SpeakerFields),
            Theme = new("theme", "a theme", "Téma", "content/data/themes.yml", ThemeFields),
            Region = new("region", "a region", "Kraj", "content/data/regions.yml", RegionFields),
            Member = new("member", "a member", "Člen sítě", "content/data/members.yml", MemberFields(maxYear)),
            Term = new("term", "a term", "Hodnota třídění", "content/data/<taxonomie>.yml", TermFields),
            Taxonomies = all,
            ExtraFields = extras,
            OwnFieldTaxonomies = own,
            Kinds = declaredKinds,
            ItemKindEntries = declaredKinds.Where(k => !IsTyped(k.Key)).ToImmutableDictionary(k => k.Key, k => ItemKindEntry(k, [.. practice, .. taxonomyFields])),
        };
    }

    /// <summary>
    /// An item kind's entry: title, summary and date as a practice has them, the fields of its taxonomies exactly as a
    /// practice writes them (so 'themes: [zdravi]' means the same everywhere), its declared fields, slug and draft.
    /// </summary>
    private static EntrySchema ItemKindEntry(KindSpec kind, ImmutableArray<FieldSpec> practice)
    {
        // Optional on an entry of a kind: a practice must name its member and themes, a publication need not.
        var terms = kind.Taxonomies.Select(t => practice.FirstOrDefault(f => f.Key == t)).OfType<FieldSpec>().Select(f => f with { Required = false });
        return new(kind.Key, $"an entry of '{kind.Key}'", kind.Name, kind.SourceFolder,
            [.. EntryCommonFields, .. terms, .. kind.Fields, EnglishSection(EntryCommonFields), Slug, Aliases, Draft]);
    }

    /// <summary>
    /// An entry's short 'en: { title, summary }': its English title and summary for the English lists while it has no
    /// translation of its own — the kind's translatable texts of one line (title, summary or description).
    /// </summary>
    private static FieldSpec EnglishSection(IEnumerable<FieldSpec> fields) => new()
    {
        Key = English, Type = FieldType.Group, Title = "Anglicky",
        Help = "Anglický název a shrnutí pro anglické seznamy, dokud záznam nemá celý překlad (soubor `<slug>.en.md`): `{ title: …, summary: … }`.",
        Example = "{ title: English title, summary: One or two sentences in English. }",
        Fields = [.. fields.Where(f => f.Translatable && f.Type == FieldType.Text).Select(f => f with { Required = false, Prose = false, Translatable = false, Example = null })],
    };

    private static readonly ImmutableArray<FieldSpec> EntryCommonFields =
    [
        new() { Key = "title", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Název", TitleEn = "Title", Prose = true, Translatable = true,
            Help = "Název, prostý text, nejvýše 200 znaků.", Example = "Název záznamu" },
        new() { Key = "summary", Type = FieldType.Text, Required = true, MaxLength = 300, Title = "Shrnutí", TitleEn = "Summary", Prose = true, Translatable = true,
            Help = "Shrnutí ve 2–3 větách, nejvýše 300 znaků. Zobrazuje se v seznamech, ve vyhledávání a v kanálu.",
            Example = "Jednou nebo dvěma větami, o čem záznam je." },
        new() { Key = "date", Type = FieldType.Date, Required = true, Title = "Zveřejněno", TitleEn = "Published",
            Help = "Datum zveřejnění ve tvaru `RRRR-MM-DD`, např. `2024-03-12`; záznam s datem v budoucnu se zveřejní až ten den." },
    ];

    /// <summary>The fields every entry of a site kind has, read as its own record's properties: a kind declares them no further.</summary>
    // After EntryCommonFields: static fields are set in the order they are written.
    public static readonly IReadOnlySet<string> EntryCommonKeys = new HashSet<string>([.. EntryCommonFields.Select(f => f.Key), Slug.Key, Aliases.Key, Draft.Key, English]);

    private static FieldSpec Slug => new() { Key = "slug", Type = FieldType.Key, Title = "Adresa", TitleEn = "Address", MaxLength = 100,
        Help = "Část adresy stránky; bez něj se použije název souboru. Malá písmena bez diakritiky, číslice a pomlčky.", Example = "nazev-stranky" };

    /// <summary>
    /// The old addresses of an entry, each published as a redirect to its page (every kind has it, a conference's pages too):
    /// what 'move' adds when it renames a file, and where an editor keeps an address from before.
    /// </summary>
    public static FieldSpec Aliases => new() { Key = "aliases", Type = FieldType.TextList, Title = "Staré adresy", TitleEn = "Old addresses", MaxLength = 300,
        Help = "Dřívější adresy stránky, které mají dál vést sem, např. `[/praxe/stary-nazev/]`: adresa od kořene webu se `/` na začátku. "
            + "Na každé vznikne přesměrování. Doplňuje je příkaz `move`.", Example = "[/praxe/stary-nazev/]" };

    private static FieldSpec Draft => new() { Key = "draft", Type = FieldType.Bool, Title = "Koncept", TitleEn = "Draft",
        Help = "Koncept: nezveřejní se, dokud řádek neodstraníte (náhled: serve --drafts)." };

    private static ImmutableArray<FieldSpec> PracticeFields(int maxYear) =>
    [
        new() { Key = "title", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Název", TitleEn = "Title", Prose = true, Translatable = true,
            Help = "Název praxe, prostý text, nejvýše 200 znaků.", Example = "Název dobré praxe" },
        new() { Key = "summary", Type = FieldType.Text, Required = true, MaxLength = 300, Title = "Shrnutí", TitleEn = "Summary", Prose = true, Translatable = true,
            Help = "Shrnutí ve 2–3 větách, nejvýše 300 znaků. Zobrazuje se v seznamech, ve vyhledávání a ve výsledcích Googlu.",
            Example = "Jednou nebo dvěma větami, co se podařilo a komu to pomohlo." },
        new() { Key = "kind", Type = FieldType.Choice, Choices = PracticeKinds, Title = "Druh záznamu", TitleEn = "Type of entry", Example = "stripek",
            Help = $"`praxe` (výchozí): úplný příklad dobré praxe; `stripek`: krátká inspirace do {SnippetWords} slov, bez podrobného popisu." },
        new() { Key = "member", Type = FieldType.Key, Required = true, References = "members", Title = "Kdo", TitleEn = "Member",
            Help = "Klíč člena sítě z `content/data/members.yml`, např. `boskovice`. Kraj a typ člena se doplní samy." },
        new() { Key = "themes", Type = FieldType.KeyList, Required = true, MaxItems = 3, References = "themes", Title = "Témata", TitleEn = "Themes",
            Help = "1 až 3 klíče témat, např. `[spotreba-a-vyroba, socialni-prostredi]` (klíče jsou v `content/data/themes.yml`)." },
        new() { Key = "year", Help = "Rok, kdy praxe začala: 1990 až příští rok.", Type = FieldType.Number, Required = true, Min = MinYear, Max = maxYear, Title = "Realizováno od roku", TitleEn = "Year started" },
        new() { Key = "date", Type = FieldType.Date, Required = true, Title = "Zveřejněno", TitleEn = "Published",
            Help = "Datum zveřejnění ve tvaru `RRRR-MM-DD`, např. `2024-03-12`." },
        new() { Key = "updated", Type = FieldType.Date, Title = "Aktualizováno", TitleEn = "Updated", Help = "Datum poslední aktualizace, `RRRR-MM-DD`. Nemá být dřív než `date`." },
        new() { Key = "sdgs", Type = FieldType.NumberList, Min = 1, Max = 17, Title = "Cíle udržitelného rozvoje", TitleEn = "Sustainable Development Goals",
            Help = "Čísla cílů udržitelného rozvoje OSN 1–17, např. `[3, 11]`.", Example = "[3, 11]" },
        new() { Key = "tags", Type = FieldType.TextList, MaxLength = 60, Title = "Štítky", TitleEn = "Tags", Help = "Volná klíčová slova (štítky), krátká (do 60 znaků), např. `[participace, veřejný prostor]`.",
            Example = "[participace, veřejný prostor]" },
        new() { Key = "contact", Type = FieldType.Group, Title = "Kontakt", TitleEn = "Contact", Help = "Kontakt: `{ name: …, email: …, phone: … }`. Všechny tři části jsou nepovinné, e-mail musí být platná adresa.",
            Example = "{ name: Jana Nováková, email: jana.novakova@mesto.cz, phone: \"+420 123 456 789\" }", Fields =
            [
                new() { Key = "name", Type = FieldType.Text, MaxLength = 200, Title = "Jméno", TitleEn = "Name", Personal = true },
                new() { Key = "email", Type = FieldType.Email, MaxLength = 200, Title = "E-mail", TitleEn = "E-mail", Personal = true },
                new() { Key = "phone", Type = FieldType.Text, MaxLength = 50, Title = "Telefon", TitleEn = "Telephone", Personal = true },
            ] },
        new() { Key = "images", Type = FieldType.GroupList, Title = "Obrázky", TitleEn = "Images", Help = "Obrázky: seznam `{ src: media/soubor.jpg, alt: \"popis obrázku\" }`. Popis (`alt`) je **povinný**.",
            Example = "{ src: media/obrazek.jpg, alt: Co je na obrázku (pro nevidomé) }", Fields =
            [
                new() { Key = "src", Type = FieldType.Text, Required = true, MaxLength = 500, Title = "Soubor", TitleEn = "File", Help = "Cesta od content/, např. media/obrazek.jpg.", Upload = UploadKind.Image },
                new() { Key = "alt", Type = FieldType.Text, Required = true, MaxLength = 500, Title = "Popis", TitleEn = "Description", Prose = true, Translatable = true, Help = "Co je na obrázku, pro nevidomé." },
            ] },
        new() { Key = "attachments", Type = FieldType.GroupList, Title = "Ke stažení", TitleEn = "Downloads", Help = "Přílohy ke stažení: seznam `{ src: media/soubor.pdf, title: \"Název přílohy\" }`. Obě části jsou povinné.",
            Example = "{ src: media/dokument.pdf, title: Název dokumentu ke stažení }", Fields =
            [
                new() { Key = "src", Type = FieldType.Text, Required = true, MaxLength = 500, Title = "Soubor", TitleEn = "File", Help = "Cesta od content/, např. media/plan.pdf.", Upload = UploadKind.File },
                new() { Key = "title", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Název", TitleEn = "Title", Prose = true, Translatable = true },
            ] },
        new() { Key = "awards", Type = FieldType.GroupList, Title = "Ocenění", TitleEn = "Awards", Help = "Ocenění: seznam `{ name: NEJpraxe, year: 2024, place: 2 }`. `name` a `year` jsou povinné, `place` (umístění 1–100) ne.",
            Example = "{ name: NEJpraxe, year: 2024, place: 1 }", Fields =
            [
                new() { Key = "name", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Soutěž", TitleEn = "Competition" },
                new() { Key = "year", Type = FieldType.Number, Required = true, Min = MinYear, Max = maxYear, Title = "Rok", TitleEn = "Year" },
                new() { Key = "place", Type = FieldType.Number, Min = 1, Max = 100, Title = "Umístění", TitleEn = "Place" },
            ] },
        new() { Key = "nejpraxe", Type = FieldType.Group, Title = "Soutěž NEJpraxe", TitleEn = "NEJpraxe contest", Example = "{ year: 2024, place: 1 }",
            Help = $"Účast v soutěži NEJpraxe: `{{ year: 2024 }}`, u vítězů s umístěním `{{ year: 2024, place: 1 }}`. Soutěžit mohou jen úplné příklady (ne střípky), nejvýše {ContestEntriesPerMember} od jednoho člena v roce.", Fields =
            [
                new() { Key = "year", Type = FieldType.Number, Required = true, Min = FirstContestYear, Max = maxYear, Title = "Ročník", TitleEn = "Year" },
                new() { Key = "place", Type = FieldType.Number, Min = 1, Max = 10, Title = "Umístění", TitleEn = "Place", Help = "Jen u vítězů (1.–3. místo)." },
            ] },
        new() { Key = "presented_at", Type = FieldType.KeyList, References = "events", Title = "Představeno na akcích", TitleEn = "Presented at events",
            Help = "Akce sítě, kde byla praxe představena (názvy souborů z `content/events/` bez .md): praxe dostane razítko „DobráPraxe – prověřeno“.",
            Example = "[skola-zdravych-mest-podzim-2024]" },
        new() { Key = "related", Type = FieldType.KeyList, References = "practices", Title = "Související praxe", TitleEn = "Related practices",
            Help = "Související praxe podle názvu souboru bez `.md`, např. `[chrudim-skolni-forum]`.", Example = "[jina-praxe]" },
        EnglishSection(EntryCommonFields),
        Slug,
        Aliases,
        Draft,
    ];

    private static readonly ImmutableArray<FieldSpec> EventOwnFields =
    [
        new() { Key = "title", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Název", TitleEn = "Title", Prose = true, Translatable = true, Help = "Název akce, nejvýše 200 znaků.", Example = "Název akce" },
        new() { Key = "kind", Type = FieldType.Choice, Required = true, Choices = EventKinds, Title = "Druh", TitleEn = "Type", Example = "jine",
            Help = "Druh akce: " + string.Join(", ", EventKinds.Select(k => $"`{k.Key}` ({k.Label})")) + "." },
        new() { Key = "start", Type = FieldType.DateTime, Required = true, Title = "Začátek", TitleEn = "Start",
            Help = "Začátek: datum, čas a časové pásmo, např. `2027-03-24T09:00:00+01:00`." },
        new() { Key = "end", Type = FieldType.DateTime, Required = true, Title = "Konec", TitleEn = "End", Help = "Konec ve stejném tvaru. Musí být **po** začátku." },
        new() { Key = "place", Type = FieldType.Text, MaxLength = 300, Title = "Místo", TitleEn = "Place",
            Help = "Místo konání s adresou, nejvýše 300 znaků.", Example = "Název budovy, ulice a číslo, obec", Suggested = true },
        new() { Key = "online", Type = FieldType.Bool, Title = "Online", TitleEn = "Online", Help = "`true`, pokud se lze připojit online." },
        new() { Key = "registration", Type = FieldType.Url, Title = "Registrace", TitleEn = "Registration", Help = "Celá adresa registrace začínající `https://`. Tlačítko Registrace se ukazuje jen u nadcházejících akcí.", Example = "https://www.zdravamesta.cz/registrace" },
        new() { Key = "capacity", Type = FieldType.Number, Min = 1, Max = 100_000, Title = "Kapacita", TitleEn = "Capacity", Help = "Počet míst, celé číslo.", Example = "80" },
        new() { Key = "conference", Type = FieldType.Key, References = "conferences", Title = "Mikroweb", TitleEn = "Microsite",
            Help = "Název složky konference v `content/conferences/`, např. `konference-2021`. U akce se pak objeví tlačítko „Web konference“.", Example = "konference-2021" },
        new() { Key = "members", Type = FieldType.KeyList, References = "members", Title = "Pořadatelé", TitleEn = "Organisers",
            Help = "Pořádající členové sítě, klíče z `members.yml`, např. `[pisek]`. Zobrazí se jako „Pořádá“." },
        new() { Key = "summary", Type = FieldType.Text, Required = true, MaxLength = 300, Title = "Shrnutí", TitleEn = "Summary", Prose = true, Translatable = true,
            Help = "Shrnutí ve 2–3 větách, nejvýše 300 znaků.", Example = "Jednou větou, pro koho akce je a co přinese." },
    ];

    private static readonly ImmutableArray<FieldSpec> EventFields = [.. EventOwnFields, EnglishSection(EventOwnFields), Slug, Aliases, Draft];

    private static readonly ImmutableArray<FieldSpec> PageOwnFields =
    [
        new() { Key = "title", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Název", TitleEn = "Title", Prose = true, Translatable = true, Help = "Nadpis stránky, nejvýše 200 znaků." },
        new() { Key = "description", Type = FieldType.Text, MaxLength = 300, Title = "Popis", TitleEn = "Description", Prose = true, Translatable = true, Help = "Krátký popis pro vyhledávače, nejvýše 300 znaků." },
        new() { Key = "order", Type = FieldType.Number, Min = -1000, Max = 1000, Title = "Pořadí", TitleEn = "Order", Help = "Pořadí v nabídce mikrowebu; nižší dříve." },
    ];

    private static readonly ImmutableArray<FieldSpec> PageFields = [.. PageOwnFields, EnglishSection(PageOwnFields), Slug, Aliases, Draft];

    private static readonly FieldSpec Menu = new()
    {
        Key = "menu", Type = FieldType.GroupList, Title = "Nabídka",
        Help = "Vlastní menu: seznam `{ title: …, url: … }`. Bez něj se menu mikrowebu sestaví samo: Úvod, Program, Řečníci a pak ostatní stránky podle `order`.", Example = "{ title: O katalogu, url: /o-katalogu/ }", Fields =
        [
            new() { Key = "title", Type = FieldType.Text, Required = true, MaxLength = 100, Title = "Text odkazu" },
            new() { Key = "url", Type = FieldType.Text, Required = true, MaxLength = 2000, Title = "Adresa", Help = "Adresa od kořene webu, např. /o-katalogu/, nebo úplná adresa." },
        ],
    };

    /// <summary>'languages: [cs, en]': the languages a site is published in, the first (its default) at the root.</summary>
    // Properties, not fields: SiteFields reads them while the static fields are still being initialised.
    private static FieldSpec Languages => new()
    {
        Key = "languages", Type = FieldType.TextList, MaxLength = 10, MaxItems = 10, Title = "Jazyky", Example = "[cs, en]",
        Help = "Jazyky webu, první je výchozí (v kořeni webu), další pod `/en/`, např. `[cs, en]`; nahrazuje `language:`.",
    };

    /// <summary>
    /// 'en: { title, description, menu }': the site's English title, description and menu. Without it the English pages
    /// take the default language's title and description, and a menu made of the English counterparts of its items.
    /// </summary>
    private static FieldSpec LanguageSection => new()
    {
        Key = English, Type = FieldType.Group, Title = "Anglická verze", Example = "{ title: Good Practice of Healthy Cities, description: … }",
        Help = "Název, popis a nabídka anglické verze webu (jen s `languages: [cs, en]`); bez nich se použije český název a popis a anglické protějšky položek nabídky.",
        Fields =
        [
            new() { Key = "title", Type = FieldType.Text, MaxLength = 200, Title = "Název webu anglicky" },
            new() { Key = "description", Type = FieldType.Text, MaxLength = 300, Title = "Popis anglicky" },
            Menu with { Help = "Nabídka anglické verze: seznam `{ title: …, url: … }` s adresami anglických stránek (`/en/…`)." },
        ],
    };

    /// <summary>The form of one item of 'taxonomies:' in site.yml (and of the generator's own defaults).</summary>
    public static readonly ImmutableArray<FieldSpec> TaxonomyDeclaration =
    [
        new() { Key = "key", Type = FieldType.Text, Required = true, MaxLength = 60, Title = "Klíč", Help = "Část adresy: /klic/ a /klic/hodnota/." },
        new() { Key = "title", Type = FieldType.Text, Required = true, MaxLength = 100, Title = "Název", Help = "Název třídění, např. Cílové skupiny." },
        new() { Key = "title_en", Type = FieldType.Text, MaxLength = 100, Title = "Název anglicky",
            Help = "Název třídění anglicky, např. Target groups; povinný, pokud je web i v angličtině (`languages: [cs, en]`)." },
        new() { Key = "field", Type = FieldType.Text, Required = true, MaxLength = 60, Title = "Pole", Help = "Pole v záhlaví praxe se seznamem hodnot." },
        new() { Key = "data", Type = FieldType.Text, MaxLength = 200, Title = "Data", Help = "Datový soubor s hodnotami, např. data/cilove-skupiny.yml." },
        new() { Key = "facet", Type = FieldType.Bool, Title = "Filtr", Help = "Nabízet jako filtr ve vyhledávání." },
        new() { Key = "facet_title", Type = FieldType.Text, MaxLength = 100, Title = "Název filtru", Help = "Název filtru ve vyhledávání (jinak název třídění)." },
        new() { Key = "facet_title_en", Type = FieldType.Text, MaxLength = 100, Title = "Název filtru anglicky",
            Help = "Název filtru anglicky; povinný u webu i v angličtině, má-li třídění `facet_title`." },
        new() { Key = "feeds", Type = FieldType.Bool, Title = "Kanály", Help = "Atom kanál pro každou hodnotu (/klic/hodnota/feed.xml), odkázaný z její stránky." },
        new() { Key = "facet_key", Type = FieldType.Text, MaxLength = 60, Title = "Parametr filtru", Help = "Název filtru v adrese vyhledávání (jinak klíč)." },
        new() { Key = "pages", Type = FieldType.Bool, Title = "Stránky", Help = "false: jen filtr, bez vlastních stránek." },
    ];

    /// <summary>The orders a kind's list may have: newest first, or by title.</summary>
    public static readonly ImmutableArray<Choice> KindSorts = [new("date", "od nejnovějších"), new("title", "podle názvu")];

    /// <summary>The form of one item of 'kinds:' in site.yml (and of the generator's own defaults).</summary>
    public static ImmutableArray<FieldSpec> KindDeclaration =>
    [
        new() { Key = "key", Type = FieldType.Text, Required = true, MaxLength = 60, Title = "Klíč", Help = "Název druhu, např. publikace (i pro `new publikace <slug>`)." },
        new() { Key = "folder", Type = FieldType.Text, MaxLength = 60, Title = "Složka", Help = "Složka v content/ se soubory tohoto druhu (jinak klíč)." },
        new() { Key = "route", Type = FieldType.Text, MaxLength = 60, Title = "Adresa", Help = "Část adresy: seznam na /adresa/, položky na /adresa/<slug>/ (jinak klíč)." },
        new() { Key = "title", Type = FieldType.Text, MaxLength = 100, Title = "Název", Help = "Název seznamu, např. Publikace." },
        new() { Key = "item_title", Type = FieldType.Text, MaxLength = 100, Title = "Název položky", Help = "Jak se jmenuje jedna položka, např. Publikace (jinak název)." },
        new() { Key = "title_en", Type = FieldType.Text, MaxLength = 100, Title = "Název anglicky",
            Help = "Název seznamu anglicky, např. Publications; povinný, pokud je web i v angličtině (`languages: [cs, en]`)." },
        new() { Key = "item_title_en", Type = FieldType.Text, MaxLength = 100, Title = "Název položky anglicky",
            Help = "Jak se jmenuje jedna položka anglicky; povinný u webu i v angličtině, má-li druh `item_title`." },
        new() { Key = "fields", Type = FieldType.GroupList, Title = "Pole", Fields = FieldDeclaration,
            Help = "Pole položek kromě title, summary, date, slug a draft, ve tvaru jako 'fields:'." },
        new() { Key = "taxonomies", Type = FieldType.TextList, MaxLength = 60, Title = "Třídění",
            Help = "Pole třídění, která položky mají jako praxe (např. [themes, member]); stránky jejich hodnot ukazují i tyto položky." },
        new() { Key = "sort", Type = FieldType.Choice, Choices = KindSorts, Title = "Řazení", Help = "Pořadí seznamu: `date` (od nejnovějších) nebo `title`." },
        new() { Key = "feed", Type = FieldType.Bool, Title = "Kanál", Help = "Atom kanál /adresa/feed.xml." },
        new() { Key = "search", Type = FieldType.Bool, Title = "Vyhledávání", Help = "Položky ve vyhledávání, s hodnotou filtru Druh záznamu." },
        new() { Key = "open_data", Type = FieldType.Bool, Title = "Otevřená data", Help = "Tabulka CSV a JSON se schématem v /data/ (web s 'open_data:')." },
        new() { Key = "layout", Type = FieldType.Text, MaxLength = 60, Title = "Šablona", Help = "Šablona stránky položky (výchozí: entry)." },
    ];

    /// <summary>The form of one item of 'fields:' in site.yml.</summary>
    public static readonly ImmutableArray<FieldSpec> FieldDeclaration =
    [
        new() { Key = "key", Type = FieldType.Text, Required = true, MaxLength = 60, Title = "Klíč", Help = "Název pole v záhlaví praxe, např. budget." },
        new() { Key = "title", Type = FieldType.Text, Required = true, MaxLength = 100, Title = "Název", Help = "Popisek v přehledu praxe, např. Rozpočet." },
        new() { Key = "title_en", Type = FieldType.Text, MaxLength = 100, Title = "Název anglicky",
            Help = "Popisek anglicky, např. Budget; povinný, pokud je web i v angličtině (`languages: [cs, en]`)." },
        new() { Key = "type", Type = FieldType.Choice, Required = true, Choices = DeclarableTypes, Title = "Typ",
            Help = "Druh hodnoty: " + string.Join(", ", DeclarableTypes.Select(t => $"`{t.Key}` ({t.Label})")) + "." },
        new() { Key = "required", Type = FieldType.Bool, Title = "Povinné", Help = "Každá praxe ho musí mít." },
        new() { Key = "facet", Type = FieldType.Bool, Title = "Filtr", Help = "Nabízet jako filtr ve vyhledávání." },
        new() { Key = "help", Type = FieldType.Text, MaxLength = 300, Title = "Nápověda", Help = "Nápověda pro redaktory." },
        new() { Key = "translatable", Type = FieldType.Bool, Title = "Překládá se",
            Help = "Text, který překlad (`<slug>.en.md`) píše po svém; ostatní pole překlad přebírá z českého záznamu." },
        new() { Key = "references", Type = FieldType.Text, MaxLength = 60, Title = "Odkazuje na",
            Help = "Klíč druhu záznamů (např. practice, video): hodnoty pole (u typu list seznam) jsou jejich názvy souborů bez .md; stránka odkázaného záznamu ukáže odkazující." },
    ];

    /// <summary>The default of site.yml's 'media: { max_file_mb }'.</summary>
    public const int MediaMaxFileMegabytes = 25;

    private static readonly ImmutableArray<FieldSpec> SiteFields =
    [
        new() { Key = "title", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Název webu" },
        new() { Key = "base_url", Type = FieldType.Url, Required = true, Title = "Adresa webu", Help = "Úplná adresa, na které web běží." },
        new() { Key = "language", Type = FieldType.Text, MaxLength = 10, Title = "Jazyk", Example = "cs",
            Help = "Jazyk webu, např. `cs`; povinný, pokud web nemá `languages:`." },
        Languages,
        new() { Key = "description", Type = FieldType.Text, Required = true, MaxLength = 300, Title = "Popis" },
        LanguageSection,
        new() { Key = "theme", Type = FieldType.Text, MaxLength = 100, Title = "Vzhled", Help = "Složka vzhledu v themes/ (výchozí: default).", Example = "default" },
        new() { Key = "per_page", Type = FieldType.Number, Min = 1, Max = 500, Title = "Praxí na stránku", Example = "20" },
        new() { Key = "allow_html", Type = FieldType.Bool, Title = "Povolit HTML", Help = "Pustit HTML v Markdownu (pročištěné)." },
        new() { Key = "media", Type = FieldType.Group, Title = "Soubory a fotky", Help = "Pravidla pro content/media/: `{ max_file_mb: 25, keep_metadata: false }`.",
            Example = "{ max_file_mb: 25 }", Fields =
            [
                new() { Key = "max_file_mb", Type = FieldType.Number, Min = 1, Max = 100, Title = "Největší soubor (MB)",
                    Help = $"Největší povolený soubor v content/media/, v MB (výchozí: {MediaMaxFileMegabytes})." },
                new() { Key = "keep_metadata", Type = FieldType.Bool, Title = "Ponechat metadata fotek",
                    Help = "Ponechat ve zveřejněných fotkách EXIF (fotoaparát, datum, **poloha GPS**). Výchozí: ne, metadata se odstraní." },
            ] },
        Menu,
        new() { Key = "taxonomies", Type = FieldType.GroupList, Title = "Další třídění", Fields = TaxonomyDeclaration,
            Help = "Vlastní třídění praxí (stránky, filtr ve vyhledávání)." },
        new() { Key = "fields", Type = FieldType.GroupList, Title = "Další pole", Fields = FieldDeclaration,
            Help = "Vlastní pole praxí (zobrazí se v přehledu)." },
        new() { Key = "kinds", Type = FieldType.GroupList, Title = "Další druhy obsahu", Fields = KindDeclaration,
            Help = "Vlastní druhy záznamů: složka v content/, seznam a stránky, kanál, vyhledávání, otevřená data." },
        AccessibilitySchema.Section(inherited: false),
        OpenDataSchema.Section,
        new() { Key = "redirects", Type = FieldType.GroupList, Title = "Přesměrování", Example = "{ from: \"/cz/priklady-dobre-praxe/{slug}\", to: \"/praxe/{slug}/\" }",
            Help = "Staré adresy, které mají vést na stránky webu: `{ from: /stara-adresa/, to: /nova-adresa/ }`. `{slug}` v obou (v uvozovkách) stojí za každou stránku, kterou `to` popisuje, např. `{ from: \"/cz/priklady-dobre-praxe/{slug}\", to: \"/praxe/{slug}/\" }`. Staré adresy jednoho záznamu patří do jeho `aliases:`.", Fields =
            [
                new() { Key = "from", Type = FieldType.Text, Required = true, MaxLength = 300, Title = "Stará adresa", Help = "Adresa od kořene webu, např. /cz/priklady-dobre-praxe/{slug}.", Example = "\"/cz/priklady-dobre-praxe/{slug}\"" },
                new() { Key = "to", Type = FieldType.Text, Required = true, MaxLength = 300, Title = "Nová adresa", Help = "Adresa stránky tohoto webu, např. /praxe/{slug}/.", Example = "\"/praxe/{slug}/\"" },
            ] },
        new() { Key = "editor", Type = FieldType.Group, Title = "Webový editor", Example = "{ repo: nszm/dobrapraxe, branch: main }",
            Help = "Zapne webový editor na /admin/ (Sveltia CMS): redaktoři se přihlásí do GitHubu a změny uloží jako pull request. Bez tohoto řádku se /admin/ nevydává.", Fields = EditorDeclaration },
    ];

    /// <summary>The form of site.yml 'editor:': where the web editor on the published site saves (see docs/web-editor.md).</summary>
    // A property, not a field: SiteFields above reads it while the static fields are still being initialised.
    public static ImmutableArray<FieldSpec> EditorDeclaration =>
    [
        new() { Key = "repo", Type = FieldType.Text, Required = true, MaxLength = 140, Title = "Repozitář", Help = "Repozitář na GitHubu ve tvaru vlastník/název, např. nszm/dobrapraxe." },
        new() { Key = "branch", Type = FieldType.Text, MaxLength = 100, Title = "Větev", Help = "Větev, do které míří pull requesty (výchozí: main)." },
    ];

    private static readonly ImmutableArray<FieldSpec> ConferenceFields =
    [
        new() { Key = "title", Help = "Název konference, nejvýše 200 znaků.", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Název konference" },
        new() { Key = "base_url", Type = FieldType.Url, Required = true, Title = "Adresa mikrowebu", Help = "Vlastní adresa mikrowebu, celá, s `https://`." },
        new() { Key = "language", Type = FieldType.Text, MaxLength = 10, Title = "Jazyk", Help = "Jazyk mikrowebu (výchozí: jazyk hlavního webu).", Example = "cs" },
        Languages with { Help = "Jazyky mikrowebu, první je výchozí, např. `[cs, en]` (výchozí: jen jeho `language`); nahrazuje `language:`." },
        LanguageSection,
        new() { Key = "description", Help = "Popis pro vyhledávače, nejvýše 300 znaků.", Type = FieldType.Text, MaxLength = 300, Title = "Popis" },
        new() { Key = "start", Help = "První den konference, `RRRR-MM-DD`.", Type = FieldType.Date, Required = true, Title = "První den" },
        new() { Key = "end", Help = "Poslední den konference, `RRRR-MM-DD`; ne dřív než `start`.", Type = FieldType.Date, Required = true, Title = "Poslední den" },
        new() { Key = "venue", Help = "Místo konání.", Type = FieldType.Text, MaxLength = 300, Title = "Místo konání" },
        new() { Key = "accent", Type = FieldType.Color, Required = true, MaxLength = 7, Title = "Barva", Help = "Barva mikrowebu ve tvaru `\"#rrggbb\"`, **v uvozovkách**. Musí být dost tmavá, aby na ní byl čitelný bílý text (kontrast aspoň 4,5 : 1)." },
        new() { Key = "partners", Type = FieldType.GroupList, ScalarItem = "name", Title = "Partneři",
            Help = "Partneři: seznam názvů, nebo `{ name: …, url: https://… }` (`url` je nepovinné).", Example = "{ name: Masarykova univerzita, url: https://www.muni.cz/ }", Fields =
            [
                new() { Key = "name", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Název" },
                new() { Key = "url", Type = FieldType.Url, Title = "Web" },
            ] },
        Menu,
        AccessibilitySchema.Section(inherited: true),
    ];

    private static readonly ImmutableArray<FieldSpec> ProgramFields =
    [
        new() { Key = "days", Help = "Seznam dnů.", Type = FieldType.GroupList, Required = true, Title = "Dny", Fields =
            [
                new() { Key = "date", Help = "Den, `RRRR-MM-DD`. Musí ležet mezi `start` a `end` ze `site.yml`.", Type = FieldType.Date, Required = true, Title = "Datum" },
                new() { Key = "sessions", Help = "Seznam bodů programu v daném dni.", Type = FieldType.GroupList, Required = true, Title = "Bloky", Fields = WithEnglishTwins(
                    [
                        new() { Key = "time", Help = "Začátek, např. `\"09:30\"`. Pište **v uvozovkách**.", Type = FieldType.Time, Required = true, Title = "Začátek" },
                        new() { Key = "end", Help = "Konec, např. `\"10:30\"`. Musí být po `time`.", Type = FieldType.Time, Required = true, Title = "Konec" },
                        new() { Key = "title", Help = "Název bloku, nejvýše 300 znaků. Obsahuje-li `: `, dejte ho do uvozovek.", Type = FieldType.Text, Required = true, MaxLength = 300, Title = "Název" },
                        new() { Key = "room", Help = "Sál nebo místnost, např. `\"Aula\"`.", Type = FieldType.Text, MaxLength = 100, Title = "Sál" },
                        new() { Key = "speakers", Help = "Klíče řečníků ze `speakers.yml`.", Type = FieldType.KeyList, References = "speakers", Title = "Řečníci" },
                        new() { Key = "description", Help = "Popis, nejvýše 1000 znaků.", Type = FieldType.Text, MaxLength = 1000, Title = "Popis" },
                    ], "title", "description") },
            ] },
    ];

    // A name is the same in any language; the affiliation and the bio have English twins for a microsite in English too.
    private static readonly ImmutableArray<FieldSpec> SpeakerFields = WithEnglishTwins(
    [
        new() { Key = "name", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Jméno" },
        new() { Key = "affiliation", Type = FieldType.Text, MaxLength = 300, Title = "Instituce" },
        new() { Key = "bio", Type = FieldType.Text, MaxLength = 2000, Title = "Medailonek" },
    ], "affiliation", "bio");

    /// <summary>The fields, each of <paramref name="keys"/> followed by its English twin ('name', 'name_en').</summary>
    private static ImmutableArray<FieldSpec> WithEnglishTwins(ImmutableArray<FieldSpec> fields, params string[] keys) =>
        [.. fields.SelectMany(f => keys.Contains(f.Key) ? new[] { f, EnglishTwin(f) } : [f])];

    private static readonly ImmutableArray<FieldSpec> ThemeOwnFields =
    [
        new() { Key = "name", Type = FieldType.Text, Required = true, MaxLength = 100, Title = "Název" },
        new() { Key = "color", Type = FieldType.Color, Required = true, MaxLength = 7, Title = "Barva" },
        new() { Key = "description", Type = FieldType.Text, MaxLength = 500, Title = "Popis" },
    ];

    private static readonly ImmutableArray<FieldSpec> ThemeFields = WithEnglishTwins(ThemeOwnFields, "name", "description");

    private static readonly ImmutableArray<FieldSpec> RegionOwnFields =
    [
        new() { Key = "name", Type = FieldType.Text, Required = true, MaxLength = 100, Title = "Název" },
        new() { Key = "code", Type = FieldType.Text, MaxLength = 3, Title = "Zkratka", Help = "Zkratka kraje na mapě, např. JHM.", Example = "JHM" },
        new() { Key = "tile", Type = FieldType.NumberList, Min = 0, Max = 9, MaxItems = 2, Title = "Dlaždice na mapě",
            Help = "Místo kraje na dlaždicové mapě: [sloupec, řádek], např. [3, 2]; kraje bez něj mapa nemá.", Example = "[3, 2]" },
    ];

    private static readonly ImmutableArray<FieldSpec> RegionFields = WithEnglishTwins(RegionOwnFields, "name");

    private static ImmutableArray<FieldSpec> MemberFields(int maxYear) =>
    [
        new() { Key = "name", Help = "Oficiální název, např. `\"Kraj Vysočina\"`.", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Název" },
        new() { Key = "type", Help = "Jeden z typů: " + string.Join(", ", MemberTypes.Select(t => $"`{t.Key}` ({t.Label})")) + ".", Type = FieldType.Choice, Required = true, Choices = MemberTypes, Title = "Typ" },
        new() { Key = "region", Help = "Klíč kraje z `content/data/regions.yml`.", Type = FieldType.Key, Required = true, References = "regions", Title = "Kraj" },
        new() { Key = "web", Help = "Celá adresa webu s `https://`.", Type = FieldType.Url, Title = "Web" },
        new() { Key = "since", Help = "Rok vstupu do NSZM (1990 až příští rok).", Type = FieldType.Number, Min = MinYear, Max = maxYear, Title = "Členem od" },
    ];

    private static readonly ImmutableArray<FieldSpec> TermOwnFields =
    [
        new() { Key = "name", Type = FieldType.Text, Required = true, MaxLength = 100, Title = "Název" },
        new() { Key = "description", Type = FieldType.Text, MaxLength = 500, Title = "Popis" },
    ];

    private static readonly ImmutableArray<FieldSpec> TermFields = WithEnglishTwins(TermOwnFields, "name", "description");
}
