using DobraPraxe.Generator.Localization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DobraPraxe.Generator.Templating;

/// <summary>
/// The template function 't': a word of the theme's catalogue in the page's language. <c>{{ t "search.title" }}</c> is a
/// text; named values fill in its {placeholders} (<c>{{ t "pagination.page" number: link.number }}</c>); a plural word
/// takes the form of <c>count:</c> (<c>{{ t "count.practices" count: n }}</c>). The result is text, escaped like any value;
/// a value that is markup the generator made (<c>in_language</c>'s) makes it markup, the word's own text escaped.
/// A literal key is checked when the theme's words load (<see cref="TemplateWords"/>); any other at its call.
/// </summary>
internal sealed partial class WordFunction : IScriptCustomFunction
{
    public const string Name = "t";
    public const string Count = "count";

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 1 || arguments[0] is not string key)
            throw new ScriptRuntimeException(span, "'t' takes a word's key and named values: t \"search.title\", t \"count.practices\" count: n");
        var words = ((EscapingTemplateContext)context).Words ?? throw new ScriptRuntimeException(span, $"the page has no words to find '{key}' in");
        var entry = words.Find(key) ?? throw new ScriptRuntimeException(span, TemplateWords.NotFound(key, words));
        var named = callerContext is null ? [] : NamedValues.GetValue(callerContext, Names);
        object? Given(string name) =>
            Array.IndexOf(named, name) >= 0 && ((IScriptObject)arguments).TryGetValue(context, span, name, out var value) ? value : null;
        decimal? count = Given(Count) switch
        {
            null => null,
            int i => i,
            long l => l,
            double d => (decimal)d,
            float f => (decimal)f,
            decimal m => m,
            var other => throw new ScriptRuntimeException(span, $"count: must be a number, not '{context.ObjectToString(other)}' ('{key}')"),
        };
        try
        {
            if (!named.Any(name => Given(name) is SafeHtml))
                return words.Write(entry, count, name => Given(name) is { } value ? context.ObjectToString(value) : null);
            // A value of trusted markup (a name marked with its language) goes in as it is, the rest of the word escaped.
            var values = new List<string>();
            string Token(string html)
            {
                values.Add(html);
                return $"{TokenStart}{values.Count - 1}{TokenEnd}";
            }
            var text = words.Write(entry, count, name => Given(name) switch
            {
                SafeHtml html => Token(html.Value),
                { } value => Token(Shared.Html.Escape(context.ObjectToString(value) ?? "")),
                null => null,
            });
            // A token the word itself wrote (not one of ours) stays as the escaped text it is.
            return new SafeHtml(Tokens().Replace(Shared.Html.Escape(text), m =>
                int.TryParse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < values.Count ? values[i] : m.Value));
        }
        catch (MissingWordValueException e)
        {
            throw new ScriptRuntimeException(span, $"{e.Message} ({words.CataloguePath})");
        }
    }

    // Private-use characters no word is written with, around a value's number while the word is escaped.
    private const char TokenStart = '\uE000', TokenEnd = '\uE001';

    [System.Text.RegularExpressions.GeneratedRegex("\uE000([0-9]+)\uE001")]
    private static partial System.Text.RegularExpressions.Regex Tokens();

    // The names a call gives values by, read once per call in the template (a page asks for words tens of times).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ScriptNode, string[]> NamedValues = new();

    private static string[] Names(ScriptNode call) =>
        call is ScriptFunctionCall function ? [.. function.Arguments.OfType<ScriptNamedArgument>().Select(a => a.Name?.Name).OfType<string>()] : [];

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "key");
}
