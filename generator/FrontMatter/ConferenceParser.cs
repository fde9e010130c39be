using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>A conference folder → <see cref="Conference"/>: site.yml, program.yml, speakers.yml and its pages.</summary>
public sealed class ConferenceParser(DiagnosticBag diagnostics, ContentParser pages)
{
    public Conference? Parse(ConferenceSources sources)
    {
        if (sources.SiteConfig is not { } siteFile) return null;
        if (YamlDocumentLoader.LoadMapping(siteFile.Text, siteFile.Path, 1, diagnostics) is not { } map) return null;
        var f = new YamlFields(map, siteFile.Path, 1, diagnostics);
        var title = f.String("title", required: true, maxLength: 200);
        var baseUrl = f.AbsoluteUrl("base_url", required: true);
        var description = f.String("description", maxLength: 300);
        var start = f.Date("start", required: true);
        var end = f.Date("end", required: true);
        var venue = f.String("venue", maxLength: 300);
        var accent = f.String("accent", required: true, maxLength: 7);
        var accentLocation = f.LocationOf("accent");
        var partners = f.MapList("partners").Select(p =>
        {
            var name = p.String("name", required: true, maxLength: 200);
            var url = p.AbsoluteUrl("url");
            p.ReportUnknown("a partner");
            return name is null ? null : new Partner(name, url);
        }).OfType<Partner>().ToImmutableArray();
        var menu = SiteConfigParser.ReadMenu(f);
        f.ReportUnknown("a conference's site.yml");

        if (accent is not null && !ColorValue.IsHex(accent))
            diagnostics.Error(accentLocation, $"accent '{accent}' is not a #rrggbb colour", "Write it like \"#5b2a86\" (with the quotes).");
        if (start is { } s && end is { } e && e < s)
            diagnostics.Error(f.LocationOf("end"), "the conference ends before it starts: 'end' must not be before 'start'", "Check 'start' and 'end'.");

        var parsedPages = sources.Pages
            .Select(file => FrontMatterSplitter.Split(file, diagnostics) is { } doc ? pages.ParsePage(doc) : null)
            .OfType<Page>().ToImmutableArray();
        var days = sources.Program is { } program ? ParseProgram(program) : [];
        var speakers = sources.Speakers is { } speakerFile ? ParseSpeakers(speakerFile) : [];

        if (title is null || baseUrl is null || start is null || end is null || accent is null) return null;
        return new Conference
        {
            Slug = sources.Slug, Folder = sources.Folder, Title = title, BaseUrl = SiteConfigParser.WithTrailingSlash(baseUrl),
            Description = description ?? "", Start = start.Value, End = end.Value, Venue = venue, Accent = accent.ToLowerInvariant(),
            AccentLocation = accentLocation, Partners = partners, Menu = menu, Pages = parsedPages, Days = days, Speakers = speakers,
        };
    }

    private ImmutableArray<ProgramDay> ParseProgram(SourceFile file)
    {
        if (YamlDocumentLoader.LoadMapping(file.Text, file.Path, 1, diagnostics) is not { } map) return [];
        var f = new YamlFields(map, file.Path, 1, diagnostics);
        var days = f.MapList("days", required: true).Select(day =>
        {
            var date = day.Date("date", required: true);
            var sessions = day.MapList("sessions", required: true).Select(ParseSession).OfType<Session>().ToImmutableArray();
            day.ReportUnknown("a program day");
            return date is null ? null : new ProgramDay(date.Value, day.LocationOf("date"), sessions);
        }).OfType<ProgramDay>().ToImmutableArray();
        f.ReportUnknown("program.yml");
        return days;
    }

    private Session? ParseSession(YamlFields s)
    {
        var start = s.Time("time", required: true);
        var end = s.Time("end", required: true);
        var title = s.String("title", required: true, maxLength: 300);
        var room = s.String("room", maxLength: 100);
        var speakers = s.KeyList("speakers");
        var description = s.String("description", maxLength: 1000);
        s.ReportUnknown("a session");
        if (start is { } from && end is { } to && to <= from)
            diagnostics.Error(s.LocationOf("end"), $"the session ends ({to:HH\\:mm}) before it starts ({from:HH\\:mm})", "Check 'time' and 'end'.");
        return start is null || end is null || title is null ? null : new Session(start.Value, end.Value, title, room, speakers, description, s.Location);
    }

    private ImmutableArray<Speaker> ParseSpeakers(SourceFile file) =>
        DataFileParser.ParseKeyed(file, diagnostics, "a speaker", (key, f) =>
        {
            var name = f.String("name", required: true, maxLength: 200);
            var affiliation = f.String("affiliation", maxLength: 300);
            var bio = f.String("bio", maxLength: 2000);
            return name is null ? null : new Speaker(key, name, affiliation, bio);
        });
}
