using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Shared;
using Scriban;

namespace DobraPraxe.Generator.Templating;

/// <summary>
/// Functions themes call, imported into every template under snake_case names (href, abs_url, date_text, …); the site's
/// words come through 't' (<see cref="WordFunction"/>). Dates and numbers are written in the page's language.
/// </summary>
public static class TemplateFunctions
{
    /// <summary>
    /// Renders partials/&lt;name&gt;.html with <paramref name="model"/> as 'model' and <paramref name="level"/> as 'level'
    /// (the heading level the partial's headings take, so outlines never skip a level).
    /// Shadows Scriban's own include, whose result would be escaped.
    /// </summary>
    public static SafeHtml Include(TemplateContext context, string name, object? model = null, int level = 2) =>
        Own(context).Templates.RenderPartial(Own(context), name, model, level);

    /// <summary>A link to a site path that works under the site's base URL: href "praxe/" → "/praxe/".</summary>
    public static string Href(TemplateContext context, string path) => Own(context).Urls.Href(path);

    /// <summary>An absolute URL, for canonical links and Open Graph.</summary>
    public static string AbsUrl(TemplateContext context, string path) => Own(context).Urls.Absolute(path);

    /// <summary>A date as readers write it in the page's language: '17. února 2021'.</summary>
    public static string DateText(TemplateContext context, object? value) => value switch
    {
        DateOnly d => WordsOf(context).Date(d),
        DateTimeOffset m => WordsOf(context).Date(m),
        DateTime t => WordsOf(context).Date(DateOnly.FromDateTime(t)),
        _ => "",
    };

    /// <summary>When an event takes place, in Prague time: 'středa 24. března 2021, 9:00–15:30'.</summary>
    public static string EventWhen(TemplateContext context, DateTimeOffset start, DateTimeOffset end) => WordsOf(context).EventRange(start, end);

    /// <summary>A number as the page's language writes it: '1 250' in Czech.</summary>
    public static string Number(TemplateContext context, decimal value) => WordsOf(context).Number(value);

    /// <summary>An amount of Czech crowns: '1 250 000 Kč'.</summary>
    public static string Money(TemplateContext context, long amount) => WordsOf(context).Money(amount);

    public const string WordsJsonName = "words_json";

    private static readonly JsonWriterOptions ScriptJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// The words under <paramref name="prefix"/> as JSON, for a page's script to read from a
    /// &lt;script type="application/json"&gt; block: {"language": "cs", "words": {"found": {"one": …, "other": …}, …}}.
    /// A plural word is its forms by CLDR category (the script chooses with Intl.PluralRules). '&lt;', '&gt;' and '&amp;'
    /// are escaped as <…, so no word can end the block.
    /// </summary>
    public static SafeHtml WordsJson(TemplateContext context, string prefix)
    {
        var words = WordsOf(context);
        var group = words.Under(prefix).ToList();
        if (group.Count == 0) throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"there are no words under '{prefix}' in {words.CataloguePath}");
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ScriptJson))
        {
            json.WriteStartObject();
            json.WriteString("language", words.Code);
            json.WriteStartObject("words");
            foreach (var (name, entry) in group)
            {
                if (entry.Forms is { } forms)
                {
                    json.WriteStartObject(name);
                    foreach (var (category, text) in forms) json.WriteString(category.Name(), text);
                    json.WriteEndObject();
                }
                else json.WriteString(name, entry.Text);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return new SafeHtml(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>ISO date for machine-readable attributes (datetime="2021-02-17").</summary>
    public static string IsoDate(object? value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset m => m.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>The Content-Security-Policy for the meta tag of every page: the site's, with the frame origins of a page that has its own (<see cref="Planning.PageMeta.FrameSources"/>).</summary>
    public static string Csp(object? page = null) => page is Planning.PageMeta meta ? SecurityHeaders.PolicyFor(meta.FrameSources) : SecurityHeaders.Policy;

    /// <summary>An entry's photo as a responsive &lt;picture&gt;; <paramref name="first"/>: the page's first image, loaded at once.</summary>
    public static SafeHtml Picture(TemplateContext context, Imaging.Photo photo, bool first = false) =>
        new(Imaging.PictureHtml.Photo(photo.Set, photo.Alt, first, Own(context).Urls));

    /// <summary>A card's cropped thumbnail of an entry's first photo (decorative: the card's title names it).</summary>
    public static SafeHtml CardPicture(TemplateContext context, Imaging.Photo photo) =>
        new(Imaging.PictureHtml.Card(photo.Set, Own(context).Urls));

    /// <summary>
    /// A text in another language than the page's, marked so for screen readers and translation tools:
    /// <c>&lt;span lang="cs"&gt;…&lt;/span&gt;</c>; the text alone (escaped) when <paramref name="language"/> is empty.
    /// It may be a value of a word: <c>{{ t "statement.lead" body: (in_language statement.body statement.body_lang) }}</c>.
    /// </summary>
    public static SafeHtml InLanguage(string? text, string? language) =>
        new(string.IsNullOrEmpty(language) ? Html.Escape(text ?? "") : $"<span lang=\"{Html.Escape(language)}\">{Html.Escape(text ?? "")}</span>");

    /// <summary>Marks trusted generator-made HTML (rendered Markdown) as safe to print unescaped.</summary>
    public static SafeHtml Raw(object? html) => html as SafeHtml ?? new SafeHtml(html?.ToString() ?? "");

    private static EscapingTemplateContext Own(TemplateContext context) => (EscapingTemplateContext)context;

    private static Words WordsOf(TemplateContext context) =>
        Own(context).Words ?? throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentNode?.Span ?? default, "the page has no words to write dates and numbers with");
}
