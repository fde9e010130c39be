using DobraPraxe.Generator.SiteBuilding;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DobraPraxe.Generator.Templating;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints unless it is <see cref="SafeHtml"/>,
/// so escaping is the engine's default rather than each template's habit.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext(ScriptObject builtins, TemplateSet templates, SiteUrls urls) : base(builtins)
    {
        Templates = templates;
        Urls = urls;
        StrictVariables = true;
        LoopLimit = 0;
        RecursiveLimit = 64;
    }

    public TemplateSet Templates { get; }
    /// <summary>The site being rendered; set per page, since a context is reused for the main site and microsites.</summary>
    public SiteUrls Urls { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject is SafeHtml safe
            ? Write(safe.Value)
            : Write(Html.Escape(ObjectToString(textAsObject) ?? ""));
}
