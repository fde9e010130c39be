using System.Globalization;
using System.Text;
using System.Xml;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Formats;

/// <summary>/sitemap.xml (every indexable page, absolute URLs, lastmod from content; an index of parts past 50,000) and /robots.txt pointing to it.</summary>
public static class SitemapBuilder
{
    public const string Path = "sitemap.xml";
    public const string RobotsPath = "robots.txt";

    /// <summary>The alternates' namespace (xhtml:link), declared only by a sitemap that has alternates.</summary>
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>
    /// The most URLs one sitemap file may list (sitemaps.org; the other limit, 50 MB, is far off: a URL with its
    /// alternates takes well under 1 KB). A site with more gets <see cref="Path"/> as a sitemap index of numbered parts.
    /// </summary>
    public const int UrlsPerFile = 50_000;

    /// <summary>The parts of a site with more than <see cref="UrlsPerFile"/> URLs: sitemap-1.xml, sitemap-2.xml, …</summary>
    public const string PartPattern = "sitemap-*.xml";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="languages">The site's other languages, each with its pages (a page's alternates come with it, from one pairing: <see cref="LanguagePairs"/>).</param>
    /// <returns>
    /// sitemap.xml, and its parts when there are more than <see cref="UrlsPerFile"/> URLs; each file's UTF-8 bytes, written
    /// straight from the writer (at 100,000 entries the URLs take some 20 MB).
    /// </returns>
    public static IEnumerable<(string Path, byte[] Content)> Build(IEnumerable<RenderJob> jobs, SiteUrls urls, IEnumerable<(IEnumerable<RenderJob> Jobs, SiteUrls Urls)>? languages = null)
    {
        IEnumerable<(RenderJob Job, SiteUrls Urls)> Listed(IEnumerable<RenderJob> site, SiteUrls at) =>
            site.Where(j => j.Meta is { NoIndex: false }).OrderBy(j => j.SitePath, StringComparer.Ordinal).Select(j => (j, at));
        var all = Listed(jobs, urls).Concat((languages ?? []).SelectMany(l => Listed(l.Jobs, l.Urls))).ToList();
        if (all.Count <= UrlsPerFile) return [(Path, UrlSet(all))];
        var parts = all.Chunk(UrlsPerFile).Select((part, i) => (Path: PartPattern.Replace("*", (i + 1).ToString(CultureInfo.InvariantCulture)), Urls: part)).ToList();
        return [(Path, Index(parts.Select(p => (urls.Absolute(p.Path), p.Urls.Max(x => x.Job.LastModified))))), .. parts.Select(p => (p.Path, UrlSet(p.Urls)))];
    }

    private static byte[] UrlSet(IReadOnlyList<(RenderJob Job, SiteUrls Urls)> listed) => Xml("urlset", xml =>
    {
        if (listed.Any(x => !x.Job.Meta!.Alternates.IsEmpty)) xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        foreach (var (job, at) in listed)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", at.Absolute(job.SitePath));
            if (job.LastModified is { } date) xml.WriteElementString("lastmod", Date(date));
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
    });

    /// <summary>A sitemap index: each part's address, with the newest date of the pages it lists.</summary>
    private static byte[] Index(IEnumerable<(string Url, DateOnly? LastModified)> parts) => Xml("sitemapindex", xml =>
    {
        foreach (var (url, lastModified) in parts)
        {
            xml.WriteStartElement("sitemap");
            xml.WriteElementString("loc", url);
            if (lastModified is { } date) xml.WriteElementString("lastmod", Date(date));
            xml.WriteEndElement();
        }
    });

    private static byte[] Xml(string root, Action<XmlWriter> write)
    {
        var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            write(xml);
            xml.WriteEndElement();
        }
        bytes.WriteByte((byte)'\n');
        return bytes.ToArray();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Robots(SiteUrls urls, IEnumerable<string>? disallow = null) =>
        $"User-agent: *\n{string.Concat((disallow ?? []).Select(d => $"Disallow: {urls.Href(d)}\n"))}Allow: /\n\nSitemap: {urls.Absolute(Path)}\n";
}
