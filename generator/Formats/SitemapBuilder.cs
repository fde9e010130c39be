using System.Globalization;
using System.Text;
using System.Xml;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Formats;

/// <summary>/sitemap.xml (every indexable page, absolute URLs, lastmod from content) and /robots.txt pointing to it.</summary>
public static class SitemapBuilder
{
    public const string Path = "sitemap.xml";
    public const string RobotsPath = "robots.txt";

    public static string Build(IEnumerable<RenderJob> jobs, SiteUrls urls)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var job in jobs.Where(j => j.Meta is { NoIndex: false }).OrderBy(j => j.SitePath, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", urls.Absolute(job.SitePath));
                if (job.LastModified is { } date)
                    xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n";
    }

    public static string Robots(SiteUrls urls, IEnumerable<string>? disallow = null) =>
        $"User-agent: *\n{string.Concat((disallow ?? []).Select(d => $"Disallow: {urls.Href(d)}\n"))}Allow: /\n\nSitemap: {urls.Absolute(Path)}\n";
}
