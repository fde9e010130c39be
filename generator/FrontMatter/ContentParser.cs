using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>Front matter of practices, events and free pages → model records. Cross-file references are checked later.</summary>
public sealed partial class ContentParser(DiagnosticBag diagnostics, int maxYear)
{
    public const int MinYear = 1990;

    public Practice? ParsePractice(FrontMatterDocument doc)
    {
        if (Open(doc) is not { } f) return null;
        var title = f.String("title", required: true, maxLength: 200);
        var summary = f.String("summary", required: true, maxLength: 300);
        var member = f.Key("member", required: true);
        var themes = f.KeyList("themes", required: true);
        if (themes.Length > 3)
            diagnostics.Error(themes[3].Location, $"a practice can have at most 3 themes, this one has {themes.Length}", "Keep the 1–3 themes that fit best.");
        var year = f.Int("year", MinYear, maxYear, required: true);
        var date = f.Date("date", required: true);
        var updated = f.Date("updated");
        var sdgs = f.IntList("sdgs", 1, 17);
        var tags = f.StringList("tags", maxLength: 60);
        var contact = f.Map("contact") is { } c ? ReadContact(c) : null;
        var images = f.MapList("images").Select(ReadImage).OfType<ImageRef>().ToList();
        var attachments = f.MapList("attachments").Select(ReadAttachment).OfType<Attachment>().ToList();
        var awards = f.MapList("awards").Select(ReadAward).OfType<Award>().ToList();
        var related = f.KeyList("related");
        var slug = ReadSlug(f, doc);
        var draft = f.Bool("draft");
        f.ReportUnknown("a practice");

        if (updated is { } u && date is { } d && u < d)
            diagnostics.Warning(f.LocationOf("updated"), $"'updated' ({u:yyyy-MM-dd}) is before 'date' ({d:yyyy-MM-dd})", "Check both dates.");

        // A practice with wrong values is still returned (with placeholders, reported above) so that its
        // references get checked in the same run; the build stops before anything is rendered.
        if (slug is null) return null;
        return new Practice
        {
            Slug = slug.Value.Slug, SlugLocation = slug.Value.At, SourcePath = doc.File.Path, Title = title ?? "", Summary = summary ?? "", Member = member ?? Missing(f),
            Themes = themes, Year = year ?? 0, Date = date ?? DateOnly.MinValue, Updated = updated, Sdgs = sdgs, Tags = tags,
            Contact = contact, Images = [.. images], Attachments = [.. attachments], Awards = [.. awards],
            Related = related, Draft = draft, Body = BodyOf(doc),
        };
    }

    public Event? ParseEvent(FrontMatterDocument doc)
    {
        if (Open(doc) is not { } f) return null;
        var title = f.String("title", required: true, maxLength: 200);
        var kind = f.Choice("kind", [.. EventKind.All.Select(k => k.Key)], required: true);
        var start = f.DateTime("start", required: true);
        var end = f.DateTime("end", required: true);
        var place = f.String("place", maxLength: 300);
        var online = f.Bool("online");
        var registration = f.AbsoluteUrl("registration");
        var capacity = f.Int("capacity", 1, 100_000);
        var conference = f.Key("conference");
        var members = f.KeyList("members");
        var summary = f.String("summary", required: true, maxLength: 300);
        var slug = ReadSlug(f, doc);
        var draft = f.Bool("draft");
        f.ReportUnknown("an event");

        if (start is { } s && end is { } e && e <= s)
            diagnostics.Error(f.LocationOf("end"), "the event ends before it starts: 'end' must be after 'start'", "Check the dates and times of 'start' and 'end'.");
        if (place is null && !online)
            diagnostics.Error(f.Location, "the event has neither a 'place' nor 'online: true'", "Add 'place: …' with the address, or 'online: true'.");

        if (slug is null) return null;
        return new Event
        {
            Slug = slug.Value.Slug, SlugLocation = slug.Value.At, SourcePath = doc.File.Path, Title = title ?? "", Kind = EventKind.Find(kind ?? "") ?? EventKind.All[^1],
            Start = start ?? DateTimeOffset.MinValue, End = end ?? DateTimeOffset.MinValue,
            Place = place, Online = online, Registration = registration, Capacity = capacity, Conference = conference,
            Members = members, Summary = summary ?? "", Draft = draft, Body = BodyOf(doc),
        };
    }

    public Page? ParsePage(FrontMatterDocument doc)
    {
        if (Open(doc) is not { } f) return null;
        var title = f.String("title", required: true, maxLength: 200);
        var description = f.String("description", maxLength: 300);
        var order = f.Int("order", -1000, 1000);
        var slug = ReadSlug(f, doc);
        var draft = f.Bool("draft");
        f.ReportUnknown("a page");
        if (slug is null) return null;
        return new Page { Slug = slug.Value.Slug, SlugLocation = slug.Value.At, SourcePath = doc.File.Path, Title = title ?? "", Description = description, Order = order, Draft = draft, Body = BodyOf(doc) };
    }

    /// <summary>A placeholder for a required key that is missing (already reported); reference checks skip it.</summary>
    private static KeyRef Missing(YamlFields f) => new("", f.Location);

    private YamlFields? Open(FrontMatterDocument doc) =>
        YamlDocumentLoader.LoadMapping(doc.Yaml, doc.File.Path, doc.YamlFirstLine, diagnostics) is { } map
            ? new YamlFields(map, doc.File.Path, doc.YamlFirstLine, diagnostics)
            : null;

    private static MarkdownSource BodyOf(FrontMatterDocument doc) => new(doc.File.Path, doc.Body, doc.BodyFirstLine);

    /// <summary>The 'slug' field with where it is written, else the file name; either must be a valid slug.</summary>
    private (string Slug, SourceLocation? At)? ReadSlug(YamlFields f, FrontMatterDocument doc)
    {
        if (f.Key("slug") is { } explicitSlug)
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

    private Contact? ReadContact(YamlFields f)
    {
        var contact = new Contact(f.String("name", maxLength: 200), f.String("email", maxLength: 200), f.String("phone", maxLength: 50));
        f.ReportUnknown("the contact");
        if (contact.Email is { } email && !EmailPattern().IsMatch(email))
        {
            diagnostics.Error(f.LocationOf("email"), $"'{email}' is not an e-mail address", "Write it like jana.novakova@mesto.cz.");
            return contact with { Email = null };
        }
        return contact;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^@\s<>""'()\[\]:;,\\]+@[^@\s<>""'()\[\]:;,\\]+\.[a-zA-Z]{2,}$")]
    private static partial System.Text.RegularExpressions.Regex EmailPattern();

    private static ImageRef? ReadImage(YamlFields f)
    {
        var src = f.String("src", required: true, maxLength: 500);
        var alt = f.String("alt", required: true, maxLength: 500);
        f.ReportUnknown("an image");
        return src is null || alt is null ? null : new ImageRef(src, alt, f.Location);
    }

    private static Attachment? ReadAttachment(YamlFields f)
    {
        var src = f.String("src", required: true, maxLength: 500);
        var title = f.String("title", required: true, maxLength: 200);
        f.ReportUnknown("an attachment");
        return src is null || title is null ? null : new Attachment(src, title, f.Location);
    }

    private Award? ReadAward(YamlFields f)
    {
        var name = f.String("name", required: true, maxLength: 200);
        var year = f.Int("year", MinYear, maxYear, required: true);
        var place = f.Int("place", 1, 100);
        f.ReportUnknown("an award");
        return name is null || year is null ? null : new Award(name, year.Value, place);
    }
}
