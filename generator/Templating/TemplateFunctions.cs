using System.Globalization;
using DobraPraxe.Generator.SiteBuilding;
using Scriban;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Templating;

/// <summary>Functions themes call, imported into every template under snake_case names (href, abs_url, czech_date, …).</summary>
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

    /// <summary>'17. února 2021'.</summary>
    public static string CzechDate(object? value) => value switch
    {
        DateOnly d => Czech.Date(d),
        DateTimeOffset m => Czech.Date(m),
        DateTime t => Czech.Date(DateOnly.FromDateTime(t)),
        _ => "",
    };

    /// <summary>'středa 24. března 2021, 9:00–15:30'.</summary>
    public static string EventWhen(DateTimeOffset start, DateTimeOffset end) => Czech.EventRange(start, end);

    /// <summary>ISO date for machine-readable attributes (datetime="2021-02-17").</summary>
    public static string IsoDate(object? value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset m => m.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>Czech plural form: plural 5 "praxe" "praxe" "praxí" → "praxí".</summary>
    public static string Plural(int count, string one, string few, string many) => Czech.Plural(count, one, few, many);

    /// <summary>The Content-Security-Policy for the meta tag of every page.</summary>
    public static string Csp() => SecurityHeaders.Policy;

    /// <summary>An entry's photo as a responsive &lt;picture&gt;; <paramref name="first"/>: the page's first image, loaded at once.</summary>
    public static SafeHtml Picture(TemplateContext context, Imaging.Photo photo, bool first = false) =>
        new(Imaging.PictureHtml.Photo(photo.Set, photo.Alt, first, Own(context).Urls));

    /// <summary>A card's cropped thumbnail of an entry's first photo (decorative: the card's title names it).</summary>
    public static SafeHtml CardPicture(TemplateContext context, Imaging.Photo photo) =>
        new(Imaging.PictureHtml.Card(photo.Set, Own(context).Urls));

    /// <summary>Marks trusted generator-made HTML (rendered Markdown) as safe to print unescaped.</summary>
    public static SafeHtml Raw(object? html) => html as SafeHtml ?? new SafeHtml(html?.ToString() ?? "");

    private static EscapingTemplateContext Own(TemplateContext context) => (EscapingTemplateContext)context;
}
