using DobraPraxe.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DobraPraxe.Generator.Pipeline;

/// <summary>
/// Where a site.yml writes 'language:', to report a language the generator or the theme lacks at its line. Read only on
/// that error path: the file parsed already (the parser reports a broken one), so its first document is a mapping.
/// </summary>
public static class LanguageSetting
{
    public static SourceLocation Locate(string sourceDirectory, string siteYml)
    {
        try
        {
            // Through the loader every YAML goes through, under its limits; what it reports was reported when the file was parsed.
            if (FrontMatter.YamlDocumentLoader.LoadMapping(File.ReadAllText(Path.Combine(sourceDirectory, siteYml)), siteYml, 1, new DiagnosticBag()) is { } map
                && map.Children.TryGetValue(new YamlScalarNode("language"), out var value))
                return new SourceLocation(siteYml, (int)value.Start.Line, (int)value.Start.Column);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file as a whole is the best place left.
        }
        return SourceLocation.File(siteYml);
    }
}
