using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Shared;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>
/// Front matter of practices, events and free pages → model records, each field read by its declaration
/// in <see cref="ContentSchema"/>. Cross-file references are checked later.
/// </summary>
public sealed class ContentParser(DiagnosticBag diagnostics, ContentSchema schema)
{
    public ContentSchema Schema => schema;

    public Practice? ParsePractice(FrontMatterDocument doc)
    {
        var s = schema.Practice;
        if (Open(doc, s) is not { } f) return null;
        var title = f.Text(s["title"]);
        var summary = f.Text(s["summary"]);
        var kind = f.Choice(s["kind"]) ?? "praxe";
        var member = f.Key(s["member"]);
        var themes = f.KeyList(s["themes"]);
        var year = f.Number(s["year"]);
        var date = f.Date(s["date"]);
        var updated = f.Date(s["updated"]);
        var sdgs = f.NumberList(s["sdgs"]);
        var tags = f.TextList(s["tags"]);
        var contact = f.Group(s["contact"]) is { } c ? ReadContact(c, s["contact"]) : null;
        var images = f.GroupList(s["images"]).Select(i => ReadImage(i, s["images"])).OfType<ImageRef>().ToList();
        var attachments = f.GroupList(s["attachments"]).Select(a => ReadAttachment(a, s["attachments"])).OfType<Attachment>().ToList();
        var awards = f.GroupList(s["awards"]).Select(a => ReadAward(a, s["awards"])).OfType<Award>().ToList();
        var contest = f.Group(s["nejpraxe"]) is { } n ? ReadContest(n, s["nejpraxe"]) : null;
        var presentedAt = f.KeyList(s["presented_at"]);
        var related = f.KeyList(s["related"]);
        var extra = s.Fields.Where(schema.IsAdded)
            .Select(field => f.Value(field) is { } value ? new FieldValue(field, value, f.LocationOf(field)) : null)
            .OfType<FieldValue>().ToImmutableArray();
        var slug = ReadSlug(f, doc, s);
        var aliases = AddressParser.Aliases(f, s["aliases"]);
        var draft = f.Bool(s["draft"]);
        var en = ReadShortEnglish(f, s);
        f.ReportUnknown();
        VideoRules.Check(extra, doc.Body, draft, diagnostics);

        if (kind == "stripek" && WordCount(doc.Body) is var words && words > ContentSchema.SnippetWords)
            diagnostics.Warning(f.LocationOf("kind"), $"this střípek has {words} words; a střípek is a short inspiration of at most {ContentSchema.SnippetWords}",
                "Shorten it, or make it a full example: remove 'kind: stripek'.");
        if (updated is { } u && date is { } d && u < d)
            diagnostics.Warning(f.LocationOf("updated"), $"'updated' ({u:yyyy-MM-dd}) is before 'date' ({d:yyyy-MM-dd})", "Check both dates.");

        // A practice with wrong values is still returned (with placeholders, reported above) so that its
        // references get checked in the same run; the build stops before anything is rendered.
        if (slug is null) return null;
        return new Practice
        {
            Slug = slug.Value.Slug, SlugLocation = slug.Value.At, SourcePath = doc.File.Path, Title = title ?? "", Summary = summary ?? "", Kind = kind, Member = member ?? Missing(f),
            Themes = themes, Year = year ?? 0, Date = date ?? DateOnly.MinValue, Updated = updated, Sdgs = sdgs, Tags = tags,
            Contact = contact, Images = [.. images], Attachments = [.. attachments], Awards = [.. awards],
            Related = related, Contest = contest, PresentedAt = presentedAt, Extra = extra, Aliases = aliases, En = en, Draft = draft, Body = BodyOf(doc),
        };
    }

    public Event? ParseEvent(FrontMatterDocument doc)
    {
        var s = schema.Event;
        if (Open(doc, s) is not { } f) return null;
        var title = f.Text(s["title"]);
        var kind = f.Choice(s["kind"]);
        var start = f.DateTime(s["start"]);
        var end = f.DateTime(s["end"]);
        var place = f.Text(s["place"]);
        var online = f.Bool(s["online"]);
        var registration = f.Url(s["registration"]);
        var capacity = f.Number(s["capacity"]);
        var conference = f.Key(s["conference"]);
        var members = f.KeyList(s["members"]);
        var summary = f.Text(s["summary"]);
        var slug = ReadSlug(f, doc, s);
        var aliases = AddressParser.Aliases(f, s["aliases"]);
        var draft = f.Bool(s["draft"]);
        var en = ReadShortEnglish(f, s);
        f.ReportUnknown();

        if (start is { } from && end is { } to && to <= from)
            diagnostics.Error(f.LocationOf("end"), "the event ends before it starts: 'end' must be after 'start'", "Check the dates and times of 'start' and 'end'.");
        if (place is null && !online)
            diagnostics.Error(f.Location, "the event has neither a 'place' nor 'online: true'", "Add 'place: …' with the address, or 'online: true'.");

        if (slug is null) return null;
        return new Event
        {
            Slug = slug.Value.Slug, SlugLocation = slug.Value.At, SourcePath = doc.File.Path, Title = title ?? "", Kind = EventKind.Find(kind ?? "") ?? EventKind.All[^1],
            Start = start ?? DateTimeOffset.MinValue, End = end ?? DateTimeOffset.MinValue,
            Place = place, Online = online, Registration = registration, Capacity = capacity, Conference = conference,
            Members = members, Summary = summary ?? "", Aliases = aliases, En = en, Draft = draft, Body = BodyOf(doc),
        };
    }

    public Page? ParsePage(FrontMatterDocument doc)
    {
        var s = schema.Page;
        if (Open(doc, s) is not { } f) return null;
        var title = f.Text(s["title"]);
        var description = f.Text(s["description"]);
        var order = f.Number(s["order"]);
        var slug = ReadSlug(f, doc, s);
        var aliases = AddressParser.Aliases(f, s["aliases"]);
        var draft = f.Bool(s["draft"]);
        var en = ReadShortEnglish(f, s);
        f.ReportUnknown();
        if (slug is null) return null;
        return new Page { Slug = slug.Value.Slug, SlugLocation = slug.Value.At, SourcePath = doc.File.Path, Title = title ?? "", Description = description, Order = order, Aliases = aliases, En = en, Draft = draft, Body = BodyOf(doc) };
    }

    /// <summary>An entry of a kind the site declared: its common fields, then every other field by its declaration.</summary>
    public Item? ParseItem(FrontMatterDocument doc, KindSpec kind)
    {
        var s = schema.EntryOf(kind);
        if (Open(doc, s) is not { } f) return null;
        var title = f.Text(s["title"]);
        var summary = f.Text(s["summary"]);
        var date = f.Date(s["date"]);
        var fields = s.Fields.Where(field => !ContentSchema.EntryCommonKeys.Contains(field.Key))
            .Select(field => f.Value(field) is { } value ? new FieldValue(field, value, f.LocationOf(field)) : null)
            .OfType<FieldValue>().ToImmutableArray();
        var slug = ReadSlug(f, doc, s);
        var aliases = AddressParser.Aliases(f, s["aliases"]);
        var draft = f.Bool(s["draft"]);
        var en = ReadShortEnglish(f, s);
        f.ReportUnknown();
        VideoRules.Check(fields, doc.Body, draft, diagnostics);
        if (slug is null) return null;
        return new Item
        {
            Kind = kind.Key, Slug = slug.Value.Slug, SlugLocation = slug.Value.At, SourcePath = doc.File.Path, Title = title ?? "", Summary = summary ?? "",
            Date = date ?? DateOnly.MinValue, Fields = fields, Aliases = aliases, En = en, Draft = draft, Body = BodyOf(doc),
        };
    }

    /// <summary>The entry's short 'en:' section, read by its declaration: its title, then its summary (a free page's description).</summary>
    private static ShortTranslation? ReadShortEnglish(YamlFields f, EntrySchema s)
    {
        var declaration = s[ContentSchema.English];
        if (f.Group(declaration) is not { } section) return null;
        var texts = declaration.Fields.Select(section.Text).ToList();
        section.ReportUnknown();
        return new ShortTranslation(texts[0], texts.Count > 1 ? texts[1] : null, f.LocationOf(ContentSchema.English));
    }

    /// <summary>A placeholder for a required key that is missing (already reported); reference checks skip it.</summary>
    private static KeyRef Missing(YamlFields f) => new("", f.Location);

    private YamlFields? Open(FrontMatterDocument doc, EntrySchema kind) =>
        YamlDocumentLoader.LoadMapping(doc.Yaml, doc.File.Path, doc.YamlFirstLine, diagnostics) is { } map
            ? new YamlFields(map, doc.File.Path, doc.YamlFirstLine, diagnostics, kind)
            : null;

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    private static MarkdownSource BodyOf(FrontMatterDocument doc) => new(doc.File.Path, doc.Body, doc.BodyFirstLine);

    /// <summary>The 'slug' field with where it is written, else the file name; either must be a valid slug.</summary>
    private (string Slug, SourceLocation? At)? ReadSlug(YamlFields f, FrontMatterDocument doc, EntrySchema kind)
    {
        if (f.Key(kind["slug"]) is { } explicitSlug)
        {
            if (Slug.IsValid(explicitSlug.Key)) return (explicitSlug.Key, explicitSlug.Location);
            diagnostics.Error(explicitSlug.Location, $"'{explicitSlug.Key}' is not a valid slug",
                $"Use lower-case letters without diacritics, digits and hyphens, e.g. '{Slug.From(explicitSlug.Key)}'.");
            return null;
        }
        var name = Path.GetFileNameWithoutExtension(doc.File.Path);
        if (Slug.IsValid(name)) return (name, null);
        diagnostics.Error(SourceLocation.File(doc.File.Path), $"the file name '{name}' is not a valid slug",
            $"Rename the file to '{(Slug.From(name) is { Length: > 0 } s ? s : "nazev")}.md', or set 'slug:' in the front matter.");
        return null;
    }

    private static Contact ReadContact(YamlFields f, FieldSpec contact)
    {
        var result = new Contact(f.Text(contact["name"]), f.Text(contact["email"]), f.Text(contact["phone"]));
        f.ReportUnknown();
        return result;
    }

    private static ContestEntry? ReadContest(YamlFields f, FieldSpec contest)
    {
        var year = f.Number(contest["year"]);
        var place = f.Number(contest["place"]);
        f.ReportUnknown();
        return year is null ? null : new ContestEntry(year.Value, place, f.Location);
    }

    private static ImageRef? ReadImage(YamlFields f, FieldSpec images)
    {
        var src = f.Text(images["src"]);
        var alt = f.Text(images["alt"]);
        f.ReportUnknown();
        return src is null || alt is null ? null : new ImageRef(src, alt, f.Location);
    }

    private static Attachment? ReadAttachment(YamlFields f, FieldSpec attachments)
    {
        var src = f.Text(attachments["src"]);
        var title = f.Text(attachments["title"]);
        f.ReportUnknown();
        return src is null || title is null ? null : new Attachment(src, title, f.Location);
    }

    private static Award? ReadAward(YamlFields f, FieldSpec awards)
    {
        var name = f.Text(awards["name"]);
        var year = f.Number(awards["year"]);
        var place = f.Number(awards["place"]);
        f.ReportUnknown();
        return name is null || year is null ? null : new Award(name, year.Value, place);
    }
}
