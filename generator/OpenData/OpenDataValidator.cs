using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.OpenData;

/// <summary>The field paths site.yml's 'open_data:' names must be fields of a kind with open data (practices, events, a site kind with 'open_data: true'), checked once the schema is complete.</summary>
public static class OpenDataValidator
{
    public static void Validate(ContentSet content, DiagnosticBag diagnostics)
    {
        if (content.Site.OpenData is not { } settings) return;
        var kinds = content.Schema.Kinds.Where(k => k.OpenData).Select(content.Schema.EntryOf).ToList();
        var all = kinds.SelectMany(OpenDataFields.Paths).Distinct().Order(StringComparer.Ordinal).ToList();
        var personal = kinds.SelectMany(OpenDataFields.PersonalPaths).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var path in settings.Exclude.Where(p => !all.Contains(p)))
            diagnostics.Error(settings.ExcludeLocation, $"'exclude' names '{path}', which is no field of a practice or an event{DidYouMean.Phrase(path, all)}",
                "Name fields as in the front matter, a group's part as 'group.part' (e.g. 'contact.phone').");
        foreach (var path in settings.IncludePersonal.Where(p => !personal.Contains(p)))
            diagnostics.Error(settings.IncludePersonalLocation, $"'include_personal' names '{path}', which is no personal field{DidYouMean.Phrase(path, personal)}",
                $"Personal fields (left out of the open data unless named here): {string.Join(", ", personal)}.");
    }
}
