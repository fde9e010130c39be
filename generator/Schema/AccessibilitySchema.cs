using System.Collections.Immutable;

namespace DobraPraxe.Generator.Schema;

/// <summary>
/// The 'accessibility:' section of site.yml: the parts of an accessibility statement (prohlášení o přístupnosti)
/// that law 99/2019 Sb. § 8 and the model of Commission Implementing Decision (EU) 2018/1523 ask for. Declared
/// once here; the parser, hints, JSON Schema and the editors' table read it.
/// </summary>
public static class AccessibilitySchema
{
    public const string Key = "accessibility";

    /// <summary>The compliance statuses of the EU model: fully, partially or not compliant.</summary>
    public static readonly ImmutableArray<Choice> Statuses =
    [
        new("plne", "plně v souladu"), new("castecne", "částečně v souladu"), new("neni", "není v souladu"),
    ];

    /// <summary>Why content is not accessible, the three reasons of the EU model.</summary>
    public static readonly ImmutableArray<Choice> Reasons =
    [
        new("nesoulad", "nesoulad s požadavky na přístupnost"),
        new("zatez", "nepřiměřená zátěž (§ 7 zákona č. 99/2019 Sb.)"),
        new("mimo-rozsah", "obsah, na který se zákon nevztahuje"),
    ];

    /// <summary>How the statement was prepared, as the EU model names the methods.</summary>
    public static readonly ImmutableArray<Choice> Methods =
    [
        new("vlastni", "vlastní posouzení"), new("treti-strana", "posouzení třetí stranou"),
    ];

    /// <summary>Where a reader turns when the answer to their notice is not satisfactory: the authority under § 10 of the law.</summary>
    public const string DefaultEnforcementName = "Digitální a informační agentura";
    /// <summary>The authority as it names itself in English, on the English statement.</summary>
    public const string DefaultEnforcementNameEn = "Digital and Information Agency";
    public const string DefaultEnforcementUrl = "https://dia.gov.cz/";
    public const string DefaultMethod = "vlastni";

    private const string Law = "Law 99/2019 Sb. § 8 and the EU model statement (Implementing Decision (EU) 2018/1523) ask for";

    /// <summary>
    /// The section as a group field. A microsite's site.yml declares the same parts, each optional:
    /// what it leaves out it <paramref name="inherited"/> from the main site's statement.
    /// </summary>
    public static FieldSpec Section(bool inherited)
    {
        bool Req(bool required) => required && !inherited;
        var help = inherited
            ? "Prohlášení o přístupnosti mikrowebu: uveďte jen to, čím se liší od hlavního webu (pořadatel, kontakt); ostatní se převezme."
            : "Prohlášení o přístupnosti (zákon č. 99/2019 Sb., § 8): stránka /prohlaseni-o-pristupnosti/ na každém webu a odkaz v patičce každé stránky.";
        return new()
        {
            Key = Key, Type = FieldType.Group, Title = "Prohlášení o přístupnosti", Help = help,
            Example = "{ body: Národní síť Zdravých měst ČR, status: castecne, prepared: 2026-09-01, contact: { email: info@zdravamesta.cz } }",
            Fields =
            [
                new() { Key = "body", Type = FieldType.Text, Required = Req(true), MaxLength = 200, Title = "Povinný subjekt",
                    Help = "Název subjektu, který web provozuje (u mikrowebu pořadatel konference).", Example = "Národní síť Zdravých měst České republiky",
                    Requirement = $"{Law} the name of the body: '[Name of the public sector body] is committed to making its website accessible…'." },
                new() { Key = "status", Type = FieldType.Choice, Required = Req(true), Choices = Statuses, Title = "Stav souladu",
                    Help = "Stav souladu: " + string.Join(", ", Statuses.Select(s => $"`{s.Key}` ({s.Label})")) + ".", Example = "castecne",
                    Requirement = $"{Law} the compliance status: 'This website is fully / partially / not compliant with …'." },
                new() { Key = "non_accessible", Type = FieldType.GroupList, Title = "Nepřístupný obsah",
                    Help = "Co není přístupné a proč: seznam `{ content: …, reason: nesoulad|zatez|mimo-rozsah, alternative: … }`. Povinné, pokud stav není `plne`.",
                    Example = "{ content: Mapa krajů je obrázek, reason: nesoulad, alternative: Tabulka pod mapou se stejnými počty }",
                    Requirement = $"{Law} the non-accessible content: 'an explanation concerning those parts of the content that are not accessible, and the reasons for that inaccessibility and, where appropriate, the accessible alternatives provided for' (Directive (EU) 2016/2102, Art. 7(1)(a)).",
                    Fields =
                    [
                        new() { Key = "content", Type = FieldType.Text, Required = true, MaxLength = 500, Title = "Obsah", Help = "Který obsah není přístupný." },
                        new() { Key = "reason", Type = FieldType.Choice, Required = true, Choices = Reasons, Title = "Důvod",
                            Help = "Důvod: " + string.Join(", ", Reasons.Select(r => $"`{r.Key}` ({r.Label})")) + "." },
                        new() { Key = "alternative", Type = FieldType.Text, MaxLength = 500, Title = "Přístupná alternativa", Help = "Přístupná náhrada, je-li." },
                    ] },
                new() { Key = "prepared", Type = FieldType.Date, Required = Req(true), Title = "Vypracováno",
                    Help = "Datum vypracování prohlášení, `RRRR-MM-DD`.", Example = "2026-09-01",
                    Requirement = $"{Law} the date of preparation: 'This statement was prepared on [date]'." },
                new() { Key = "reviewed", Type = FieldType.Date, Title = "Naposledy přezkoumáno",
                    Help = "Datum poslední revize, `RRRR-MM-DD` (výchozí: datum vypracování). Prohlášení se má přezkoumat aspoň jednou za rok; starší vyvolá varování.", Example = "2026-09-01" },
                new() { Key = "method", Type = FieldType.Choice, Choices = Methods, Title = "Metoda",
                    Help = "Jak bylo prohlášení vypracováno: " + string.Join(", ", Methods.Select(m => $"`{m.Key}` ({m.Label})")) + "; výchozí `vlastni`." },
                new() { Key = "evaluator", Type = FieldType.Text, MaxLength = 200, Title = "Kdo posoudil", Help = "Kdo web posoudil, jde-li o posouzení třetí stranou." },
                new() { Key = "contact", Type = FieldType.Group, Required = Req(true), Title = "Zpětná vazba",
                    Help = "Kam psát o nedostatcích přístupnosti: `{ email: …, phone: …, address: … }`; e-mail je povinný.",
                    Example = "{ email: info@zdravamesta.cz, phone: \"+420 000 000 000\", address: \"Ulice 1, 000 00 Město\" }",
                    Requirement = $"{Law} feedback and contact information: 'a description of, and a link to, a feedback mechanism enabling any person to notify the public sector body … of any failure of its website … to comply' (Directive (EU) 2016/2102, Art. 7(1)(b)).",
                    Fields =
                    [
                        new() { Key = "email", Type = FieldType.Email, Required = Req(true), MaxLength = 200, Title = "E-mail",
                            Requirement = $"{Law} a contact to write to: the feedback mechanism must be reachable, an e-mail address at least." },
                        new() { Key = "phone", Type = FieldType.Text, MaxLength = 50, Title = "Telefon" },
                        new() { Key = "address", Type = FieldType.Text, MaxLength = 300, Title = "Adresa" },
                        new() { Key = "name", Type = FieldType.Text, MaxLength = 200, Title = "Kontaktní místo", Help = "Útvar nebo funkce (ne jméno osoby)." },
                    ] },
                new() { Key = "enforcement", Type = FieldType.Group, Title = "Postup vymáhání",
                    Help = $"Kam se obrátit, když odpověď nevyhoví: `{{ name: …, url: https://… }}`; výchozí {DefaultEnforcementName} ({DefaultEnforcementUrl}).",
                    Fields =
                    [
                        new() { Key = "name", Type = FieldType.Text, MaxLength = 200, Title = "Orgán" },
                        new() { Key = "url", Type = FieldType.Url, Title = "Odkaz" },
                    ] },
                English,
            ],
        };
    }

    /// <summary>
    /// 'en:': the statement's own texts in English, for the English statement of a site published in English too. Each
    /// translates the Czech part of the same name (non_accessible item for item); a text it leaves out is shown in Czech,
    /// marked so. The rest of the statement (dates, status, e-mail, phone, address) is the same in both.
    /// </summary>
    private static FieldSpec English => new()
    {
        Key = ContentSchema.English, Type = FieldType.Group, Title = "Anglicky",
        Help = "Texty prohlášení anglicky pro anglickou verzi webu (vyjde s `languages: [cs, en]`): `{ body: …, non_accessible: [{ content: …, alternative: … }], contact: { name: … }, enforcement: { name: … } }`. " +
            "Položky `non_accessible` ve stejném pořadí jako české; co chybí, ukáže se česky.",
        Example = "{ body: Healthy Cities of the Czech Republic }",
        Fields =
        [
            new() { Key = "body", Type = FieldType.Text, MaxLength = 200, Title = "Povinný subjekt anglicky", Example = "Healthy Cities of the Czech Republic" },
            new() { Key = "non_accessible", Type = FieldType.GroupList, Title = "Nepřístupný obsah anglicky",
                Help = "Každá položka `non_accessible` anglicky, ve stejném pořadí: `{ content: …, alternative: … }`.",
                Example = "{ content: The map of regions is an image, alternative: The table below the map gives the same numbers }",
                Fields =
                [
                    new() { Key = "content", Type = FieldType.Text, MaxLength = 500, Title = "Obsah anglicky" },
                    new() { Key = "alternative", Type = FieldType.Text, MaxLength = 500, Title = "Přístupná alternativa anglicky" },
                ] },
            new() { Key = "contact", Type = FieldType.Group, Title = "Kontaktní místo anglicky", Example = "{ name: Office of the network }",
                Fields = [new() { Key = "name", Type = FieldType.Text, MaxLength = 200, Title = "Kontaktní místo anglicky" }] },
            new() { Key = "enforcement", Type = FieldType.Group, Title = "Orgán anglicky", Example = $"{{ name: {DefaultEnforcementNameEn} }}",
                Fields = [new() { Key = "name", Type = FieldType.Text, MaxLength = 200, Title = "Orgán anglicky" }] },
        ],
    };
}
