using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;
using DobraPraxe.Generator.Templating;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Templating;

public class TemplateSetTests : IDisposable
{
    private readonly TempFolder _theme = new();
    private readonly SiteUrls _urls = new(new Uri("https://example.org/katalog/"));

    private string Render(string layout, IReadOnlyDictionary<string, object?> variables, string? partial = null)
    {
        _theme.Write("layouts/base.html", "<main>{{ content }}</main>");
        _theme.Write("layouts/page.html", layout);
        if (partial is not null) _theme.Write("partials/card.html", partial);
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(_theme.Path, "themes/test", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return set!.RenderPage("page", variables, _urls);
    }

    [Fact]
    public void a_word_s_value_marked_with_its_language_goes_in_as_markup_and_the_rest_stays_escaped()
    {
        _theme.Write("layouts/base.html", "<main>{{ content }}</main>");
        _theme.Write("layouts/page.html", "{{ t \"statement.lead\" body: (in_language name \"cs\") }}|{{ t \"statement.lead\" body: (in_language name \"\") }}|{{ t \"statement.lead\" body: name }}");
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(_theme.Path, "themes/test", diagnostics)!;
        var words = TestWords.English;
        var html = set.RenderPage("page", new Dictionary<string, object?> { ["name"] = "Město <Testov> & spol." }, _urls, words: words);
        var rest = Html.Escape(words.Write(words.Find("statement.lead")!, null, _ => ""));
        var escaped = "Město &lt;Testov&gt; &amp; spol.";
        // Marked: a span with its language; unmarked or a plain value: the same escaped text as before.
        Assert.Equal($"<main><span lang=\"cs\">{escaped}</span>{rest}|{escaped}{rest}|{escaped}{rest}</main>", html);
    }

    [Fact]
    public void every_printed_value_is_html_escaped_by_default()
    {
        var html = Render("<p title=\"{{ value }}\">{{ value }}</p>", new Dictionary<string, object?> { ["value"] = "\"><script>alert('x')</script>&" });
        Assert.Equal("<main><p title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;\">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p></main>", html);
    }

    [Fact]
    public void czech_letters_are_not_turned_into_entities()
    {
        Assert.Equal("<main>Žluťoučký kůň</main>", Render("{{ value }}", new Dictionary<string, object?> { ["value"] = "Žluťoučký kůň" }));
    }

    [Fact]
    public void only_values_marked_raw_print_unescaped()
    {
        Assert.Equal("<main><em>a</em></main>", Render("{{ raw value }}", new Dictionary<string, object?> { ["value"] = "<em>a</em>" }));
    }

    [Fact]
    public void partials_are_included_unescaped_with_their_model_and_their_values_escaped()
    {
        var html = Render("{{ include \"card\" item }}", new Dictionary<string, object?> { ["item"] = "<b>" }, partial: "<div>{{ model }}</div>");
        Assert.Equal("<main><div>&lt;b&gt;</div></main>", html);
    }

    [Fact]
    public void an_indented_include_leaves_what_was_rendered_before_it_as_it_was()
    {
        // A partial once rendered into the page's own output: Scriban handed back the whole page so far, which was then
        // written again at the include's indent, shifting every earlier line (the lines of a <pre> too), once per include.
        var html = Render("<pre>a\nb</pre>\n  {{ include \"card\" }}\n  {{ include \"card\" }}\n", new Dictionary<string, object?>(), partial: "<p>x</p>\n<p>y</p>");
        Assert.Equal("<main><pre>a\nb</pre>\n  <p>x</p>\n  <p>y</p>\n  <p>x</p>\n  <p>y</p>\n</main>", html);
    }

    [Fact]
    public void a_page_rendered_after_a_longer_one_on_the_same_thread_holds_only_its_own_text()
    {
        // Layouts and partials render into buffers kept from page to page: nothing of the previous page may remain.
        _theme.Write("layouts/base.html", "<main>{{ content }}</main>");
        _theme.Write("layouts/page.html", "{{ include \"card\" value }}|{{ value }}");
        _theme.Write("partials/card.html", "<p>{{ model }}</p>");
        var set = TemplateSet.Load(_theme.Path, "themes/test", new DiagnosticBag())!;
        var longText = new string('x', 200_000);
        Assert.Equal($"<main><p>{longText}</p>|{longText}</main>", set.RenderPage("page", new Dictionary<string, object?> { ["value"] = longText }, _urls));
        Assert.Equal("<main><p>a</p>|a</main>", set.RenderPage("page", new Dictionary<string, object?> { ["value"] = "a" }, _urls));
        string? read = null;
        set.RenderPage("page", new Dictionary<string, object?> { ["value"] = "b" }, _urls, html => read = html.ToString());
        Assert.Equal("<main><p>b</p>|b</main>", read);
    }

    [Fact]
    public void href_prefixes_the_base_path()
    {
        Assert.Equal("<main>/katalog/praxe/x/</main>", Render("{{ href \"praxe/x/\" }}", new Dictionary<string, object?>()));
    }

    [Fact]
    public void a_template_syntax_error_is_a_diagnostic_with_its_line()
    {
        _theme.Write("layouts/base.html", "ok\n{{ if }}");
        var diagnostics = new DiagnosticBag();
        Assert.Null(TemplateSet.Load(_theme.Path, "themes/test", diagnostics));
        Assert.StartsWith("themes/test/layouts/base.html:2:", diagnostics.Sorted().First().Format());
    }

    public void Dispose() => _theme.Dispose();
}
