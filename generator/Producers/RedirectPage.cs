using System.Text;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Formats;
using DobraPraxe.Generator.Planning;

namespace DobraPraxe.Generator.Producers;

/// <summary>What an old address serves: a page that leads on at once, and the host's rules in _redirects.</summary>
public static class RedirectPage
{
    /// <summary>
    /// The page at an old address: a refresh after 0 seconds (no script, so the site's policy holds), the new page as
    /// canonical (search engines move its rank there), noindex, and a link in the site's words for a browser that stays;
    /// like every page of a site with one, it links to the accessibility statement (<paramref name="statement"/>; null: none).
    /// </summary>
    public static string Html(RenderJob to, string siteTitle, SiteUrls urls, Words words, string? statement)
    {
        var href = Shared.Html.Escape(urls.Href(to.SitePath));
        var title = words[GeneratorWords.RedirectTitle];
        var target = to.Meta?.Title is { Length: > 0 } name ? name : urls.Absolute(to.SitePath);
        return $"""
            <!DOCTYPE html>
            <html lang="{Shared.Html.Escape(words.Code)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="{SecurityHeaders.Policy}">
            <meta http-equiv="refresh" content="0; url={href}">
            <title>{Shared.Html.Escape(title)} – {Shared.Html.Escape(siteTitle)}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{Shared.Html.Escape(urls.Absolute(to.SitePath))}">
            <link rel="stylesheet" href="{Shared.Html.Escape(urls.Href("assets/css/site.css"))}">
            </head>
            <body>
            <main id="obsah" class="wrap section narrow">
            <h1>{Shared.Html.Escape(title)}</h1>
            <p>{Shared.Html.Escape(words[GeneratorWords.RedirectLead])} <a href="{href}">{Shared.Html.Escape(target)}</a></p>
            </main>
            {(statement is null ? "" : $"<footer class=\"wrap\"><p><a href=\"{Shared.Html.Escape(urls.Href(statement))}\">{Shared.Html.Escape(words[GeneratorWords.StatementTitle])}</a></p></footer>\n")}</body>
            </html>

            """;
    }

    /// <summary>
    /// _redirects (Cloudflare Pages' and Netlify's form, "from to 301"): a line per address written by hand, then one line per
    /// rule with {slug} as a placeholder (':slug'), as Cloudflare wants static lines before dynamic ones.
    /// </summary>
    public static string HostRules(RedirectTable table, SiteUrls urls)
    {
        var text = new StringBuilder("# Old addresses and the pages they lead to (aliases: of entries, redirects: of site.yml).\n");
        // An address a rule made for an alias leads past it, straight to the page: a line of its own.
        foreach (var address in table.Addresses.Where(a => !a.ByPattern))
            text.Append(urls.Href(address.From)).Append(' ').Append(urls.Href(address.To.SitePath)).Append(" 301\n");
        foreach (var rule in table.Patterns)
            text.Append(urls.Href(Placeholder(rule.From))).Append(' ').Append(urls.Href(Placeholder(rule.To))).Append(" 301\n");
        return text.ToString();
    }

    private static string Placeholder(string pattern) => SitePaths.Fill(pattern, ":slug");
}
