using System.Text;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// The markup of a photo, written in one place for Markdown and templates alike: a &lt;picture&gt; with AVIF and WebP
/// sources and the JPEG/PNG fallback, srcset with every width, 'sizes' as the theme lays the photo out, width and
/// height (the space is reserved before the photo loads), and lazy loading except for the first photo of a page.
/// </summary>
public static class PictureHtml
{
    /// <summary>A photo of an entry's text column.</summary>
    public static string Photo(ImageSet set, string alt, bool first, SiteUrls urls) =>
        Write(set.Variants, set.Fallback, ImageSettings.EntrySizes, alt, first, urls, "");

    /// <summary>A card's thumbnail: decorative (the card's title says what it is), so alt is empty; always lazy.</summary>
    public static string Card(ImageSet set, SiteUrls urls) =>
        Write(set.Cards, set.Fallback, ImageSettings.CardSizes, "", false, urls, " class=\"card-image\"");

    private static string Write(IReadOnlyList<ImageVariant> variants, ImageFormat fallback, string sizes, string alt, bool first, SiteUrls urls, string imgClass)
    {
        var html = new StringBuilder("<picture>");
        foreach (var format in new[] { ImageFormat.Avif, ImageFormat.Webp })
            html.Append($"<source type=\"{format.MimeType}\" srcset=\"{SrcSet(variants, format, urls)}\" sizes=\"{sizes}\">");
        var own = variants.Where(v => v.Format == fallback).ToList();
        // The middle width is what a browser without srcset support gets; the largest gives width and height (the aspect ratio).
        var src = own[own.Count / 2];
        var largest = own[^1];
        html.Append($"<img{imgClass} src=\"{Url(src, urls)}\" srcset=\"{SrcSet(variants, fallback, urls)}\" sizes=\"{sizes}\" width=\"{largest.Width}\" height=\"{largest.Height}\" alt=\"{Html.Escape(alt)}\"");
        html.Append(first ? " fetchpriority=\"high\">" : " loading=\"lazy\" decoding=\"async\">");
        return html.Append("</picture>").ToString();
    }

    private static string SrcSet(IEnumerable<ImageVariant> variants, ImageFormat format, SiteUrls urls) =>
        string.Join(", ", variants.Where(v => v.Format == format).Select(v => $"{Url(v, urls)} {v.Width}w"));

    /// <summary>Every segment percent-encoded: a space or comma in a file name would otherwise split a srcset entry.</summary>
    private static string Url(ImageVariant variant, SiteUrls urls) =>
        Html.Escape(urls.Href(string.Join('/', variant.Path.Split('/').Select(Uri.EscapeDataString))));
}
