namespace DobraPraxe.Generator.Loading;

/// <summary>
/// A Markdown file split into its YAML front matter and its body.
/// Line numbers are 1-based lines of the original file, so diagnostics can point into it.
/// </summary>
public sealed record FrontMatterDocument(SourceFile File, string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
