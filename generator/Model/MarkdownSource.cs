namespace DobraPraxe.Generator.Model;

/// <summary>The Markdown body of a file and the line of the original file it starts on.</summary>
public sealed record MarkdownSource(string Path, string Text, int FirstLine);
