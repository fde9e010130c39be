using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.Validation;

/// <summary>Checks conference microsites: speakers that exist, sessions inside the conference's dates, rooms not double-booked.</summary>
public static class ConferenceValidator
{
    /// <summary>Paths a microsite generates itself; its pages may not take them, nor its files' (assets/ …), which their producers declare.</summary>
    private static readonly HashSet<string> ReservedPageSlugs = ["program", "recnici", "media"];

    /// <param name="micrositeOutputSegments">The first path segments a microsite's output producers take whole.</param>
    public static void Validate(ContentSet content, IReadOnlySet<string> mainSitePathSegments, Func<Conference, IReadOnlySet<string>> micrositeOutputSegments,
        DiagnosticBag diagnostics)
    {
        var conferenceSlugs = content.Conferences.Select(c => c.Slug).ToHashSet();
        foreach (var ev in content.Events)
            if (ev.Conference is { } reference && !conferenceSlugs.Contains(reference.Key))
                diagnostics.Error(reference.Location, $"unknown conference '{reference.Key}'{DidYouMean.Phrase(reference.Key, conferenceSlugs)}",
                    "Use the name of a folder in content/conferences/.");

        foreach (var conference in content.Conferences)
        {
            // A free page with the folder's name: both are published at /<slug>/ of the main site's output, so both files are named.
            if (content.Pages.FirstOrDefault(p => p.Slug == conference.Slug) is { } namesake)
            {
                var pageNamed = namesake.SlugLocation is { } at ? $"{namesake.SourcePath} (line {at.Line})" : namesake.SourcePath;
                diagnostics.Error(SourceLocation.File(conference.Folder), $"the conference folder '{conference.Slug}' has the same name as the page {pageNamed}; both would be published at /{conference.Slug}/",
                    "Rename the folder, e.g. 'konference-2021', or give the page another file name or 'slug:'.");
                diagnostics.Error(namesake.SlugLocation ?? SourceLocation.File(namesake.SourcePath), $"the page slug '{namesake.Slug}' is the name of the conference folder {conference.Folder}; both would be published at /{conference.Slug}/",
                    "Give the page another file name or 'slug:', or rename the conference folder.");
            }
            else if (mainSitePathSegments.Contains(conference.Slug))
                diagnostics.Error(SourceLocation.File(conference.Folder), $"the conference folder '{conference.Slug}' has the same name as a part of the main site (/{conference.Slug}/)",
                    "Rename the folder, e.g. 'konference-2021'.");
            if (ColorValue.IsHex(conference.Accent) && ColorValue.Contrast(conference.Accent, "#ffffff") < 4.5)
                diagnostics.Error(conference.AccentLocation, $"accent '{conference.Accent}' is too light for white text (contrast {ColorValue.Contrast(conference.Accent, "#ffffff"):0.0}:1, at least 4.5:1 is needed)",
                    "Choose a darker shade: the header and buttons print white text on it.");
            if (!conference.Pages.Any(p => p.Slug == "index"))
                diagnostics.Error(SourceLocation.File($"{conference.Folder}/index.md"), "the conference has no home page",
                    "Create index.md with a title and a few paragraphs about the conference.");
            // A microsite in more than one language: each other language's site is in a folder of it named by its code (/en/),
            // and its home page there is the translation of index.md.
            var others = conference.Languages.Skip(1).ToList();
            var index = conference.Pages.FirstOrDefault(p => p.Slug == "index");
            foreach (var language in others.Where(l => index is not null && !conference.Translations.Any(t => t.OriginalPath == index.SourcePath && t.Language == l.Code)))
                diagnostics.Error(language.Location, $"the microsite is published in '{language.Code}' too, but its home page has no translation: {conference.Folder}/index.{language.Code}.md",
                    $"Translate index.md into index.{language.Code}.md (its title, description and text), or remove '{language.Code}' from 'languages:'.");
            var outputs = micrositeOutputSegments(conference).Concat(others.Select(l => l.Code)).ToHashSet(StringComparer.Ordinal);
            foreach (var page in conference.Pages.Where(p => ReservedPageSlugs.Contains(p.Slug) || outputs.Contains(p.Slug)))
                diagnostics.Error(page.SlugLocation ?? SourceLocation.File(page.SourcePath), $"the page name '{page.Slug}' is used by the microsite itself (/{page.Slug}/)",
                    "Rename the file; the program and speakers pages are made from program.yml and speakers.yml.");
            CheckProgram(conference, diagnostics);
        }
    }

    private static void CheckProgram(Conference conference, DiagnosticBag diagnostics)
    {
        var speakers = conference.Speakers.Select(s => s.Key).ToHashSet();
        foreach (var day in conference.Days)
        {
            if (day.Date < conference.Start || day.Date > conference.End)
                diagnostics.Error(day.Location, $"the day {day.Date:yyyy-MM-dd} is outside the conference ({conference.Start:yyyy-MM-dd} – {conference.End:yyyy-MM-dd})",
                    "Fix the day's date, or 'start' and 'end' in the conference's site.yml.");
            foreach (var session in day.Sessions)
                foreach (var speaker in session.Speakers.Where(s => !speakers.Contains(s.Key)))
                    diagnostics.Error(speaker.Location, $"unknown speaker '{speaker.Key}'{DidYouMean.Phrase(speaker.Key, speakers)}",
                        $"Add the speaker to {conference.Folder}/speakers.yml, or fix the key.");

            // Sessions in one room must not overlap; touching (10:30 end, 10:30 start) is fine.
            foreach (var room in day.Sessions.Where(s => s.Room is not null).GroupBy(s => s.Room))
            {
                var ordered = room.OrderBy(s => s.Start).ToList();
                for (var i = 1; i < ordered.Count; i++)
                    if (ordered[i].Start < ordered[i - 1].End)
                        diagnostics.Error(ordered[i].Location,
                            $"'{ordered[i].Title}' ({ordered[i].Start:HH\\:mm}) overlaps '{ordered[i - 1].Title}' (until {ordered[i - 1].End:HH\\:mm}) in room '{room.Key}'",
                            "Move one of the sessions to another time or room.");
            }
        }
    }
}
