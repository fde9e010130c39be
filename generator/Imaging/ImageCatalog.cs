using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Output;

namespace DobraPraxe.Generator.Imaging;

/// <summary>
/// What the image stage made of content/media/: each photo's published variants, each file's problem, and the
/// files to publish. Uses are checked against it where they are written (a front-matter item, a Markdown image),
/// so a broken photo is reported at the line that shows it.
/// </summary>
public sealed partial class ImageCatalog
{
    private readonly FrozenDictionary<string, ImageSet> _sets;
    private readonly FrozenDictionary<string, MediaProblem> _problems;
    private readonly ImmutableArray<string> _media;
    private readonly FrozenSet<string> _existing;

    public ImageCatalog(IReadOnlyDictionary<string, ImageSet> sets, IReadOnlyDictionary<string, MediaProblem> problems, ImmutableArray<string> media, ImmutableArray<OutputFile> files)
    {
        _sets = sets.ToFrozenDictionary(StringComparer.Ordinal);
        _problems = problems.ToFrozenDictionary(StringComparer.Ordinal);
        _media = media;
        _existing = media.ToFrozenSet(StringComparer.Ordinal);
        Files = files;
    }

    public static ImageCatalog Empty { get; } = new(new Dictionary<string, ImageSet>(), new Dictionary<string, MediaProblem>(), [], []);

    /// <summary>Every file the media folder publishes: photos' variants, and the other files as they are.</summary>
    public ImmutableArray<OutputFile> Files { get; }

    /// <summary>The published photo for <paramref name="src"/> ("media/foto.jpg"), or null (not a photo, or not publishable).</summary>
    public ImageSet? Find(string src) => _sets.GetValueOrDefault(src);

    /// <summary>
    /// Checks one use of an image (front matter or Markdown): the file's own problem, reported here, and the
    /// description (alt), which must say what the picture shows.
    /// </summary>
    public void CheckUse(string src, string? alt, SourceLocation at, DiagnosticBag diagnostics)
    {
        // A file that does not exist is reported by the reference check; its description is not the problem.
        if (!_existing.Contains(src)) return;
        CheckFileUse(src, at, diagnostics);
        if (string.IsNullOrWhiteSpace(alt))
            diagnostics.Error(at, $"the image '{src}' has no description (alt)",
                "Say in a few words what the picture shows, for readers who cannot see it: alt: Děti sázejí stromy u školy. In Markdown: ![Děti sázejí stromy](../media/foto.jpg).");
        else if (IsFileName(alt.Trim(), src))
            diagnostics.Error(at, $"the description (alt) of '{src}' is just a file name: '{alt.Trim()}'",
                "Say what the picture shows instead, e.g. 'Děti sázejí stromy u školy'; a screen reader would read the file name aloud.");
    }

    /// <summary>
    /// Checks one use of a media file that needs no description of its own (a declared field's poster, which the entry's
    /// title describes; a video; captions): the file's own problem, reported here.
    /// </summary>
    public void CheckFileUse(string src, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (_problems.TryGetValue(src, out var problem) && problem.AtUse && _existing.Contains(src))
            diagnostics.Error(at, $"'{src}': {problem.Message}", problem.Hint);
    }

    /// <summary>Media files no page uses: a photo nobody shows is a warning; a broken one is an error at the file itself.</summary>
    public void ReportFiles(IReadOnlySet<string> used, DiagnosticBag diagnostics)
    {
        foreach (var src in _media)
        {
            var at = SourceLocation.File("content/" + src);
            if (_problems.TryGetValue(src, out var problem))
            {
                if (!problem.AtUse || !used.Contains(src))
                    diagnostics.Error(new SourceLocation(at.Path, problem.Line, problem.Column), problem.Message, problem.Hint);
                continue;
            }
            if (_sets.TryGetValue(src, out var set))
            {
                if (set.WasAnimated)
                    diagnostics.Warning(at, "the animated GIF is published as a still picture (its first frame)",
                        "Moving pictures distract and cannot be paused (WCAG 2.2.2); link a video instead, or use a photo.");
                if (!used.Contains(src))
                    diagnostics.Warning(at, "no page uses this image",
                        "Show it in an entry (images: [{ src: " + src + ", alt: … }] or ![popis](../" + src + ")), or delete it.");
            }
        }
    }

    /// <summary>'IMG_2034.jpg', 'foto', 'DSC01234': what a camera or the file system named it, not a description.</summary>
    private static bool IsFileName(string alt, string src) =>
        alt.Equals(Path.GetFileName(src), StringComparison.OrdinalIgnoreCase)
        || alt.Equals(Path.GetFileNameWithoutExtension(src), StringComparison.OrdinalIgnoreCase)
        || CameraName().IsMatch(alt)
        || MediaTypes.ForPath(alt) is { Kind: MediaKind.Raster or MediaKind.Vector } && !alt.Contains(' ');

    [GeneratedRegex(@"^(IMG|DSC|DSCN|DSCF|PXL|P|MVIMG|WP|PHOTO|Screenshot)[_ -]?\d[\d_ -]*(\.\w+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CameraName();
}
