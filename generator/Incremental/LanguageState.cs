using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Search;
using DobraPraxe.Generator.Site;

namespace DobraPraxe.Generator.Incremental;

/// <summary>
/// What serve keeps of one of the site's other languages (the English site in /en/) for the next rebuild, as
/// <see cref="RebuildState"/> keeps the main site's: its model, its planned pages (paired with the other languages'),
/// what each of its pages read of that model, and its own memos of feeds, calendars and search (its files have the
/// main site's paths inside its folder, and its entries are its own objects).
/// </summary>
public sealed record LanguageState(SiteModel Site, IReadOnlyList<RenderJob> Jobs, PageReads Reads, TextReuse Texts, SearchIndexCache Search);
