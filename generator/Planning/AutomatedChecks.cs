using System.Collections.Immutable;

namespace DobraPraxe.Generator.Planning;

/// <summary>
/// The automated accessibility checks the generator's test suite really runs on every page type of the sites it
/// builds, as the statement's method section names them. Each carries a marker that the test suite's source must
/// contain (AutomatedChecksTests): a check the tests stop running cannot stay in the statement.
/// </summary>
public static class AutomatedChecks
{
    public static readonly ImmutableArray<AutomatedCheck> All =
    [
        new("axe", "AccessibilityTests.cs", "wcag21aa"),
        new("nu", "BudgetAndValidityTests.cs", "every_html_page_passes_the_nu_html_checker"),
        new("keyboard", "KeyboardTests.cs", "the_first_tab_reaches_a_visible_skip_link"),
        new("noscript", "NoScriptTests.cs", "every_page_shows_its_content_with_javascript_disabled"),
        new("headings", "AccessibilityTests.cs", "headings_never_skip_a_level_and_every_image_has_alt_text"),
    ];
}

/// <summary>
/// One automated check: its name (its description is the site's word 'statement.check.&lt;name&gt;'), and the browser
/// test file and text that prove it runs.
/// </summary>
public sealed record AutomatedCheck(string Name, string TestFile, string Marker)
{
    public Localization.WordKey Description => Localization.GeneratorWords.Check(Name);
}
