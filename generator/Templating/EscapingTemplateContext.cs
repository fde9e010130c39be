using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Shared;
using DobraPraxe.Generator.Site;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

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
        // Scriban prints nothing for a member the object lacks; a typo in a theme ('page.titel') should be an error instead.
        TryGetMember = UnknownMember;
        LoopLimit = 0;
        RecursiveLimit = 64;
    }

    /// <summary>How deep partials include partials now; a partial that includes itself stops at <see cref="MaxPartialDepth"/>.</summary>
    internal int PartialDepth { get; set; }

    internal const int MaxPartialDepth = 32;

    /// <summary>The output layouts render into, kept page after page (a context belongs to one thread).</summary>
    internal PageOutput PageOutput { get; } = new();

    private readonly List<PageOutput> _partialOutputs = [];

    /// <summary>The output a partial at <paramref name="depth"/> renders into, kept like <see cref="PageOutput"/>.</summary>
    internal PageOutput PartialOutput(int depth)
    {
        while (_partialOutputs.Count <= depth) _partialOutputs.Add(new PageOutput());
        return _partialOutputs[depth];
    }

    /// <summary>Scriban's "the last text written ended a line", which its include saves and restores around a partial (it has no public setter).</summary>
    [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    internal static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    public TemplateSet Templates { get; }
    /// <summary>The site being rendered; set per page, since a context is reused for the main site and microsites.</summary>
    public SiteUrls Urls { get; set; }

    /// <summary>The words of the page being rendered (its site's language); set per page like <see cref="Urls"/>.</summary>
    public Localization.Words? Words { get; set; }

    /// <summary>Where the page being rendered logs its reads of model nodes; null (the normal build) logs nothing.</summary>
    public ReadLog? Reads { get; set; }

    // Node types get an accessor that logs reads (see ReadLog); Scriban caches the accessor per type and context.
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is null || ModelNodes.KeyOf(target) is null ? accessor : new ReadLog.Accessor(accessor, this);
    }

    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var known = context.GetMemberAccessor(target).GetMembers(context, span, target).ToList();
        throw new ScriptRuntimeException(span, $"'{member}' is not a member of this {Describe(target)}{DidYouMean.Phrase(member, known)}" +
            (known.Count is > 0 and <= 30 ? $" (it has: {string.Join(", ", known.Order(StringComparer.Ordinal))})" : ""));
    }

    private static string Describe(object target) => target switch
    {
        ScriptObject => "object",
        string => "text",
        System.Collections.IEnumerable => "list",
        _ => System.Text.RegularExpressions.Regex.Replace(target.GetType().Name, "(Entry|View|Meta)$", "").ToLowerInvariant() switch { "" => "value", var n => n },
    };

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject is SafeHtml safe
            ? Write(safe.Value)
            : Write(Html.Escape(ObjectToString(textAsObject) ?? ""));
}
