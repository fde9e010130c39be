using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.MarkdownRendering;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.Moving;

/// <summary>
/// The edits one file needs after a <see cref="Relocation"/>: the keys of the reference fields its schema declares
/// (a practice's 'related', 'presented_at', any field whose keys name the moved kind's entries), files of the moved media
/// folder named in its front matter, and its Markdown links to the entry — by its file (../practices/x.md), by its address
/// (/praxe/x/, ../x/, the site's full address) or to a file that moved. Each edit replaces only the characters of the value.
/// </summary>
public sealed class ReferenceRewriter(Relocation move)
{
    /// <summary>Edits of an entry file (or a microsite's page, <paramref name="pagePath"/> null: its addresses are its own site's).</summary>
    /// <param name="schema">The fields of its kind; null for a file no kind reads (its links are still rewritten).</param>
    /// <param name="pagePath">The site path of its page, for links relative to that address.</param>
    public List<TextEdit> EntryFile(SourceFile file, EntrySchema? schema, string? pagePath, Func<YamlMappingNode, string, int, IEnumerable<TextEdit>>? own = null)
    {
        var edits = new List<TextEdit>();
        var quiet = new DiagnosticBag();
        if (FrontMatterSplitter.Split(file, quiet) is not { } doc) return edits;
        var lines = LineStarts(file.Text);
        var yamlStart = lines[doc.YamlFirstLine - 1];
        if (YamlDocumentLoader.LoadMapping(doc.Yaml, file.Path, doc.YamlFirstLine, quiet) is { } map)
        {
            if (schema is not null)
                foreach (var field in schema.Fields.Where(f => f.Type is FieldType.Key or FieldType.KeyList && f.References == move.Kind.Folder))
                    if (map.Children.TryGetValue(new YamlScalarNode(field.Key), out var value))
                        foreach (var scalar in Scalars(value).Where(s => s.Value == move.OldSlug))
                            edits.Add(Replace(scalar, yamlStart, doc.YamlFirstLine, move.NewSlug, $"{field.Key}: {move.OldSlug} → {move.NewSlug}"));
            if (move.MediaFolder is { } media)
                foreach (var scalar in map.AllNodes.OfType<YamlScalarNode>().Where(s => s.Value?.StartsWith(media.From, StringComparison.Ordinal) == true))
                    edits.Add(Replace(scalar, yamlStart, doc.YamlFirstLine, media.To + scalar.Value![media.From.Length..], $"{scalar.Value} → {media.To}{scalar.Value![media.From.Length..]}"));
            if (own is not null) edits.AddRange(own(map, doc.Yaml, yamlStart));
        }
        var bodyStart = doc.BodyFirstLine - 1 < lines.Length ? lines[doc.BodyFirstLine - 1] : file.Text.Length;
        foreach (var link in LinkSpans.Of(doc.Body))
            if (Relink(link.Url, file.Path, pagePath) is { } relinked)
                edits.Add(new TextEdit(bodyStart + link.Start, link.Length, relinked, doc.BodyFirstLine + link.Line, link.Column + 1, $"link {link.Url} → {relinked}"));
        return edits;
    }

    /// <summary>Edits of site.yml: a menu item's 'url' and a redirect's 'to' that lead to the entry's page.</summary>
    public List<TextEdit> SiteConfig(SourceFile file)
    {
        var edits = new List<TextEdit>();
        if (YamlDocumentLoader.LoadMapping(file.Text, file.Path, 1, new DiagnosticBag()) is not { } map) return edits;
        foreach (var (list, key) in new[] { ("menu", "url"), ("redirects", "to") })
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(list), out var items) || items is not YamlSequenceNode sequence) continue;
            foreach (var item in sequence.Children.OfType<YamlMappingNode>())
                if (item.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } url } scalar
                    && Address(url, pagePath: null, microsite: false) is { } relinked)
                    edits.Add(Replace(scalar, 0, 1, relinked, $"{list}: {key}: {url} → {relinked}"));
        }
        return edits;
    }

    /// <summary>The link after the move, or null when it does not change.</summary>
    private string? Relink(string url, string file, string? pagePath)
    {
        if (url.StartsWith('#') || MarkdownRenderer.IsUnsafe(url)) return null;
        var hash = url.IndexOf('#');
        var (pathPart, fragment) = hash >= 0 ? (url[..hash], url[hash..]) : (url, "");
        var query = pathPart.IndexOf('?');
        var (address, search) = query >= 0 ? (pathPart[..query], pathPart[query..]) : (pathPart, "");
        if (SiteUrls.IsExternal(url) || url.StartsWith('/'))
            return Address(address, pagePath, microsite: pagePath is null) is { } moved ? moved + search + fragment : null;
        if (url.Contains(':')) return null;
        // A file of content/ named relative to this one: the entry, a translation, a file of its media folder.
        var target = MarkdownRenderer.Combine(file, Uri.UnescapeDataString(address));
        if (move.Files.TryGetValue(target, out var movedFile))
            return Path.GetRelativePath(Path.GetDirectoryName(move.PathAfter(file)) ?? "", movedFile).Replace('\\', '/') + search + fragment;
        if (address.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || pagePath is null) return null;
        // An address relative to this page's own ('../x/'): from where this page is after the move.
        var resolved = MarkdownRenderer.ResolveAddress(pagePath, address);
        return move.Readdress(resolved) is { } now ? RelativeAddress(PageAfter(file, pagePath), now) + search + fragment : null;
    }

    /// <summary>A root-relative address or one in full on the site's domain, after the move; a microsite's root is its own.</summary>
    private string? Address(string address, string? pagePath, bool microsite)
    {
        if (address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal))
            return !microsite && move.Readdress(Uri.UnescapeDataString(address[1..])) is { } path ? "/" + path : null;
        var site = move.BaseUrl.AbsoluteUri;
        if (!address.StartsWith(site, StringComparison.Ordinal)) return null;
        return move.Readdress(Uri.UnescapeDataString(address[site.Length..])) is { } full ? site + full : null;
    }

    /// <summary>The page path of a file after the move: the moved entry's is the new one.</summary>
    private string PageAfter(string file, string pagePath) => file == move.OldFile ? move.NewPage : pagePath;

    /// <summary>The address that leads from the page at <paramref name="from"/> to <paramref name="to"/> ('praxe/a/' → 'praxe/b/': '../b/').</summary>
    internal static string RelativeAddress(string from, string to)
    {
        var fromParts = from.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = to.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length && fromParts[common] == toParts[common]) common++;
        var relative = string.Join('/', Enumerable.Repeat("..", fromParts.Length - common).Concat(toParts.Skip(common)));
        if (relative.Length == 0) return "./";
        return to.Length == 0 || to.EndsWith('/') ? relative + "/" : relative;
    }

    /// <summary>A scalar's value replaced, its quotes kept.</summary>
    internal static TextEdit Replace(YamlScalarNode scalar, int offset, int firstLine, string value, string what)
    {
        var (start, end) = ((int)scalar.Start.Index, (int)scalar.End.Index);
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) (start, end) = (start + 1, end - 1);
        return new TextEdit(offset + start, end - start, value, firstLine + (int)scalar.Start.Line - 1, (int)scalar.Start.Column, what);
    }

    /// <summary>The single values of a field: one, or the items of its list.</summary>
    private static IEnumerable<YamlScalarNode> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar],
        YamlSequenceNode list => list.Children.OfType<YamlScalarNode>(),
        _ => [],
    };

    /// <summary>Where each line of a text starts.</summary>
    internal static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        return [.. starts];
    }
}
