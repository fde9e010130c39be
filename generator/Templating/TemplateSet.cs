using System.Collections.Frozen;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Localization;
using DobraPraxe.Generator.Planning;
using DobraPraxe.Generator.Shared;
using Scriban.Runtime;
using Scriban.Syntax;
using Scriban;

namespace DobraPraxe.Generator.Templating;

/// <summary>
/// A theme's templates, each parsed once: layouts/&lt;name&gt;.html render a page's main content,
/// layouts/base.html wraps it, partials/&lt;name&gt;.html are included by name; and its words, i18n/&lt;language&gt;.yml,
/// each loaded once and checked against the templates (<see cref="LoadWords"/>).
/// </summary>
public sealed class TemplateSet
{
    public const string BaseLayout = "base";
    private readonly FrozenDictionary<string, Template> _layouts;
    private readonly FrozenDictionary<string, Template> _partials;
    private readonly ScriptObject _functions;

    private readonly Dictionary<string, Words> _languages = new(StringComparer.Ordinal);

    private TemplateSet(string folder, string displayRoot, FrozenDictionary<string, Template> layouts, FrozenDictionary<string, Template> partials)
    {
        Folder = folder;
        DisplayRoot = displayRoot;
        _layouts = layouts;
        _partials = partials;
        _functions = new ScriptObject();
        _functions.Import(typeof(TemplateFunctions));
        _functions[WordFunction.Name] = new WordFunction();
        WordUses = TemplateWords.Of(layouts.Values.Concat(partials.Values));
    }

    /// <summary>The theme folder, for its assets.</summary>
    public string Folder { get; }

    /// <summary>The theme folder as diagnostics name it: themes/default.</summary>
    public string DisplayRoot { get; }

    /// <summary>The words the templates ask for by a literal key.</summary>
    public TemplateWords WordUses { get; }

    /// <summary>The catalogue of <paramref name="language"/>: themes/&lt;name&gt;/i18n/&lt;code&gt;.yml.</summary>
    public (string File, string DisplayPath) CatalogueOf(LanguageRules language) =>
        (Path.Combine(Folder, "i18n", language.Code + ".yml"), $"{DisplayRoot}/i18n/{language.Code}.yml");

    /// <summary>
    /// The theme's words in <paramref name="language"/>, loaded once per build and checked against every word the
    /// templates and the generator ask for; null after reporting what is missing or wrong. <paramref name="languageAt"/>
    /// is the 'language:' that asked for it, where a theme without that language is reported.
    /// </summary>
    public Words? LoadWords(LanguageRules language, SourceLocation languageAt, DiagnosticBag diagnostics)
    {
        if (_languages.TryGetValue(language.Code, out var loaded)) return loaded;
        var (file, display) = CatalogueOf(language);
        if (!File.Exists(file))
        {
            var have = Directory.Exists(Path.GetDirectoryName(file)) ? Directory.EnumerateFiles(Path.GetDirectoryName(file)!, "*.yml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList() : [];
            diagnostics.Error(languageAt, $"the theme '{Path.GetFileName(DisplayRoot)}' has no words in '{language.Code}': {display} is missing",
                have.Count == 0 ? $"Create {display}; the default theme's i18n/cs.yml lists every word." : $"The theme has words in: {string.Join(", ", have)}. Create {display} from one of them, or write that language.");
            return null;
        }
        var errors = diagnostics.ErrorCount;
        var words = Words.Load(file, display, language, diagnostics);
        if (words is null) return null;
        WordUses.Check(words, diagnostics);
        if (diagnostics.ErrorCount > errors) return null;
        _languages[language.Code] = words;
        return words;
    }

    /// <summary>Words loaded by <see cref="LoadWords"/>.</summary>
    public Words WordsFor(string language) => _languages[language];

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>
    /// Parses every template of the theme in <paramref name="folder"/>; syntax errors become diagnostics, and so does
    /// each layout of <paramref name="needed"/> (what the planners will ask for; by default only the base layout) that is missing.
    /// </summary>
    public static TemplateSet? Load(string folder, string displayRoot, DiagnosticBag diagnostics, IEnumerable<LayoutUse>? needed = null)
    {
        var errors = diagnostics.ErrorCount;
        var layouts = ParseFolder(Path.Combine(folder, "layouts"), displayRoot + "/layouts", diagnostics);
        var partials = ParseFolder(Path.Combine(folder, "partials"), displayRoot + "/partials", diagnostics);
        var name = Path.GetFileName(displayRoot);
        foreach (var missing in (needed ?? [new LayoutUse(BaseLayout, "every page (it wraps them)")]).Where(u => !layouts.ContainsKey(u.Layout)).GroupBy(u => u.Layout))
            diagnostics.Error(SourceLocation.File($"{displayRoot}/layouts/{missing.Key}.html"),
                $"the theme '{name}' has no layout '{missing.Key}'; it is needed for {string.Join(" and ", missing.Select(u => u.Pages).Distinct())}",
                $"Create {displayRoot}/layouts/{missing.Key}.html; the default theme's layouts/{missing.Key}.html is a starting point.");
        return diagnostics.ErrorCount > errors ? null : new TemplateSet(folder, displayRoot, layouts, partials);
    }

    /// <summary>Renders <paramref name="layout"/> with <paramref name="variables"/>, then wraps it in <paramref name="baseLayout"/> as 'content'.</summary>
    /// <param name="reads">Logs which members of model nodes the page read (the preview's incremental rebuild); null for none.</param>
    /// <param name="words">The page's words ('t', dates and numbers); a theme that writes none may render without.</param>
    public string RenderPage(string layout, IReadOnlyDictionary<string, object?> variables, SiteUrls urls, string baseLayout = BaseLayout, ReadLog? reads = null,
        Words? words = null)
    {
        string? page = null;
        RenderPage(layout, variables, urls, html => page = html.ToString(), baseLayout, reads, words);
        return page!;
    }

    /// <summary>A finished page's text, valid only during the call (it is the thread's render buffer).</summary>
    public delegate void PageHandler(ReadOnlySpan<char> html);

    /// <summary>
    /// As <see cref="RenderPage(string, IReadOnlyDictionary{string, object?}, SiteUrls, string, ReadLog?, Words?)"/>, handing the page to
    /// <paramref name="handle"/> where it was rendered: a build reads and encodes each page once, so a string of every
    /// page (tens of kilobytes each, many on the large-object heap) would be garbage at once.
    /// </summary>
    public void RenderPage(string layout, IReadOnlyDictionary<string, object?> variables, SiteUrls urls, PageHandler handle, string baseLayout = BaseLayout, ReadLog? reads = null,
        Words? words = null)
    {
        // One context per thread, reused page after page: creating a Scriban context per page costs a third of the rendering.
        var context = _contexts.Value ??= NewContext(urls);
        context.Urls = urls;
        context.Words = words;
        context.Reads = reads;
        var globals = new ScriptObject();
        foreach (var (name, value) in variables) globals[name] = value;
        context.PushGlobal(globals);
        try
        {
            var content = RenderLayout(context, _layouts[layout]);
            globals["content"] = new SafeHtml(content);
            var output = context.PageOutput;
            output.Clear();
            context.PushOutput(output);
            output.TextOnRequest = false;
            try
            {
                _layouts[baseLayout].Render(context);
                handle(output.Text);
            }
            finally
            {
                output.TextOnRequest = true;
                context.PopOutput();
                output.Clear();
            }
            context.PopGlobal();
            context.Reads = null;
        }
        catch
        {
            // A failed render may leave the context's stacks unbalanced: the next page on this thread gets a fresh one.
            _contexts.Value = null;
            throw;
        }
    }

    private EscapingTemplateContext NewContext(SiteUrls urls)
    {
        var context = new EscapingTemplateContext(Builtins, this, urls);
        context.PushGlobal(_functions);
        return context;
    }

    private readonly ThreadLocal<EscapingTemplateContext?> _contexts = new();

    internal SafeHtml RenderPartial(EscapingTemplateContext context, string name, object? model, int level)
    {
        if (!_partials.TryGetValue(name, out var partial))
            throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"there is no partial '{name}' in partials/{DidYouMean.Phrase(name, _partials.Keys)}");
        // Each partial renders as a template of its own, out of reach of Scriban's recursion limit: count the depth here.
        if (context.PartialDepth >= EscapingTemplateContext.MaxPartialDepth)
            throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"partials include each other more than {EscapingTemplateContext.MaxPartialDepth} levels deep (does '{name}' include itself?)");
        context.PushGlobal(new ScriptObject { ["model"] = model, ["level"] = Math.Clamp(level, 1, 6) });
        context.PartialDepth++;
        // As Scriban's own include (TemplateContext.RenderTemplate) does it: an output of the partial's own, the include's
        // indent applied once, when its text is written (Template.Render into the page's output handed back the whole page
        // so far, which was then written again at the include's indent: every earlier line shifted, <pre> too). The output
        // is a reused PageOutput: a new StringBuilder per include grew chunk by chunk and was reallocated when emptied.
        var output = context.PartialOutput(context.PartialDepth);
        var indent = context.CurrentIndent;
        var newLine = EscapingTemplateContext.PreviousTextWasNewLine(context);
        context.CurrentIndent = null;
        if (indent is not null) context.ResetPreviousNewLine();
        output.Clear();
        context.PushOutput(output);
        context.PushLocal();
        try
        {
            return new SafeHtml(partial.Render(context));
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            output.Clear();
            context.CurrentIndent = indent;
            EscapingTemplateContext.PreviousTextWasNewLine(context) = newLine;
            context.PartialDepth--;
            context.PopGlobal();
        }
    }

    // Template.Render(context) renders into the context's current output and returns all of it: a layout renders into the
    // context's reused PageOutput, a partial into an output of its own (see RenderPartial).
    private static string RenderLayout(EscapingTemplateContext context, Template template)
    {
        var output = context.PageOutput;
        output.Clear();
        context.PushOutput(output);
        try
        {
            return template.Render(context);
        }
        finally
        {
            context.PopOutput();
            output.Clear();
        }
    }

    private static readonly ScriptObject Builtins = new Scriban.Functions.BuiltinFunctions();

    private static FrozenDictionary<string, Template> ParseFolder(string folder, string displayFolder, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return templates.ToFrozenDictionary();
        foreach (var file in Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var displayPath = $"{displayFolder}/{Path.GetFileName(file)}";
            var template = Template.Parse(File.ReadAllText(file), displayPath);
            foreach (var message in template.Messages)
            {
                var location = new SourceLocation(displayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
                if (message.Type == Scriban.Parsing.ParserMessageType.Error)
                    diagnostics.Error(location, $"template error: {message.Message}", "Fix the template syntax ({{ … }}).");
                else
                    diagnostics.Warning(location, $"template warning: {message.Message}");
            }
            templates[Path.GetFileNameWithoutExtension(file)] = template;
        }
        return templates.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
