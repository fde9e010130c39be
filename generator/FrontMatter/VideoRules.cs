using DobraPraxe.Generator.Diagnostics;
using DobraPraxe.Generator.Model;
using DobraPraxe.Generator.Schema;

namespace DobraPraxe.Generator.FrontMatter;

/// <summary>
/// What a field of type video asks of the entry that has it, across its own fields, as it is read (its address is checked
/// where it is read, its files with the media): captions play only with a video of content/media/, and a published video
/// has a text alternative — a transcript (the body, or a long text field) or captions (WCAG 2.1 AA, 1.2.1–1.2.3). A draft
/// may lack it for now. Any kind with a video field gets these rules, the built-in 'video' kind and a site's own alike.
/// </summary>
public static class VideoRules
{
    /// <param name="body">The entry's Markdown, whose text is its transcript.</param>
    public static void Check(IReadOnlyList<FieldValue> fields, string body, bool draft, DiagnosticBag diagnostics)
    {
        if (fields.FirstOrDefault(v => v.Value is VideoSource) is not { } video) return;
        var source = (VideoSource)video.Value;
        var captions = fields.FirstOrDefault(v => v.Field.Upload == UploadKind.Captions);
        if (captions is not null && source.Host is { } host)
            diagnostics.Error(captions.Location, $"captions in content/media/ play only with a video of content/media/, not with one on {host.Name}",
                $"Upload the captions to {host.Name} with the video and remove '{captions.Field.Key}:'; write the transcript below the front matter for readers here.");
        var transcript = body.Trim().Length > 0 || fields.Any(v => v.Field.Type == FieldType.LongText && v.Value is string { Length: > 0 });
        var playedCaptions = captions is not null && source.SelfHosted;
        if (!draft && !transcript && !playedCaptions)
            diagnostics.Error(video.Location, "a published video needs a transcript or captions, for readers who cannot hear it (WCAG 2.1, 1.2.1–1.2.3)",
                "Write what is said below the front matter (or in 'transcript:')" + (source.SelfHosted ? ", or add 'captions: media/<file>.vtt'" : "")
                + "; a draft ('draft: true') may lack it for now.");
    }
}
