using System.Collections.Immutable;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Loading;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>
/// The translations of a kind's entries (content/&lt;folder&gt;/&lt;slug&gt;.&lt;language&gt;.md) → <see cref="Translation"/>s,
/// each read against its original &lt;slug&gt;.md: a translatable field (<see cref="FieldSpec.Translatable"/>) is read as the
/// kind declares it; any other field may be written only as the original has it, and is an error at its line otherwise.
/// A list with translatable parts (images with their alt texts) is written item for item as the original's.
/// </summary>
public sealed class TranslationParser(DiagnosticBag diagnostics, ContentSchema schema, SiteConfig? site)
{
    /// <summary>Every translation of every kind's folder, in folder and file order.</summary>
    public ImmutableArray<Translation> ParseAll(ContentSources sources)
    {
        var translations = ImmutableArray.CreateBuilder<Translation>();
        foreach (var kind in schema.Kinds)
        {
            var originals = sources.Files(kind.Folder).ToDictionary(f => Path.GetFileName(f.Path), StringComparer.Ordinal);
            var files = sources.TranslationFiles(kind.Folder);
            var parsed = new Translation?[files.Length];
            var languages = site is null ? null : new Languages(site.Language, [.. site.Languages.Select(l => l.Code)]);
            Parallel.For(0, files.Length, i => parsed[i] = Parse(files[i], kind.Key, schema.EntryOf(kind), kind.SourceFolder, originals, languages));
            translations.AddRange(parsed.OfType<Translation>());
        }
        return translations.ToImmutable();
    }

    /// <summary>
    /// The translations of a conference's pages (content/conferences/&lt;slug&gt;/&lt;page&gt;.&lt;language&gt;.md), read against
    /// its pages as a free page's translation is, into a language of the microsite (its own 'languages:', else its language).
    /// </summary>
    public ImmutableArray<Translation> ParseConference(ConferenceSources sources, Conference conference)
    {
        var originals = sources.Pages.ToDictionary(f => Path.GetFileName(f.Path), StringComparer.Ordinal);
        var language = conference.Language ?? site?.Language ?? "";
        var languages = new Languages(language, conference.Languages.IsEmpty ? [language] : [.. conference.Languages.Select(l => l.Code)]);
        return [.. sources.Translations.Select(file => Parse(file, ContentSchema.PageKind, schema.Page, sources.Folder + "/", originals, languages)).OfType<Translation>()];
    }

    /// <summary>A site's languages: its default, and every one it is published in (the default first).</summary>
    private sealed record Languages(string Default, IReadOnlyList<string> Listed);

    /// <param name="folder">Where the translation and its original are, as messages name it: "content/practices/".</param>
    /// <param name="languages">The languages of the site the translation is for; null when site.yml could not be read.</param>
    private Translation? Parse(SourceFile file, string kind, EntrySchema entry, string folder, IReadOnlyDictionary<string, SourceFile> originals, Languages? languages)
    {
        var (originalName, language) = ContentScanner.TranslationName(file.Path)!.Value;
        var at = SourceLocation.File(file.Path);
        if (!originals.TryGetValue(originalName, out var original))
        {
            diagnostics.Error(at, $"this translation has no original: there is no {folder}{originalName}{DidYouMean.Phrase(originalName, originals.Keys)}",
                $"A translation is named after its original: {folder}<slug>.{language}.md beside {folder}<slug>.md. Rename it, or add the original.");
            return null;
        }
        if (languages is not null && !LanguageIsTheSite(language, file.Path, languages)) return null;
        if (FrontMatterSplitter.Split(file, diagnostics) is not { } doc) return null;
        if (YamlDocumentLoader.LoadMapping(doc.Yaml, file.Path, doc.YamlFirstLine, diagnostics) is not { } map) return null;
        // The original's own errors are reported where it is parsed; here it is only the reference.
        var quiet = new DiagnosticBag();
        var originalMap = FrontMatterSplitter.Split(original, quiet) is { } originalDoc
            ? YamlDocumentLoader.LoadMapping(originalDoc.Yaml, original.Path, originalDoc.YamlFirstLine, quiet)
            : null;
        if (originalMap is null) return null;

        var f = new YamlFields(map, file.Path, doc.YamlFirstLine, diagnostics, $"a translation of {entry.Name}", entry.Fields);
        var texts = ImmutableArray.CreateBuilder<TranslatedText>();
        var context = new Context(original.Path, entry, texts);
        foreach (var field in entry.Fields)
        {
            if (field.Translatable) ReadText(context, f, field, field.Key);
            else if (HasTranslatableParts(field)) ReadParts(context, f, originalMap, field, field.Key);
            else InheritedAsWritten(context, f, originalMap, field, field.Key);
        }
        f.ReportUnknown();

        var title = texts.FirstOrDefault(t => t.Path == "title")?.Text;
        if (title is null) return null;
        var summaryKey = entry.Has("summary") ? "summary" : entry.Has("description") ? "description" : null;
        return new Translation
        {
            Kind = kind, Language = language, SourcePath = file.Path, OriginalPath = original.Path, Title = title,
            Summary = summaryKey is null ? null : texts.FirstOrDefault(t => t.Path == summaryKey)?.Text,
            Texts = texts.ToImmutable(), Body = new MarkdownSource(file.Path, doc.Body, doc.BodyFirstLine),
        };
    }

    /// <summary>
    /// A translation's language must be a second language of the site, or English, the content's second language (its
    /// translations may be written before site.yml's 'languages:' names it; they are checked, and published once it does).
    /// </summary>
    private bool LanguageIsTheSite(string language, string path, Languages site)
    {
        var listed = site.Listed;
        if (language == site.Default)
        {
            diagnostics.Error(SourceLocation.File(path), $"'{language}' is the site's default language: its entries are the files without a language in their name",
                $"Rename the file to {Path.GetFileName(path).Replace($".{language}.md", ".md", StringComparison.Ordinal)}, or name the translation's language.");
            return false;
        }
        if (listed.Contains(language) || language == ContentSchema.English) return true;
        diagnostics.Error(SourceLocation.File(path), $"'{language}' in the file name is not a language of the site",
            $"A translation is named <slug>.<language>.md for a language of site.yml's 'languages: [{string.Join(", ", listed.Append(ContentSchema.English).Distinct())}]'.");
        return false;
    }

    /// <summary>Where a translation is read: its fields, its original's path and the texts read so far.</summary>
    private sealed record Context(string OriginalPath, EntrySchema Entry, ImmutableArray<TranslatedText>.Builder Texts);

    private static bool HasTranslatableParts(FieldSpec field) =>
        field.Type is FieldType.Group or FieldType.GroupList && field.Fields.Any(p => p.Translatable || HasTranslatableParts(p));

    private static void ReadText(Context context, YamlFields f, FieldSpec field, string path)
    {
        if (field.Type == FieldType.TextList)
        {
            var list = f.TextList(field);
            for (var i = 0; i < list.Length; i++) context.Texts.Add(new TranslatedText($"{path}.{i}", list[i], f.LocationOf(field)));
            return;
        }
        if (f.Text(field) is { } text) context.Texts.Add(new TranslatedText(path, text, f.LocationOf(field)));
    }

    /// <summary>A group or list of groups with translatable parts: written as the original's, item for item, its other parts unchanged.</summary>
    private void ReadParts(Context context, YamlFields f, YamlMappingNode original, FieldSpec field, string path)
    {
        if (!f.Has(field)) return;
        var theirs = Value(original, field.Key);
        if (field.Type == FieldType.Group)
        {
            if (f.Group(field) is not { } group) return;
            if (theirs is not YamlMappingNode theirGroup)
            {
                NotInOriginal(context, f.LocationOf(field), field.Key);
                return;
            }
            ReadGroup(context, group, theirGroup, field, path);
            return;
        }
        var items = f.GroupList(field);
        var originalItems = (theirs as YamlSequenceNode)?.Children ?? [];
        if (items.Count != originalItems.Count)
        {
            diagnostics.Error(f.LocationOf(field), $"'{field.Key}' has {items.Count} item(s) here and {originalItems.Count} in the original, {context.OriginalPath}",
                $"A translation writes the original's '{field.Key}' item for item, in its order, translating only {Translatable(field)}; or leaves '{field.Key}' out to keep the original's.");
            return;
        }
        for (var i = 0; i < items.Count; i++)
            if (originalItems[i] is YamlMappingNode item) ReadGroup(context, items[i], item, field, $"{path}.{i}");
    }

    private void ReadGroup(Context context, YamlFields group, YamlMappingNode original, FieldSpec field, string path)
    {
        foreach (var part in field.Fields)
        {
            if (part.Translatable) ReadText(context, group, part, $"{path}.{part.Key}");
            else if (HasTranslatableParts(part)) ReadParts(context, group, original, part, $"{path}.{part.Key}");
            else InheritedAsWritten(context, group, original, part, $"{path}.{part.Key}");
        }
        group.ReportUnknown();
    }

    /// <summary>A field the translation inherits: it may be left out, or written as the original writes it.</summary>
    private void InheritedAsWritten(Context context, YamlFields f, YamlMappingNode original, FieldSpec field, string path)
    {
        if (!f.Has(field)) return;
        var ours = f.Node(field)!;
        var theirs = Value(original, field.Key);
        if (theirs is not null && SameValue(ours, theirs)) return;
        if (theirs is null) NotInOriginal(context, f.At(ours), path);
        else
            diagnostics.Error(f.At(ours), $"'{path}' is not translated: a translation takes it from its original, {context.OriginalPath}, where it is {Shown(theirs)}",
                $"Remove the line (or write it as the original has it): a translation writes only {Translatable(context)} and its text.");
    }

    private void NotInOriginal(Context context, SourceLocation at, string path) =>
        diagnostics.Error(at, $"'{path}' is not translated: a translation takes it from its original, {context.OriginalPath}, which does not set it",
            $"Remove the line, or set it in the original: a translation writes only {Translatable(context)} and its text.");

    private static string Translatable(Context context) => Translatable(context.Entry.Fields);

    private static string Translatable(FieldSpec field) => Translatable(field.Fields);

    private static string Translatable(IEnumerable<FieldSpec> fields)
    {
        var names = Names(fields, "").ToList();
        return names.Count == 0 ? "nothing" : string.Join(", ", names.Take(names.Count - 1)) + (names.Count > 1 ? " and " : "") + names[^1];

        static IEnumerable<string> Names(IEnumerable<FieldSpec> fields, string prefix) =>
            fields.SelectMany(f => f.Translatable ? [prefix + f.Key] : Names(f.Fields, prefix + f.Key + "."));
    }

    /// <summary>The same value in YAML's terms: texts alike, lists item for item, groups key for key; one value is a list of it.</summary>
    private static bool SameValue(YamlNode a, YamlNode b) => (a, b) switch
    {
        (YamlScalarNode x, YamlScalarNode y) => (x.Value ?? "").Trim() == (y.Value ?? "").Trim(),
        (YamlSequenceNode x, YamlSequenceNode y) => x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(p => SameValue(p.First, p.Second)),
        (YamlMappingNode x, YamlMappingNode y) => x.Children.Count == y.Children.Count
            && x.Children.All(p => y.Children.TryGetValue(p.Key, out var other) && SameValue(p.Value, other)),
        (YamlScalarNode x, YamlSequenceNode { Children.Count: 1 } y) => SameValue(x, y.Children[0]),
        (YamlSequenceNode { Children.Count: 1 } x, YamlScalarNode y) => SameValue(x.Children[0], y),
        _ => false,
    };

    private static YamlNode? Value(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string Shown(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } => $"'{(value.Length > 60 ? value[..57] + "…" : value)}'",
        YamlSequenceNode list => $"a list of {list.Children.Count}",
        _ => "a group of fields",
    };
}
