using System.Collections.Immutable;

namespace DobraPraxe.Generator.Schema;

/// <summary>
/// The 'open_data:' section of site.yml: the constants of the DCAT-AP-CZ catalogue (/data/katalog.jsonld) and
/// which fields the data files leave out. The columns themselves are not listed anywhere: they are the declared
/// fields of practices and events (<see cref="ContentSchema"/>).
/// </summary>
public static class OpenDataSchema
{
    public const string Key = "open_data";

    /// <summary>The EU frequency vocabulary (http://publications.europa.eu/resource/authority/frequency/…), codes as they are.</summary>
    public static readonly ImmutableArray<Choice> Frequencies =
    [
        new("IRREG", "nepravidelně"), new("CONT", "průběžně"), new("DAILY", "denně"), new("WEEKLY", "týdně"),
        new("MONTHLY", "měsíčně"), new("QUARTERLY", "čtvrtletně"), new("ANNUAL", "ročně"),
    ];

    /// <summary>The EU data themes vocabulary (http://publications.europa.eu/resource/authority/data-theme/…).</summary>
    public static readonly ImmutableArray<Choice> DataThemes =
    [
        new("AGRI", "Zemědělství, rybolov, lesnictví a potraviny"), new("ECON", "Hospodářství a finance"), new("EDUC", "Vzdělávání, kultura a sport"),
        new("ENER", "Energie"), new("ENVI", "Životní prostředí"), new("GOVE", "Vláda a veřejný sektor"), new("HEAL", "Zdraví"),
        new("INTR", "Mezinárodní otázky"), new("JUST", "Spravedlnost, právní systém a veřejná bezpečnost"), new("REGI", "Regiony a města"),
        new("SOCI", "Populace a společnost"), new("TECH", "Věda a technika"), new("TRAN", "Doprava"),
    ];

    /// <summary>Terms of use of the copyrighted texts, as the Czech 'podmínky užití' specification names them.</summary>
    public static readonly ImmutableArray<Choice> Licences =
    [
        new("cc-by-4.0", "obsahuje autorská díla, užití podle CC BY 4.0", "it contains works of authorship, to be used under CC BY 4.0"),
        new("bez-autorskych-del", "neobsahuje autorská díla", "it contains no works of authorship"),
    ];

    public const string DefaultFrequency = "IRREG";
    public static readonly ImmutableArray<string> DefaultThemes = ["REGI", "SOCI"];
    public const string DefaultLicence = "cc-by-4.0";

    public static readonly FieldSpec Section = new()
    {
        Key = Key, Type = FieldType.Group, Title = "Otevřená data",
        Help = "Otevřená data: /data/praxe.csv, /data/praxe.json, /data/akce.csv, /data/akce.json a katalog /data/katalog.jsonld pro Národní katalog otevřených dat. Bez tohoto oddílu se nevytvářejí.",
        Example = "{ publisher: Národní síť Zdravých měst ČR, contact: { email: data@zdravamesta.cz } }",
        Fields =
        [
            new() { Key = "publisher", Type = FieldType.Text, Required = true, MaxLength = 200, Title = "Poskytovatel", Help = "Kdo data zveřejňuje.",
                Example = "Národní síť Zdravých měst České republiky" },
            new() { Key = "publisher_iri", Type = FieldType.Url, Title = "IRI poskytovatele",
                Help = "Identifikátor poskytovatele pro NKOD, např. `https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/<IČO>`; bez něj adresa webu." },
            new() { Key = "contact", Type = FieldType.Group, Required = true, Title = "Kontaktní bod",
                Help = "Kontakt pro dotazy k datům: `{ name: …, email: … }` (útvar, ne osoba); e-mail je povinný.", Example = "{ name: Kancelář NSZM, email: data@zdravamesta.cz }",
                Fields =
                [
                    new() { Key = "name", Type = FieldType.Text, MaxLength = 200, Title = "Název" },
                    new() { Key = "email", Type = FieldType.Email, Required = true, MaxLength = 200, Title = "E-mail" },
                ] },
            new() { Key = "licence", Type = FieldType.Choice, Choices = Licences, Title = "Podmínky užití",
                Help = "Texty záznamů: " + string.Join(", ", Licences.Select(l => $"`{l.Key}` ({l.Label})")) + $"; výchozí `{DefaultLicence}`." },
            new() { Key = "author", Type = FieldType.Text, MaxLength = 200, Title = "Autor", Help = "Koho uvádět při užití podle CC BY (výchozí: poskytovatel)." },
            new() { Key = "frequency", Type = FieldType.Choice, Choices = Frequencies, Title = "Periodicita aktualizace",
                Help = "Jak často se data mění (kód evropského číselníku): " + string.Join(", ", Frequencies.Select(f => $"`{f.Key}` ({f.Label})")) + $"; výchozí `{DefaultFrequency}`." },
            new() { Key = "themes", Type = FieldType.TextList, MaxLength = 4, Title = "Témata EU",
                Help = "Kódy evropského číselníku datových témat, např. `[REGI, SOCI]` (výchozí)." },
            new() { Key = "include_personal", Type = FieldType.TextList, MaxLength = 100, Title = "Zveřejnit osobní údaje",
                Help = "Osobní údaje (např. `contact.email`) se do dat nedávají; pole uvedená zde ano. Jen se souhlasem dotčených osob." },
            new() { Key = "exclude", Type = FieldType.TextList, MaxLength = 100, Title = "Vynechat pole", Help = "Další pole, která se do dat nedávají, např. `[awards]`." },
        ],
    };
}
