using System.Globalization;
using System.Text;
using System.Xml;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Output;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Formats;

/// <summary>
/// Atom feeds of the newest practices — the site's (/feed.xml) and one per term of a taxonomy declared with
/// 'feeds: true' — with absolute URLs and dates from the content (never the clock).
/// </summary>
public static class AtomFeedBuilder
{
    public const string Path = Routes.Feed;
    public const int Length = 50;

    /// <param name="reuse">The last build's feeds (serve's incremental rebuild), or <see cref="NoReuse"/>.</param>
    public static string Build(SiteModel site, ITextReuse reuse) => Build(site, site.Config.Title, site.Config.Description, Path, "", site.Practices, reuse);

    /// <summary>The feed of one term (a theme, a region, a member…), for following just that part of the catalogue.</summary>
    public static string Build(SiteModel site, Taxonomy taxonomy, Term term, ITextReuse reuse) =>
        Build(site, site.Words.Text(GeneratorWords.TermFeedTitle, ("term", term.Name), ("site", site.Config.Title)),
            site.Words.Text(GeneratorWords.TermFeedSubtitle, ("taxonomy", taxonomy.Name), ("term", term.Name)), taxonomy.Spec.TermFeed(term.Key), term.Url, term.Practices, reuse);

    private static string Build(SiteModel site, string title, string subtitle, string selfPath, string pagePath, IEnumerable<PracticeEntry> practices, ITextReuse reuse)
    {
        var entries = Newest(practices);
        return reuse.Text<PracticeEntry>(selfPath, string.Join('\n', site.Config.Language, title, subtitle, site.Urls.Absolute(selfPath), site.Urls.Absolute(pagePath)), entries,
            ReferenceEqualityComparer.Instance, () => Write(site, title, subtitle, selfPath, pagePath, entries));
    }

    /// <summary>The feed of a site kind with 'feed: true' (/&lt;route&gt;/feed.xml): its newest entries.</summary>
    public static string Build(SiteModel site, Schema.KindSpec kind, IEnumerable<ItemEntry> items)
    {
        var (title, subtitle) = Titles(site, kind);
        return Write(site, title, subtitle, kind.FeedPath, kind.ListPath, Newest(items));
    }

    // What a feed holds, whatever its format (Atom here, JSON Feed beside it): the same entries, in the same order.

    /// <summary>The practices a feed lists: the last changed first, at most <see cref="Length"/>.</summary>
    public static PracticeEntry[] Newest(IEnumerable<PracticeEntry> practices) =>
        [.. practices.OrderByDescending(p => p.Source.LastModified).ThenBy(p => p.Slug, StringComparer.Ordinal).Take(Length)];

    /// <summary>A site kind's entries a feed lists: the newest first, at most <see cref="Length"/>.</summary>
    public static FeedEntry[] Newest(IEnumerable<ItemEntry> items) =>
        [.. items.OrderByDescending(i => i.Date).ThenBy(i => i.Slug, StringComparer.Ordinal).Take(Length).Select(Entry)];

    /// <summary>The title and subtitle of a site kind's feed.</summary>
    public static (string Title, string Subtitle) Titles(SiteModel site, Schema.KindSpec kind) =>
        (site.Words.Text(GeneratorWords.KindFeedTitle, ("kind", kind.Title ?? kind.Key), ("site", site.Config.Title)), kind.Title ?? kind.Key);

    public static FeedEntry Entry(PracticeEntry p) =>
        new(p.Title, p.Url, p.Date, p.Source.LastModified, (p.Member.Name, p.MemberUrl), [.. p.Themes.Select(t => (t.Key, t.Name))], p.Summary) { Lang = p.TextLang };

    public static FeedEntry Entry(ItemEntry i) =>
        new(i.Title, i.Url, i.Date, i.Date, null, [.. i.Terms.GetValueOrDefault("themes", []).Select(t => (t.Key, t.Name))], i.Summary) { Lang = i.TextLang };

    private static string Write(SiteModel site, string title, string subtitle, string selfPath, string pagePath, PracticeEntry[] entries) =>
        Write(site, title, subtitle, selfPath, pagePath, [.. entries.Select(Entry)]);

    private static string Write(SiteModel site, string title, string subtitle, string selfPath, string pagePath, FeedEntry[] entries)
    {
        var feedUpdated = entries.Length == 0 ? new DateOnly(2000, 1, 1) : entries.Max(p => p.Updated);

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, site.Config.Language);
            xml.WriteElementString("title", title);
            xml.WriteElementString("subtitle", subtitle);
            xml.WriteElementString("id", site.Urls.Absolute(pagePath));
            Link(xml, site.Urls.Absolute(selfPath), "self", "application/atom+xml");
            Link(xml, site.Urls.Absolute(pagePath), "alternate", "text/html");
            xml.WriteElementString("updated", Timestamp(feedUpdated));
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry");
                if (entry.Lang is { } lang) xml.WriteAttributeString("xml", "lang", null, lang);
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("id", site.Urls.Absolute(entry.Url));
                Link(xml, site.Urls.Absolute(entry.Url), "alternate", "text/html");
                xml.WriteElementString("published", Timestamp(entry.Published));
                xml.WriteElementString("updated", Timestamp(entry.Updated));
                // Atom wants an author: an entry without one of its own has the site's.
                var (author, authorUrl) = entry.Author ?? (site.Config.Title, "");
                xml.WriteStartElement("author");
                xml.WriteElementString("name", author);
                xml.WriteElementString("uri", site.Urls.Absolute(authorUrl));
                xml.WriteEndElement();
                foreach (var (term, label) in entry.Categories)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("term", term);
                    xml.WriteAttributeString("label", label);
                    xml.WriteEndElement();
                }
                xml.WriteElementString("summary", entry.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        // StringBuilder output is UTF-16 by nature; the file is written as UTF-8, so say so.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n";
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}

/// <summary>One entry of a feed, whatever its kind: without an author of its own, a feed names the site.</summary>
public sealed record FeedEntry(string Title, string Url, DateOnly Published, DateOnly Updated, (string Name, string Url)? Author,
    (string Term, string Label)[] Categories, string Summary)
{
    /// <summary>The language of its title and summary when it is not the feed's (an untranslated entry in the English feed): its xml:lang.</summary>
    public string? Lang { get; init; }
}
