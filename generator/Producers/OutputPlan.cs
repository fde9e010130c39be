using DobraPraxe.Generator.Editing;
using DobraPraxe.Generator.Model;

namespace DobraPraxe.Generator.Producers;

/// <summary>
/// What a site's paths depend on, known before anything is built: the content, whether /admin/ is published, and which
/// microsite it is (null: the main site). The validators ask with the content as read; the build with what it publishes.
/// </summary>
/// <param name="Editor">Off on a microsite: the web editor is the main site's.</param>
public sealed record OutputPlan(ContentSet Content, EditorMode Editor)
{
    public Conference? Conference { get; init; }

    /// <summary>The language of a site in another language than the default (the English site under /en/); null for the default's.</summary>
    public SiteLanguage? Language { get; init; }

    /// <summary>The language the site is written in: a language site's, else the microsite's own, else the main site's.</summary>
    public string WrittenIn => Language?.Code ?? Conference?.Language ?? Content.Site.Language;

    public static OutputPlan ForLanguage(ContentSet content, SiteLanguage language) => new(content, EditorMode.Off) { Language = language };

    public static OutputPlan ForMicrosite(ContentSet content, Conference conference) => new(content, EditorMode.Off) { Conference = conference };
}
