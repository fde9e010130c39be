using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>A conference folder → <see cref="Conference"/>: site.yml, program.yml, speakers.yml and its pages.</summary>
public sealed class ConferenceParser(DiagnosticBag diagnostics, ContentParser pages)
{
    private ContentSchema Schema => pages.Schema;

    public Conference? Parse(ConferenceSources sources)
    {
        if (sources.SiteConfig is not { } siteFile) return null;
        if (YamlDocumentLoader.LoadMapping(siteFile.Text, siteFile.Path, 1, diagnostics) is not { } map) return null;
        var c = Schema.ConferenceSite;
        var f = new YamlFields(map, siteFile.Path, 1, diagnostics, c);
        var title = f.Text(c["title"]);
        var baseUrl = f.Url(c["base_url"]);
        var description = f.Text(c["description"]);
        var start = f.Date(c["start"]);
        var end = f.Date(c["end"]);
        var venue = f.Text(c["venue"]);
        var accent = f.Text(c["accent"]);
        var accentLocation = f.LocationOf("accent");
        var partners = f.GroupList(c["partners"]).Select(p =>
        {
            var name = p.Text(c["partners"]["name"]);
            var url = p.Url(c["partners"]["url"]);
            p.ReportUnknown();
            return name is null ? null : new Partner(name, url);
        }).OfType<Partner>().ToImmutableArray();
        var menu = SiteConfigParser.ReadMenu(f, c["menu"]);
        var languages = LanguagesParser.Read(f, c, required: false, title, description, menu);
        // A microsite is in English when its own 'languages:' name it (without them it is published in one language): its program needs English texts.
        var english = f.Has(c["languages"]) && languages.Languages.Skip(1).Any(l => l.Code == ContentSchema.English);
        var accessibility = AccessibilityParser.Parse(f, c[AccessibilitySchema.Key], diagnostics);
        f.ReportUnknown();

        if (accent is not null && !ColorValue.IsHex(accent))
            diagnostics.Error(accentLocation, $"accent '{accent}' is not a #rrggbb colour", $"Write it like {c["accent"].Sample()} (with the quotes).");
        if (start is { } s && end is { } e && e < s)
            diagnostics.Error(f.LocationOf("end"), "the conference ends before it starts: 'end' must not be before 'start'", "Check 'start' and 'end'.");

        var parsedPages = sources.Pages
            .Select(file => FrontMatterSplitter.Split(file, diagnostics) is { } doc ? pages.ParsePage(doc) : null)
            .OfType<Page>().ToImmutableArray();
        var days = sources.Program is { } program ? ParseProgram(program, english) : [];
        var speakers = sources.Speakers is { } speakerFile ? ParseSpeakers(speakerFile, english) : [];

        if (title is null || baseUrl is null || start is null || end is null || accent is null) return null;
        return new Conference
        {
            Slug = sources.Slug, Folder = sources.Folder, Title = title, BaseUrl = SiteConfigParser.WithTrailingSlash(baseUrl),
            Description = description ?? "", Start = start.Value, End = end.Value, Venue = venue, Accent = accent.ToLowerInvariant(), Language = languages.Default,
            Languages = f.Has(c["languages"]) ? languages.Languages : [],
            AccentLocation = accentLocation, Partners = partners, Menu = menu, Pages = parsedPages, Days = days, Speakers = speakers,
            Accessibility = accessibility,
        };
    }

    /// <param name="english">The microsite is published in English too: every session needs its English title (and description, where it has one).</param>
    private ImmutableArray<ProgramDay> ParseProgram(SourceFile file, bool english)
    {
        if (YamlDocumentLoader.LoadMapping(file.Text, file.Path, 1, diagnostics) is not { } map) return [];
        var program = Schema.Program;
        var f = new YamlFields(map, file.Path, 1, diagnostics, program);
        var dayField = program["days"];
        var days = f.GroupList(dayField).Select(day =>
        {
            var date = day.Date(dayField["date"]);
            var sessions = day.GroupList(dayField["sessions"]).Select(s => ParseSession(s, dayField["sessions"], english)).OfType<Session>().ToImmutableArray();
            day.ReportUnknown();
            return date is null ? null : new ProgramDay(date.Value, day.LocationOf("date"), sessions);
        }).OfType<ProgramDay>().ToImmutableArray();
        f.ReportUnknown();
        return days;
    }

    private Session? ParseSession(YamlFields s, FieldSpec session, bool english)
    {
        var start = s.Time(session["time"]);
        var end = s.Time(session["end"]);
        var title = s.Text(session["title"]);
        var titleEn = s.Text(session[ContentSchema.EnglishOf("title")]);
        var room = s.Text(session["room"]);
        var speakers = s.KeyList(session["speakers"]);
        var description = s.Text(session["description"]);
        var descriptionEn = s.Text(session[ContentSchema.EnglishOf("description")]);
        s.ReportUnknown();
        if (start is { } from && end is { } to && to <= from)
            diagnostics.Error(s.LocationOf("end"), $"the session ends ({to:HH\\:mm}) before it starts ({from:HH\\:mm})", "Check 'time' and 'end'.");
        // Each text the English program shows needs its English twin, as a data file's names do (DataFileParser).
        foreach (var (key, text, inEnglish) in new[] { ("title", title, titleEn), ("description", description, descriptionEn) })
            if (english && text is not null && inEnglish is null)
                diagnostics.Error(s.Location, $"the session '{title}' has no '{ContentSchema.EnglishOf(key)}', and the microsite is published in English too",
                    $"Add '{ContentSchema.EnglishOf(key)}: …' beside '{key}:', in English (the English program shows it), or remove '{ContentSchema.English}' from 'languages:' in the conference's site.yml.");
        return start is null || end is null || title is null ? null
            : new Session(start.Value, end.Value, title, room, speakers, description, s.Location) { TitleEn = titleEn, DescriptionEn = descriptionEn };
    }

    private ImmutableArray<Speaker> ParseSpeakers(SourceFile file, bool english) =>
        DataFileParser.ParseKeyed(file, diagnostics, Schema.Speaker, english, (key, f) =>
        {
            var name = f.Text(Schema.Speaker["name"]);
            var affiliation = f.Text(Schema.Speaker["affiliation"]);
            var bio = f.Text(Schema.Speaker["bio"]);
            return name is null ? null : new Speaker(key, name, affiliation, bio)
            {
                AffiliationEn = f.Text(Schema.Speaker[ContentSchema.EnglishOf("affiliation")]), BioEn = f.Text(Schema.Speaker[ContentSchema.EnglishOf("bio")]),
            };
        });
}
