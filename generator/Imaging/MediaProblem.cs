namespace DobraPraxe.Generator.Imaging;

/// <summary>What is wrong with a media file, in the editor's words, with the fix; a line and column inside it for SVG.</summary>
/// <param name="AtUse">Reported where the file is used (a photo named in front matter or Markdown), not only at the file itself.</param>
public sealed record MediaProblem(string Message, string Hint, bool AtUse, int Line = 1, int Column = 1);
