using System.Collections.Immutable;

namespace DobraPraxe.Generator.SiteBuilding;

/// <summary>
/// The automated accessibility checks the generator's test suite really runs on every page type of the sites it
/// builds, as the statement's method section names them. Each carries a marker that the test suite's source must
/// contain (AutomatedChecksTests): a check the tests stop running cannot stay in the statement.
/// </summary>
public static class AutomatedChecks
{
    public static readonly ImmutableArray<AutomatedCheck> All =
    [
        new("axe-core s pravidly WCAG 2.1 úrovně A a AA na každém typu stránky, při šířce okna 1280 a 375 px, bez jediného porušení",
            "AccessibilityTests.cs", "wcag21aa"),
        new("kontrola HTML validátorem W3C Nu (vnu.jar) na každé vygenerované stránce, bez jediné chyby",
            "BudgetAndValidityTests.cs", "every_html_page_passes_the_nu_html_checker"),
        new("ovládání klávesnicí: první stisk Tab vede na viditelný odkaz „Přejít na obsah“, fokus je viditelný a nabídka dosažitelná v pořadí",
            "KeyboardTests.cs", "the_first_tab_reaches_a_visible_skip_link"),
        new("stránky s vypnutým JavaScriptem ukazují celý obsah; vyhledávání bez skriptu odkazuje na procházení katalogu",
            "NoScriptTests.cs", "every_page_shows_its_content_with_javascript_disabled"),
        new("nadpisy nepřeskakují úrovně a každý obrázek má textovou alternativu",
            "AccessibilityTests.cs", "headings_never_skip_a_level_and_every_image_has_alt_text"),
    ];
}

/// <summary>One automated check: its Czech description, and the browser test file and text that prove it runs.</summary>
public sealed record AutomatedCheck(string Description, string TestFile, string Marker);
