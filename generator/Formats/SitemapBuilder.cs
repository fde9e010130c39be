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

    /// <summary>The alternates' namespace (xhtml:link), declared only by a sitemap that has alternates.</summary>
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <param name="languages">The site's other languages, each with its pages (a page's alternates come with it, from one pairing: <see cref="LanguagePairs"/>).</param>
    /// <returns>The file's UTF-8 bytes, written straight from the writer: at 100,000 entries the sitemap is some 20 MB.</returns>
    public static byte[] Build(IEnumerable<RenderJob> jobs, SiteUrls urls, IEnumerable<(IEnumerable<RenderJob> Jobs, SiteUrls Urls)>? languages = null)
    {
        IEnumerable<(RenderJob Job, SiteUrls Urls)> Listed(IEnumerable<RenderJob> site, SiteUrls at) =>
            site.Where(j => j.Meta is { NoIndex: false }).OrderBy(j => j.SitePath, StringComparer.Ordinal).Select(j => (j, at));
        var all = Listed(jobs, urls).Concat((languages ?? []).SelectMany(l => Listed(l.Jobs, l.Urls))).ToList();
        var paired = all.Any(x => !x.Job.Meta!.Alternates.IsEmpty);
        var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            if (paired) xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var (job, at) in all)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", at.Absolute(job.SitePath));
                if (job.LastModified is { } date)
                    xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                foreach (var alternate in job.Meta!.Alternates)
                {
                    xml.WriteStartElement("xhtml", "link", Xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Language);
                    xml.WriteAttributeString("href", alternate.Url);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        bytes.WriteByte((byte)'\n');
        return bytes.ToArray();
    }

    public static string Robots(SiteUrls urls, IEnumerable<string>? disallow = null) =>
        $"User-agent: *\n{string.Concat((disallow ?? []).Select(d => $"Disallow: {urls.Href(d)}\n"))}Allow: /\n\nSitemap: {urls.Absolute(Path)}\n";
}
