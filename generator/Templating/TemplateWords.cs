using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Localization;
using Scriban;
using Scriban.Syntax;

namespace DobraPraxe.Generator.Templating;

/// <summary>
/// The words a theme's templates ask for with a literal key — <c>{{ t "search.title" … }}</c> and
/// <c>{{ words_json "search.script" }}</c> — found in their syntax trees, so that each can be checked against a
/// catalogue when it loads: a missing word, a plural word without <c>count:</c>, a value its text names but the call
/// does not give, each an error at the template's line, whether or not a page ever renders that line.
/// </summary>
public sealed class TemplateWords
{
    private readonly ImmutableArray<Use> _uses;

    private TemplateWords(ImmutableArray<Use> uses) => _uses = uses;

    /// <summary>One call: the key (or the prefix of words_json), where it is written, the named values it gives.</summary>
    private sealed record Use(string Key, SourceLocation Location, ImmutableHashSet<string> Values, bool Group);

    /// <summary>Every literal key the templates use, and every prefix they write as JSON.</summary>
    public IReadOnlySet<string> Keys => _uses.Where(u => !u.Group).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
    public IReadOnlySet<string> Groups => _uses.Where(u => u.Group).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);

    public static TemplateWords Of(IEnumerable<Template> templates)
    {
        var finder = new Finder();
        foreach (var template in templates) finder.Visit(template.Page);
        return new TemplateWords([.. finder.Uses]);
    }

    /// <summary>Reports every call whose word <paramref name="words"/> cannot give as it is asked for.</summary>
    public void Check(Words words, DiagnosticBag diagnostics)
    {
        foreach (var use in _uses)
        {
            if (use.Group)
            {
                if (!words.Under(use.Key).Any())
                    diagnostics.Error(use.Location, $"there are no words under '{use.Key}' in {words.CataloguePath}",
                        $"Add a group '{use.Key}' with the words the page's script needs, or correct the key.");
                continue;
            }
            if (words.Find(use.Key) is not { } entry)
            {
                diagnostics.Error(use.Location, NotFound(use.Key, words), $"Add '{use.Key}' to {words.CataloguePath} (each dot is a level of groups), or correct the key.");
                continue;
            }
            if (entry.IsPlural && !use.Values.Contains(WordFunction.Count))
                diagnostics.Error(use.Location, $"'{use.Key}' has plural forms in {words.CataloguePath}; the call must give the number they are chosen by",
                    $"Write {{{{ t \"{use.Key}\" count: … }}}}.");
            foreach (var name in entry.Placeholders.Where(n => !use.Values.Contains(n)).Where(n => !(entry.IsPlural && n == WordFunction.Count)))
                diagnostics.Error(use.Location, $"'{use.Key}' in {words.CataloguePath} names {{{name}}}, which the call does not give",
                    $"Write {{{{ t \"{use.Key}\" {name}: … }}}}, or take {{{name}}} out of the word.");
        }
    }

    internal static string NotFound(string key, Words words) => $"the word '{key}' is not in {words.CataloguePath}{DidYouMean.Phrase(key, words.Keys)}";

    private sealed class Finder : ScriptVisitor
    {
        public List<Use> Uses { get; } = [];

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal { Name: var name } && name is WordFunction.Name or TemplateFunctions.WordsJsonName
                && node.Arguments.FirstOrDefault() is ScriptLiteral { Value: string key } literal)
            {
                var at = new SourceLocation(literal.Span.FileName, literal.Span.Start.Line + 1, literal.Span.Start.Column + 1);
                var values = node.Arguments.OfType<ScriptNamedArgument>().Select(a => a.Name?.Name).OfType<string>().ToImmutableHashSet(StringComparer.Ordinal);
                Uses.Add(new Use(key, at, values, Group: name == TemplateFunctions.WordsJsonName));
            }
            base.Visit(node);
        }
    }
}
