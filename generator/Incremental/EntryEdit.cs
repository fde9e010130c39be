using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Incremental;

/// <summary>
/// One edited entry that keeps its place in the site, and the content with it in place of the old one. The rule for
/// "keeps its place" lives here once: serve's fast page (Serve.EntryUpdater) and the incremental rebuild both ask it.
/// </summary>
/// <param name="All">Every file's content with the edit, drafts included, without the Markdown text.</param>
/// <param name="Published">What is published, with the edit.</param>
/// <param name="Body">The edited file's Markdown, with its text, to render.</param>
public sealed record EntryEdit(ContentSet All, ContentSet Published, MarkdownSource Body, object Entry)
{
    /// <summary>
    /// Whether an edited practice stays where it was: the same address and date, still published, and the same photos
    /// and files (media are checked as a whole by the full build). Anything else moves it in lists, feeds or pages.
    /// (With --drafts an entry turned into a draft keeps its place and gets the banner; the rebuild of the lists that
    /// show it asks for the same draft state besides.)
    /// </summary>
    public static bool KeepsItsPlace(Practice before, Practice after, PublicationRule rule) =>
        after.Slug == before.Slug && after.Date == before.Date && rule.Publishes(after)
        && after.Images.Select(i => i.Src).SequenceEqual(before.Images.Select(i => i.Src))
        && after.Attachments.Select(a => a.Src).SequenceEqual(before.Attachments.Select(a => a.Src));

    /// <summary>
    /// The content with the edited file <paramref name="doc"/> in place of the old one; null when the file is not a
    /// published practice, event or free page, or the edit moves it (for events and pages: another slug or draft state;
    /// an event's new time is no move, events are sorted by their start in the model). A site kind's entry takes the full build.
    /// </summary>
    public static EntryEdit? Of(ContentSet all, ContentSet published, FrontMatterDocument doc, PublicationRule rule, DiagnosticBag diagnostics)
    {
        var parser = new ContentParser(diagnostics, all.Schema);
        var path = doc.File.Path;
        var folder = path.Split('/')[1];
        switch (all.Schema.Kinds.FirstOrDefault(k => k.Folder == folder)?.Key)
        {
            case ContentSchema.PracticeKind:
                var oldPractice = all.Practices.FirstOrDefault(p => p.SourcePath == path);
                if (oldPractice is null || parser.ParsePractice(doc) is not { } practice || !KeepsItsPlace(oldPractice, practice, rule) || practice.Draft != oldPractice.Draft
                    || !published.Practices.Any(p => p.SourcePath == path)) return null;
                var p = practice with { Body = practice.Body with { Text = "" } };
                return new(all with { Practices = Replaced(all.Practices, path, p, x => x.SourcePath) },
                    published with { Practices = Replaced(published.Practices, path, p, x => x.SourcePath) }, practice.Body, practice);
            case ContentSchema.EventKind:
                var oldEvent = all.Events.FirstOrDefault(e => e.SourcePath == path);
                if (oldEvent is null || parser.ParseEvent(doc) is not { } ev || ev.Slug != oldEvent.Slug || ev.Draft != oldEvent.Draft
                    || !published.Events.Any(e => e.SourcePath == path)) return null;
                var e = ev with { Body = ev.Body with { Text = "" } };
                return new(all with { Events = Replaced(all.Events, path, e, x => x.SourcePath) },
                    published with { Events = Replaced(published.Events, path, e, x => x.SourcePath) }, ev.Body, ev);
            case ContentSchema.PageKind:
                var oldPage = all.Pages.FirstOrDefault(x => x.SourcePath == path);
                if (oldPage is null || parser.ParsePage(doc) is not { } page || page.Slug != oldPage.Slug || page.Draft != oldPage.Draft
                    || !published.Pages.Any(x => x.SourcePath == path)) return null;
                var f = page with { Body = page.Body with { Text = "" } };
                return new(all with { Pages = Replaced(all.Pages, path, f, x => x.SourcePath) },
                    published with { Pages = Replaced(published.Pages, path, f, x => x.SourcePath) }, page.Body, page);
            default:
                return null;
        }
    }

    /// <summary>Whether every entry is published, pending and upcoming alike under both rules (the clock moved between builds).</summary>
    public static bool SameByTheClock(PublicationRule before, PublicationRule now, ContentSet all) =>
        before == now || (before.IncludeDrafts == now.IncludeDrafts && before.Now.Year == now.Now.Year
            && all.Practices.All(p => before.IsPending(p) == now.IsPending(p))
            && all.Events.All(e => e.End >= before.Now == e.End >= now.Now));

    private static System.Collections.Immutable.ImmutableArray<T> Replaced<T>(System.Collections.Immutable.ImmutableArray<T> entries, string path, T edited, Func<T, string> pathOf) =>
        [.. entries.Select(x => pathOf(x) == path ? edited : x)];
}
