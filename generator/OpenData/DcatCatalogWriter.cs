using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Json;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.OpenData;

/// <summary>
/// /data/katalog.jsonld: a local open-data catalogue (LKOD) in DCAT-AP-CZ as the Czech open formal standard
/// "Rozhraní katalogů otevřených dat" gives it in JSON-LD (its context, its Czech keys), which the National Open
/// Data Catalogue (NKOD) harvests. A dataset per table, embedded, with a distribution per format. Every IRI is an
/// address in this file (…/katalog.jsonld#praxe), so each resolves to the document that describes it.
/// </summary>
public static class DcatCatalogWriter
{
    /// <summary>The JSON-LD context of the standard (version 2021-01-11) that NKOD reads local catalogues with.</summary>
    public const string Context = "https://ofn.gov.cz/rozhraní-katalogů-otevřených-dat/2021-01-11/kontexty/rozhraní-katalogů-otevřených-dat.jsonld";
    public const string Path = Site.Routes.OpenData + "katalog.jsonld";

    private const string EuAuthority = "http://publications.europa.eu/resource/authority/";
    private const string Terms = "https://data.gov.cz/podmínky-užití/";
    private const string CcBy = "https://creativecommons.org/licenses/by/4.0/";
    /// <summary>Czechia, as RÚIAN (the Czech register of territorial units) and the EU country vocabulary name it.</summary>
    private const string Czechia = "https://linked.cuzk.cz/resource/ruian/stat/1";
    private const string CzechiaCountry = EuAuthority + "country/CZE";

    /// <param name="english">The English words and site when the site has English: the catalogue's title and description get an "en" beside "cs".</param>
    public static string Write(IReadOnlyList<OpenDataTable> tables, OpenDataSettings settings, SiteConfig site, SiteUrls urls, IReadOnlyList<Theme> themes, bool personalData,
        Localization.Words words, (Localization.Words Words, SiteLanguage Site)? english = null)
    {
        JsonObject Texts(string czech, Func<Localization.Words, SiteLanguage?, string> inEnglish)
        {
            var texts = new JsonObject { ["cs"] = czech };
            if (english is { } en) texts["en"] = inEnglish(en.Words, en.Site);
            return texts;
        }
        var catalogue = urls.Absolute(Path);
        var publisher = settings.PublisherIri?.AbsoluteUri ?? urls.Absolute("");
        var root = new JsonObject
        {
            ["@context"] = Context,
            ["iri"] = catalogue,
            ["typ"] = "Katalog",
            ["název"] = Texts(words.Text(Localization.GeneratorWords.DataCatalogueTitle, ("site", site.Title)),
                (w, l) => w.Text(Localization.GeneratorWords.DataCatalogueTitle, ("site", l!.Title))),
            ["popis"] = Texts(words.Text(Localization.GeneratorWords.DataCatalogueDescription, ("description", site.Description), ("publisher", settings.Publisher)),
                (w, l) => w.Text(Localization.GeneratorWords.DataCatalogueDescription, ("description", l!.Description), ("publisher", settings.Publisher))),
            ["poskytovatel"] = publisher,
            ["kontaktní_bod"] = Contact(settings),
            ["domovská_stránka"] = urls.Absolute(""),
            ["datová_sada"] = new JsonArray([.. tables.Select(t => (JsonNode)Dataset(t, catalogue, publisher, settings, urls, themes, personalData, words, english?.Words))]),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject Dataset(OpenDataTable table, string catalogue, string publisher, OpenDataSettings settings, SiteUrls urls, IReadOnlyList<Theme> themes, bool personalData,
        Localization.Words words, Localization.Words? english)
    {
        var iri = $"{catalogue}#{table.Key}";
        var dataset = new JsonObject
        {
            ["iri"] = iri,
            ["typ"] = "Datová sada",
            ["název"] = Both(table.Title, table.TitleEn),
            ["popis"] = Both(table.Description, table.DescriptionEn),
            ["poskytovatel"] = publisher,
            ["kontaktní_bod"] = Contact(settings),
            ["klíčové_slovo"] = Keywords(themes),
            ["téma"] = new JsonArray([.. settings.Themes.Select(t => (JsonNode)(EuAuthority + "data-theme/" + t))]),
            ["periodicita_aktualizace"] = EuAuthority + "frequency/" + settings.Frequency,
            ["prvek_rúian"] = new JsonArray(Czechia),
            ["geografické_území"] = new JsonArray(CzechiaCountry),
            ["dokumentace"] = urls.Absolute(table.CsvMetadataPath),
            ["specifikace"] = new JsonArray(urls.Absolute(table.SchemaPath)),
        };
        if (table.From is { } from && table.To is { } to)
            dataset["časové_pokrytí"] = new JsonObject { ["typ"] = "Časový interval", ["začátek"] = Iso(from), ["konec"] = Iso(to) };
        dataset["distribuce"] = new JsonArray(
            Distribution($"{iri}-csv", "CSV", urls.Absolute(table.CsvPath), "text/csv", "CSV", urls.Absolute(table.CsvMetadataPath), settings, personalData, words, english),
            Distribution($"{iri}-json", "JSON", urls.Absolute(table.JsonPath), "application/json", "JSON", urls.Absolute(table.SchemaPath), settings, personalData, words, english));
        return dataset;
    }

    private static JsonObject Distribution(string iri, string name, string url, string mediaType, string format, string schema, OpenDataSettings settings, bool personalData,
        Localization.Words words, Localization.Words? english) => new()
    {
        ["iri"] = iri,
        ["typ"] = "Distribuce",
        ["název"] = Both(words.Text(Localization.GeneratorWords.DistributionTitle, ("format", name)), english?.Text(Localization.GeneratorWords.DistributionTitle, ("format", name))),
        ["podmínky_užití"] = TermsOfUse(settings, personalData),
        ["soubor_ke_stažení"] = url,
        ["přístupové_url"] = url,
        ["typ_média"] = "http://www.iana.org/assignments/media-types/" + mediaType,
        ["formát"] = EuAuthority + "file-type/" + format,
        ["schéma"] = schema,
    };

    /// <summary>A text in Czech, and in English beside it when the site is published in English too.</summary>
    private static JsonObject Both(string czech, string? english)
    {
        var texts = new JsonObject { ["cs"] = czech };
        if (english is not null) texts["en"] = english;
        return texts;
    }

    /// <summary>The terms of use by the Czech specification: the texts under the chosen licence, no database rights, personal data as published.</summary>
    private static JsonObject TermsOfUse(OpenDataSettings settings, bool personalData)
    {
        var terms = new JsonObject { ["typ"] = "Specifikace podmínek užití" };
        if (settings.Licence == "cc-by-4.0")
        {
            terms["autorské_dílo"] = CcBy;
            terms["autor"] = new JsonObject { ["cs"] = settings.Author ?? settings.Publisher };
        }
        else terms["autorské_dílo"] = Terms + "neobsahuje-autorská-díla/";
        terms["databáze_jako_autorské_dílo"] = Terms + "není-autorskoprávně-chráněnou-databází/";
        terms["databáze_chráněná_zvláštními_právy"] = Terms + "není-chráněna-zvláštním-právem-pořizovatele-databáze/";
        terms["osobní_údaje"] = Terms + (personalData ? "obsahuje-osobní-údaje/" : "neobsahuje-osobní-údaje/");
        return terms;
    }

    private static JsonObject Contact(OpenDataSettings settings)
    {
        var contact = new JsonObject { ["typ"] = "Organizace" };
        contact["jméno"] = new JsonObject { ["cs"] = settings.ContactName ?? settings.Publisher };
        contact["e-mail"] = "mailto:" + settings.ContactEmail;
        return contact;
    }

    /// <summary>The themes' names as keywords, in Czech, and in English where a theme has 'name_en'.</summary>
    private static JsonObject Keywords(IReadOnlyList<Theme> themes)
    {
        var keywords = new JsonObject { ["cs"] = new JsonArray([.. themes.Select(t => (JsonNode)t.Name)]) };
        var english = themes.Where(t => t.NameEn is { Length: > 0 }).Select(t => (JsonNode)t.NameEn).ToArray();
        if (english.Length > 0) keywords["en"] = new JsonArray(english);
        return keywords;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
