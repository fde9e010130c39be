using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.Localization;

/// <summary>
/// Every word the generator's own code writes (the templates' words are checked against the templates), with the values
/// it fills in. A catalogue is checked against this list when it loads (<see cref="Words.Load"/>).
/// </summary>
public static class GeneratorWords
{
    // Page titles, descriptions and breadcrumbs of the planned pages.
    public static readonly WordKey CatalogueTitle = new("catalogue.title");
    public static readonly WordKey CatalogueCrumb = new("catalogue.crumb");
    public static readonly WordKey CatalogueDescription = new("catalogue.description");
    public static readonly WordKey PagedTitle = new("pagination.paged_title", Values: ["title", "number"]);
    public static readonly WordKey TaxonomyDescription = new("taxonomy.description", Values: ["taxonomy"]);
    public static readonly WordKey TermDescription = new("term.description", Values: ["taxonomy", "term"]);
    public static readonly WordKey AwardsTitle = new("awards.title");
    public static readonly WordKey AwardsDescription = new("awards.description");
    public static readonly WordKey SearchTitle = new("search.title");
    public static readonly WordKey SearchDescription = new("search.description");
    public static readonly WordKey EventsTitle = new("events.title");
    public static readonly WordKey EventsDescription = new("events.description");
    public static readonly WordKey NotFoundTitle = new("not_found.title");
    public static readonly WordKey NotFoundDescription = new("not_found.description");
    public static readonly WordKey OpenDataTitle = new("open_data.title");
    public static readonly WordKey OpenDataDescription = new("open_data.description", Values: ["site"]);
    public static readonly WordKey StatementTitle = new("statement.title");
    public static readonly WordKey StatementDescription = new("statement.description", Values: ["site"]);
    // The page left at an old address (an alias or a redirect), leading to the new one.
    public static readonly WordKey RedirectTitle = new("redirect.title");
    public static readonly WordKey RedirectLead = new("redirect.lead");
    // The language switcher: each language named in itself, and its Open Graph locale.
    public static readonly WordKey LanguageName = new("meta.language");
    public static readonly WordKey Locale = new("meta.locale");
    // A conference microsite's pages and menu.
    public static readonly WordKey Home = new("nav.home");
    public static readonly WordKey ProgramTitle = new("conference.program");
    public static readonly WordKey SpeakersTitle = new("conference.speakers");

    // What entries and terms say of themselves.
    public static readonly WordKey ContestYear = new("contest.year", Values: ["year"]);
    public static readonly WordKey VerifiedTerm = new("verified.term");
    public static readonly WordKey Since = new("practice.since", Values: ["year"]);
    public static readonly WordKey Money = new("format.money", Values: ["amount"]);
    public static readonly WordKey RegionTile = new("region_map.tile", Plural: true, Values: ["code", "region"]);
    public static readonly WordKey SectionLink = new("heading.link", Values: ["heading"]);
    public static readonly WordKey Table = new("table.label");
    public static readonly WordKey Online = new("event.online");
    public static readonly WordKey Network = new("network.name");

    // Feeds and calendars.
    public static readonly WordKey TermFeedTitle = new("feed.term_title", Values: ["term", "site"]);
    public static readonly WordKey TermFeedSubtitle = new("feed.term_subtitle", Values: ["taxonomy", "term"]);
    public static readonly WordKey KindFeedTitle = new("feed.kind_title", Values: ["kind", "site"]);
    public static readonly WordKey EventsCalendar = new("calendar.events", Values: ["site"]);

    // Open data: the tables' Czech titles and the DCAT catalogue's (its English texts come with the English catalogue).
    public static readonly WordKey PracticesDataTitle = new("open_data.practices.title");
    public static readonly WordKey PracticesDataDescription = new("open_data.practices.description", Values: ["site"]);
    public static readonly WordKey PracticesDataSchema = new("open_data.practices.schema_title");
    public static readonly WordKey EventsDataTitle = new("open_data.events.title");
    public static readonly WordKey EventsDataDescription = new("open_data.events.description");
    public static readonly WordKey EventsDataSchema = new("open_data.events.schema_title");
    public static readonly WordKey KindDataTitle = new("open_data.kind.title", Values: ["kind", "site"]);
    public static readonly WordKey KindDataDescription = new("open_data.kind.description", Values: ["kind", "site"]);
    public static readonly WordKey KindDataSchema = new("open_data.kind.schema_title", Values: ["kind"]);
    public static readonly WordKey DataCatalogueTitle = new("open_data.catalogue_title", Values: ["site"]);
    public static readonly WordKey DataCatalogueDescription = new("open_data.catalogue_description", Values: ["description", "publisher"]);
    public static readonly WordKey DistributionTitle = new("open_data.distribution_title", Values: ["format"]);

    // The accessibility statement: the law it follows and its labels, by the keys of the declaration.
    public static readonly WordKey Legislation = new("statement.legislation");
    public static readonly WordKey Model = new("statement.model");
    public static WordKey Status(string key) => new($"statement.status.{key}");
    public static WordKey Reason(string key) => new($"statement.reason.{key}");
    public static WordKey Method(string key) => new($"statement.method.{key}");
    public static WordKey Check(string name) => new($"statement.check.{name}");
    /// <summary>The automated checks the statement names (Planning.AutomatedChecks, by these names).</summary>
    public static readonly ImmutableArray<string> Checks = ["axe", "nu", "keyboard", "noscript", "headings"];

    /// <summary>The UN Sustainable Development Goal <paramref name="number"/> (1–17).</summary>
    public static WordKey Goal(int number) => new("goals." + number.ToString(CultureInfo.InvariantCulture));
    public const int GoalCount = 17;

    /// <summary>
    /// The play button of a video on a host (<see cref="DobraPraxe.Generator.Model.VideoHost.Key"/>), which says where the video loads from, and
    /// the note beside it; a layout asks for them by the host's key, so every host the site plays from has them.
    /// </summary>
    public static WordKey VideoPlay(string host) => new("video.play." + host);
    public static WordKey VideoNote(string host) => new("video.note." + host);

    /// <summary>Every word above, the ones made per key included.</summary>
    public static IEnumerable<WordKey> All() =>
        typeof(GeneratorWords).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(WordKey)).Select(f => (WordKey)f.GetValue(null)!)
            .Concat(Enumerable.Range(1, GoalCount).Select(Goal))
            .Concat(AccessibilitySchema.Statuses.Select(c => Status(c.Key)))
            .Concat(AccessibilitySchema.Reasons.Select(c => Reason(c.Key)))
            .Concat(AccessibilitySchema.Methods.Select(c => Method(c.Key)))
            .Concat(Checks.Select(Check))
            .Concat(DobraPraxe.Generator.Model.VideoHost.All.SelectMany(h => new[] { VideoPlay(h.Key), VideoNote(h.Key) }));
}
