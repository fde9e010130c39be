using System.Collections.Concurrent;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Incremental;

/// <summary>
/// How a build of serve's makes the models and memos of the site's other languages. Its first build (<see cref="First"/>)
/// builds each language's model whole and starts its memos; an update (<see cref="After"/>) rebuilds each model from the
/// last one as the main site's is rebuilt (<see cref="SiteModelBuilder.Rebuild"/>): only the practices an edit reaches are
/// resolved again, from the content as the language shows it, and every other entry is the last model's object, so the
/// pages that did not read it, its search document and the feeds that list it stay as they were.
/// </summary>
public sealed class LanguageRebuild
{
    private readonly IReadOnlyDictionary<string, LanguageState> _before;
    private readonly IReadOnlySet<string> _changed;
    private readonly ConcurrentDictionary<string, (TextReuse Texts, SearchIndexCache Search)> _memos = new(StringComparer.Ordinal);

    private LanguageRebuild(IReadOnlyDictionary<string, LanguageState> before, IReadOnlySet<string> changed) => (_before, _changed) = (before, changed);

    /// <summary>serve's first (full) build: every model built whole, memos new.</summary>
    public static LanguageRebuild First() => new(new Dictionary<string, LanguageState>(), new HashSet<string>());

    /// <param name="before">The last build's language sites by code.</param>
    /// <param name="changed">The source paths (the default language's files) of the practices the edit reaches: the edited one, or those presented at an edited event.</param>
    public static LanguageRebuild After(IReadOnlyDictionary<string, LanguageState> before, IReadOnlySet<string> changed) => new(before, changed);

    /// <summary>
    /// The language's model rebuilt from its last one, or null when there is none (build it whole). <paramref name="localised"/>
    /// is the content as the language shows it (<see cref="LanguageContent"/>), <paramref name="entries"/> its placing of entries.
    /// </summary>
    public SiteModel? Model(string code, ContentSet localised, LanguageEntries entries, PublicationRule publication, IReadOnlyDictionary<string, HtmlFragment> html)
    {
        if (!_before.TryGetValue(code, out var last)) return null;
        var resolver = new EntryResolver(localised, publication, last.Site.Images);
        List<PracticeEntry> changed = [.. localised.Practices.Where(p => _changed.Contains(p.SourcePath)).Select(p => entries.Place(resolver.Resolve(p, html[p.SourcePath])))];
        return SiteModelBuilder.Rebuild(last.Site, localised, publication, html, changed, entries);
    }

    /// <summary>The language site's memo of feeds and calendars: the last build's, or a new one.</summary>
    public TextReuse Texts(string code) => _before.TryGetValue(code, out var last) ? last.Texts : Memos(code).Texts;

    /// <summary>The language site's memo of its search index: the last build's, or a new one.</summary>
    public SearchIndexCache Search(string code) => _before.TryGetValue(code, out var last) ? last.Search : Memos(code).Search;

    /// <summary>What to keep of the language's site as this build made it.</summary>
    public LanguageState Kept(string code, SiteModel site, IReadOnlyList<Planning.RenderJob> jobs, PageReads reads) =>
        new(site, jobs, reads, Texts(code), Search(code));

    private (TextReuse Texts, SearchIndexCache Search) Memos(string code) => _memos.GetOrAdd(code, _ => RebuildState.NewMemos());
}
