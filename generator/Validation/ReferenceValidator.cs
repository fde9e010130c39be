using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Validation;

/// <summary>Checks what one file cannot check alone: keys that must exist elsewhere, unique slugs and URLs, media files.</summary>
public static class ReferenceValidator
{
    /// <summary>First path segments the generator itself publishes: its own pages and files, and every declared taxonomy with pages.</summary>
    private static HashSet<string> ReservedSegments(ContentSet content, IReadOnlySet<string> outputSegments) =>
        [.. SiteItself(outputSegments), .. content.Schema.Taxonomies.Where(t => t.Pages).Select(t => t.Key), .. content.Schema.ItemKinds.Select(k => k.Route),
            // The statement's and the data's folders are taken only on a site that declares them.
            // The statement is named in each language the site is written in (a page is a page of each).
            .. content.Site.Accessibility is null ? [] : content.Site.Languages.Select(l => Routes.Accessibility(l.Code).TrimEnd('/')),
            .. content.Site.OpenData is null ? [] : new[] { Routes.OpenData.TrimEnd('/') },
            // Each other language's site is published in a folder named by its code (/en/).
            .. content.Site.Languages.Skip(1).Select(l => l.Code)];

    /// <summary>The segments the site's own pages and its output producers take, whatever the content declares.</summary>
    private static HashSet<string> SiteItself(IReadOnlySet<string> outputSegments) => [.. Routes.OwnSegments, .. outputSegments];

    /// <param name="outputSegments">The first path segments the main site's output producers take whole (feed.xml, search/, admin/ …); the registry of producers knows them.</param>
    public static void Validate(ContentSet content, IReadOnlySet<string> outputSegments, DiagnosticBag diagnostics)
    {
        var themeKeys = new Known(content.Themes.Select(t => t.Key));
        var regionKeys = new Known(content.Regions.Select(r => r.Key));
        var memberKeys = new Known(content.Members.Select(m => m.Key));
        var practiceSlugs = new Known(content.Practices.Select(p => p.Slug));
        var eventSlugs = new Known(content.Events.Select(e => e.Slug));
        var media = new Known(content.MediaFiles);

        foreach (var member in content.Members)
            CheckKey(member.Region, regionKeys, "region", "content/data/regions.yml", diagnostics);

        foreach (var practice in content.Practices)
        {
            CheckKey(practice.Member, memberKeys, "member", "content/data/members.yml", diagnostics);
            foreach (var theme in practice.Themes) CheckKey(theme, themeKeys, "theme", "content/data/themes.yml", diagnostics);
            foreach (var duplicate in practice.Themes.GroupBy(t => t.Key).Where(g => g.Count() > 1))
                diagnostics.Error(duplicate.Last().Location, $"theme '{duplicate.Key}' is listed twice", "List each theme once.");
            // Any event counts as existing (a draft is not a typo); only published ones give the stamp.
            foreach (var ev in practice.PresentedAt) CheckKey(ev, eventSlugs, "event", "content/events/", diagnostics);
            foreach (var related in practice.Related)
            {
                if (related.Key == practice.Slug)
                    diagnostics.Error(related.Location, "a practice cannot be related to itself", "Remove its own slug from 'related'.");
                else
                    CheckKey(related, practiceSlugs, "related practice", "content/practices/", diagnostics);
            }
            foreach (var image in practice.Images) CheckMedia(image.Src, image.Location, ImageTypes, media, diagnostics);
            foreach (var attachment in practice.Attachments) CheckMedia(attachment.Src, attachment.Location, AttachmentTypes, media, diagnostics);
        }

        foreach (var ev in content.Events)
            foreach (var member in ev.Members) CheckKey(member, memberKeys, "member", "content/data/members.yml", diagnostics);

        CheckContest(content, diagnostics);
        CheckTaxonomies(content, SiteItself(outputSegments), diagnostics);
        var reserved = ReservedSegments(content, outputSegments);
        foreach (var page in content.Pages.Where(p => reserved.Contains(p.Slug)))
            diagnostics.Error(page.SlugLocation ?? SourceLocation.File(page.SourcePath), $"the page slug '{page.Slug}' is used by the site itself (/{page.Slug}/)",
                "Rename the file or set another 'slug:'.");

        ReportCollisions(content.Practices.Select(p => new SlugUse(p.Slug, p.SourcePath, p.SlugLocation)), "practice", Routes.Practice, diagnostics);
        ReportCollisions(content.Events.Select(e => new SlugUse(e.Slug, e.SourcePath, e.SlugLocation)), "event", Routes.Event, diagnostics);
        ReportCollisions(content.Pages.Select(p => new SlugUse(p.Slug, p.SourcePath, p.SlugLocation)), "page", Routes.Page, diagnostics);
        var known = new Dictionary<string, Known> { ["themes"] = themeKeys, ["members"] = memberKeys, ["practices"] = practiceSlugs, ["events"] = eventSlugs };
        foreach (var kind in content.Schema.ItemKinds) known[kind.Folder] = new Known(content.ItemsOf(kind.Key).Select(i => i.Slug));
        CheckFieldKeys(content, content.DeclaredValues, known, diagnostics);
        foreach (var value in content.DeclaredValues)
            if (value.MediaPath is { } src) CheckMedia(src, value.Location, [.. Imaging.MediaTypes.ExtensionsFor(value.Field.Upload)], media, diagnostics);
        CheckItems(content, SiteItself(outputSegments), diagnostics);
    }

    /// <summary>
    /// The entries of the site's kinds: their slugs are unique within the kind, and each kind's URL segment is its own (not the site's, a taxonomy's, another kind's, a page's or a conference's).
    /// </summary>
    private static void CheckItems(ContentSet content, HashSet<string> siteItself, DiagnosticBag diagnostics)
    {
        foreach (var kind in content.Schema.ItemKinds)
        {
            ReportCollisions(content.ItemsOf(kind.Key).Select(i => new SlugUse(i.Slug, i.SourcePath, i.SlugLocation)), $"'{kind.Key}'", kind.ItemPath, diagnostics);
            var taken = siteItself.Contains(kind.Route) ? "the site itself"
                : content.Schema.Taxonomies.FirstOrDefault(t => t.Pages && t.Key == kind.Route) is { } taxonomy ? $"the taxonomy '{taxonomy.Key}'"
                : content.Schema.ItemKinds.TakeWhile(k => k != kind).FirstOrDefault(k => k.Route == kind.Route) is { } other ? $"the kind '{other.Key}' ({other.Location})"
                : content.Pages.FirstOrDefault(p => p.Slug == kind.Route) is { } page ? $"the page {page.SourcePath}"
                : content.Conferences.FirstOrDefault(c => c.Slug == kind.Route) is { } conference ? $"the conference {conference.Folder}"
                : null;
            if (taken is not null)
                diagnostics.Error(kind.Location, $"kind '{kind.Key}' takes the URL /{kind.Route}/, which {taken} uses", "Choose another 'route:' for the kind.");
        }
    }

    /// <summary>
    /// The keys the values of declared fields name (a site taxonomy's terms, or a built-in reference an entry of a site kind
    /// writes as a practice does): each must exist where its field says.
    /// </summary>
    private static void CheckFieldKeys(ContentSet content, IEnumerable<FieldValue> values, Dictionary<string, Known> known, DiagnosticBag diagnostics)
    {
        var terms = content.Terms.ToDictionary(t => t.Key, t => new Known(t.Value.Select(x => x.Key)));
        // Where the keys of a field are defined: a built-in reference's file, or a site taxonomy's data file.
        (Known Keys, string Where)? Defined(FieldValue value) =>
            value.Field.References is { } r && known.TryGetValue(r, out var keys) ? (keys, $"content/{(r is "themes" or "members" ? $"data/{r}.yml" : r + "/")}")
            : content.Schema.TaxonomyOwning(value.Field.Key)?.Data is { } file ? (terms.GetValueOrDefault(file) ?? new Known([]), $"content/{file}")
            : null;
        foreach (var value in values)
        {
            if (Defined(value) is not { } defined) continue;
            var what = value.Field.ReferencedKind ?? value.Field.Key switch { "themes" => "theme", "member" => "member", _ => $"{value.Field.Key} key" };
            KeyRef[] named = value.Value switch { KeyRef one => [one], System.Collections.Immutable.ImmutableArray<KeyRef> many => [.. many], _ => [] };
            foreach (var key in named) CheckKey(key, defined.Keys, what, defined.Where, diagnostics);
        }
    }

    /// <summary>The first path segments the main site uses: conference folders, published beside it, must avoid them.</summary>
    /// <param name="outputSegments">As for <see cref="Validate"/>.</param>
    public static IReadOnlySet<string> MainSiteSegments(ContentSet content, IReadOnlySet<string> outputSegments) =>
        ReservedSegments(content, outputSegments).Concat(content.Pages.Select(p => p.Slug)).Append(Routes.NotFound).ToHashSet();

    /// <summary>
    /// A site's own taxonomies: a URL segment nobody else takes (naming both sides) and a field no other
    /// declaration uses; their term keys are checked with every declared field's (<see cref="CheckFieldKeys"/>).
    /// </summary>
    private static void CheckTaxonomies(ContentSet content, HashSet<string> siteItself, DiagnosticBag diagnostics)
    {
        var taxonomies = content.Schema.Taxonomies;
        foreach (var taxonomy in taxonomies.Where(t => !t.BuiltIn))
        {
            var before = taxonomies.TakeWhile(t => t != taxonomy).FirstOrDefault(t => t.Key == taxonomy.Key);
            if (before is not null)
                diagnostics.Error(taxonomy.Location, $"taxonomy '{taxonomy.Key}' takes the URL /{taxonomy.Key}/, which {(before.BuiltIn ? "the built-in" : "another")} taxonomy '{before.Title}' already uses" +
                    (before.BuiltIn ? "" : $" ({before.Location})"), "Choose another 'key:'.");
            else if (siteItself.Contains(taxonomy.Key))
                diagnostics.Error(taxonomy.Location, $"taxonomy '{taxonomy.Key}' takes the URL /{taxonomy.Key}/, which the site itself uses", "Choose another 'key:'.");
            foreach (var page in content.Pages.Where(p => p.Slug == taxonomy.Key))
                diagnostics.Error(taxonomy.Location, $"taxonomy '{taxonomy.Key}' takes the URL /{taxonomy.Key}/, which the page {page.SourcePath} uses", "Choose another 'key:', or rename the page.");
            foreach (var conference in content.Conferences.Where(c => c.Slug == taxonomy.Key))
                diagnostics.Error(taxonomy.Location, $"taxonomy '{taxonomy.Key}' takes the URL /{taxonomy.Key}/, which the conference {conference.Folder} is published at", "Choose another 'key:'.");
            var sameField = taxonomies.TakeWhile(t => t != taxonomy).FirstOrDefault(t => t.Field == taxonomy.Field);
            if (sameField is not null)
                diagnostics.Error(taxonomy.Location, $"taxonomy '{taxonomy.Key}' reads field '{taxonomy.Field}', which taxonomy '{sameField.Key}' already reads", "Give it a field of its own.");
            else if (content.Schema.ExtraFields.Any(f => f.Key == taxonomy.Field))
                diagnostics.Error(taxonomy.Location, $"taxonomy '{taxonomy.Key}' reads field '{taxonomy.Field}', which is also declared under 'fields:'", "Declare the field once: remove it from 'fields:'.");
        }
        foreach (var field in content.Schema.ExtraFields.GroupBy(f => f.Key).Where(g => g.Count() > 1).Select(g => g.Key))
            diagnostics.Error(SourceLocation.File("content/site.yml"), $"field '{field}' is declared twice under 'fields:'", "Declare each field once.");
        foreach (var field in content.Schema.ExtraFields.Where(f => ContentSchemaBuiltIn(content).Contains(f.Key)))
            diagnostics.Error(SourceLocation.File("content/site.yml"), $"field '{field.Key}' is a built-in field of a practice", "Choose another 'key:' for your field.");

    }

    /// <summary>NEJpraxe: only full examples compete, at most two of one member in one year (each named at its entry).</summary>
    private static void CheckContest(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var p in content.Practices.Where(p => p.Contest is not null && p.Kind == "stripek"))
            diagnostics.Error(p.Contest!.Location, "a střípek cannot compete in NEJpraxe; only full examples can",
                "Remove 'nejpraxe:', or make it a full example by removing 'kind: stripek' and describing the practice in full.");
        var most = Schema.ContentSchema.ContestEntriesPerMember;
        foreach (var group in content.Practices.Where(p => p.Contest is not null && p.Member.Key.Length > 0)
                     .GroupBy(p => (p.Member.Key, p.Contest!.Year)).Where(g => g.Count() > most))
        {
            var all = group.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var p in all)
                diagnostics.Error(p.Contest!.Location, $"member '{group.Key.Key}' has {all.Count} entries in NEJpraxe {group.Key.Year}; at most {most} are allowed. " +
                    $"The others: {string.Join(", ", all.Where(o => o != p).Select(o => o.SourcePath))}",
                    $"Keep the {most} that compete; remove 'nejpraxe:' from the rest.");
        }
    }

    private static HashSet<string> ContentSchemaBuiltIn(ContentSet content) =>
        [.. content.Schema.Practice.Fields.Where(f => !content.Schema.IsAdded(f)).Select(f => f.Key)];

    private static void CheckKey(KeyRef reference, Known known, string what, string where, DiagnosticBag diagnostics)
    {
        // An empty key stands for a missing field, which the parser has reported already.
        if (reference.Key.Length == 0 || known.Contains(reference.Key)) return;
        diagnostics.Error(reference.Location, $"unknown {what} '{reference.Key}'{DidYouMean.Phrase(known.Suggest(reference.Key))}",
            $"Use a key defined in {where}.");
    }

    /// <summary>Keys that exist, with a did-you-mean index made only when the first unknown key asks for it.</summary>
    private sealed class Known(IEnumerable<string> keys)
    {
        private readonly HashSet<string> _keys = keys.ToHashSet(StringComparer.Ordinal);
        private NameIndex? _index;

        public bool Contains(string key) => _keys.Contains(key);

        // Every mistyped key of a site (10,000 related slugs after a bulk rename) asks the same index, not every key.
        public string? Suggest(string wrong) => (_index ??= new NameIndex(_keys)).Suggest(wrong);
    }


    // The allow-list has one home (Imaging/MediaTypes).
    private static readonly string[] ImageTypes = [.. Imaging.MediaTypes.ExtensionsFor(Schema.UploadKind.Image)];
    private static readonly string[] AttachmentTypes = [.. Imaging.MediaTypes.ExtensionsFor(Schema.UploadKind.File)];

    private static void CheckMedia(string src, SourceLocation location, string[] allowedTypes, Known media, DiagnosticBag diagnostics)
    {
        if (src.StartsWith('/') || src.Contains('\\') || src.Contains(':') || src.Split('/').Any(part => part is ".." or "." or ""))
        {
            diagnostics.Error(location, $"'{src}' must be a path inside content/, like 'media/plan.pdf'",
                "Put the file into content/media/ and write its path from content/, without '..', '/' at the start or a drive letter.");
            return;
        }
        var extension = Path.GetExtension(src).ToLowerInvariant();
        if (!allowedTypes.Contains(extension))
        {
            diagnostics.Error(location, $"'{src}' is not an allowed file type here", $"Allowed types: {string.Join(", ", allowedTypes)}.");
            return;
        }
        if (media.Contains(src)) return;
        var hint = src.StartsWith("media/", StringComparison.Ordinal)
            ? $"Put the file into content/{src}, or fix the name.{(media.Suggest(src) is { } near ? $" Did you mean '{near}'?" : "")}"
            : "Files go into content/media/ and are named from content/, e.g. 'media/plan.pdf'.";
        diagnostics.Error(location, $"file '{src}' does not exist in content/", hint);
    }

    /// <summary>A file's slug and what makes it: its 'slug:' line, or (null) its file name.</summary>
    private sealed record SlugUse(string Slug, string Path, SourceLocation? SlugLocation)
    {
        public SourceLocation Cause => SlugLocation ?? SourceLocation.File(Path);
        public string Named => SlugLocation is { } at ? $"{Path} (line {at.Line})" : Path;
    }

    // Like Eleventy's duplicate-permalink error: every file involved is reported, each at what causes it, naming the others.
    private static void ReportCollisions(IEnumerable<SlugUse> items, string what, Func<string, string> route, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(i => i.Slug).Where(g => g.Count() > 1))
        {
            var uses = group.OrderBy(i => i.Path, StringComparer.Ordinal).ToList();
            foreach (var use in uses)
            {
                var others = uses.Where(u => u != use).Select(u => u.Named).ToList();
                diagnostics.Error(use.Cause,
                    $"{what} slug '{group.Key}' is also used by {JoinAnd(others)}; {(uses.Count == 2 ? "both" : "all")} would be published at /{route(group.Key)}",
                    "Give all but one of them another file name or 'slug:'.");
            }
        }
    }

    private static string JoinAnd(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items[..^1]) + " and " + items[^1];
}
